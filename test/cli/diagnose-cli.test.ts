import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DiagnosisResult } from '@derma/shared';
import { CONDITION_IDS, diagnosisResultSchema, QUALITY_MESSAGES } from '@derma/shared';
import { DEFAULT_MANIFEST_PATH } from '@derma/api/inference';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ASTRONAUT_PNG, CHELSEA_PNG, FIXTURES_DIR } from '../support/fixtures';
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
    expect(native.schemaVersion).toBe(2);
    expect(native.face?.landmarks).toHaveLength(5);
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

  it('prints the face with five landmarks and its roll, and a zone table, for astronaut.png', async () => {
    const run = await runCli(['diagnose', ASTRONAUT_PNG]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/face \d\.\d\d {2}landmarks( \(\d+, \d+\)){5} {2}roll -?\d+\.\d°/);
    expect(run.stdout).toMatch(/^zone\s+Acne\s+Atopic dermatitis\s+Wrinkles$/m);
    for (const zone of ['forehead', 'around the eyes', 'nose', 'left cheek', 'right cheek', 'chin']) {
      expect(run.stdout).toMatch(new RegExp(`^${zone}(\\s+\\d+\\s+\\d+\\.\\d%){3}$`, 'm'));
    }
  });

  const notFaces = join(FIXTURES_DIR, '..', 'evalset', 'not-faces');
  const noFaceFiles = async (): Promise<string[]> => [CHELSEA_PNG, ...(await readdir(notFaces)).sort().map((f) => join(notFaces, f))];

  it('refuses chelsea.png and every photo of evalset/not-faces with one NO_FACE line', async () => {
    const files = await noFaceFiles();
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const run = await runCli(['diagnose', file]);
      expect({ file, code: run.code, stderr: run.stderr }).toEqual({ file, code: 1, stderr: `derma: ${file}: NO_FACE: ${QUALITY_MESSAGES.NO_FACE.en}\n` });
    }
  }, 180_000);

  it('refuses a 1×1 PNG with one IMAGE_TOO_SMALL line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'derma-cli-'));
    const dot = join(dir, 'dot.png');
    await sharp({ create: { width: 1, height: 1, channels: 3, background: '#c89678' } }).png().toFile(dot);
    const run = await runCli(['diagnose', dot]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`derma: ${dot}: IMAGE_TOO_SMALL: ${QUALITY_MESSAGES.IMAGE_TOO_SMALL.en}\n`);
  });
});
