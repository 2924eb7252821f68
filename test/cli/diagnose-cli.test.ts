import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DiagnosisResult } from '@derma/shared';
import { CONDITION_IDS, diagnosisResultSchema } from '@derma/shared';
import { DEFAULT_MANIFEST_PATH } from '@derma/api/inference';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ASTRONAUT_PNG } from '../support/fixtures';
import { runCli } from '../support/run-cli';

async function diagnoseJson(runtime: string): Promise<DiagnosisResult> {
  const run = await runCli(['diagnose', ASTRONAUT_PNG, '--json', '--runtime', runtime]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return diagnosisResultSchema.parse(JSON.parse(run.stdout));
}

describe('derma diagnose', () => {
  it('prints a result for acne, atopy and wrinkle with equal scores on onnxruntime-node and WASM', async () => {
    const [native, wasm] = [await diagnoseJson('node'), await diagnoseJson('wasm')];
    expect(native.backend.runtime).toBe('onnxruntime-node');
    expect(wasm.backend.runtime).toBe('onnxruntime-web');
    for (const id of CONDITION_IDS) expect(wasm.findings[id].score).toBe(native.findings[id].score);
    expect(wasm.totalScore).toBe(native.totalScore);
  });

  it('prints a readable table that flags the baseline models', async () => {
    const run = await runCli(['diagnose', ASTRONAUT_PNG]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Acne\s+\d+/);
    expect(run.stdout).toMatch(/Atopic dermatitis\s+\d+/);
    expect(run.stdout).toMatch(/Wrinkles\s+\d+/);
    expect(run.stdout).toContain('non-clinical baseline model');
  });

  it('exits non-zero with one line naming an unreadable image', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'derma-cli-'));
    const fake = join(dir, 'photo.jpg');
    await writeFile(fake, 'this is text, not a JPEG');
    const run = await runCli(['diagnose', fake]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`derma: ${fake}: unreadable image (not a valid JPEG, PNG or WebP)\n`);
  });

  it('exits non-zero with one line when a model file is missing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'derma-cli-'));
    const manifest = JSON.parse(await readFile(DEFAULT_MANIFEST_PATH, 'utf8')) as { models: { file: string }[] };
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const run = await runCli(['diagnose', ASTRONAUT_PNG, '--manifest', join(dir, 'manifest.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^derma: model [a-z-]+: cannot read [^\n]+\n$/);
  });

  it('exits non-zero saying "no face" for a photo with no skin in it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'derma-cli-'));
    const sky = join(dir, 'sky.png');
    await sharp({ create: { width: 320, height: 240, channels: 3, background: '#3a6ea5' } }).png().toFile(sky);
    const run = await runCli(['diagnose', sky]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`derma: ${sky}: no face found (No face found. Please upload a frontal photo.)\n`);
  });
});
