import { copyFile, cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import type { Manifest } from '@derma/shared';
import { diagnosisResultSchema, manifestSchema } from '@derma/shared';
import { DEFAULT_MANIFEST_PATH } from '@derma/api/inference';
import { ensureYolov8 } from '@derma/models/yolov8';
import { describe, expect, it } from 'vitest';
import { ASTRONAUT_PNG } from '../support/fixtures';
import { runCli } from '../support/run-cli';

/** A copy of `models/` (manifest and baseline files) to change without touching the checkout. */
async function modelsCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'derma-models-'));
  await cp(dirname(DEFAULT_MANIFEST_PATH), dir, { recursive: true, filter: (src) => !src.includes('/generated') && !src.includes('/src') && !src.includes('node_modules') });
  return join(dir, 'manifest.json');
}

const readManifest = async (path: string): Promise<Manifest> => manifestSchema.parse(JSON.parse(await readFile(path, 'utf8')));

describe('derma models', () => {
  it('verifies every shipped model on both runtimes', async () => {
    const run = await runCli(['models', 'verify']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { models } = await readManifest(DEFAULT_MANIFEST_PATH);
    for (const model of models) expect(run.stdout).toMatch(new RegExp(`^${model.id} .* ok$`, 'm'));
  });

  it('adds an Ultralytics-style YOLOv8n-seg export as the acne model, and the pipeline then uses it', async () => {
    const manifestPath = await modelsCopy();
    // The same graph as the contract suite's acne model, so a test run generates it once.
    const generated = await ensureYolov8({ task: 'segment', nc: 1, imgsz: 320, seed: 2 });
    const source = join(dirname(manifestPath), 'best.onnx');
    await copyFile(generated.path, source);
    const run = await runCli(['models', 'add', source, '--condition', 'acne', '--manifest', manifestPath]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const entry = (await readManifest(manifestPath)).models.find((m) => m.role === 'acne');
    const bytes = await readFile(generated.path);
    expect(entry).toMatchObject({ task: 'segment', imgsz: 320, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(entry?.names).toHaveLength(1);
    // Buffer.equals: a deep toEqual over 13 MB would take a minute.
    expect((await readFile(join(dirname(manifestPath), entry?.file ?? ''))).equals(bytes)).toBe(true);
    const diagnosed = await runCli(['diagnose', ASTRONAUT_PNG, '--json', '--manifest', manifestPath]);
    expect(diagnosed.code).toBe(0);
    const result = diagnosisResultSchema.parse(JSON.parse(diagnosed.stdout));
    expect(result.models.find((m) => m.role === 'acne')?.id).toBe(entry?.id);
  }, 120_000);

  it('refuses a model whose outputs break the segmentation contract and leaves the manifest alone', async () => {
    const manifestPath = await modelsCopy();
    const before = await readFile(manifestPath, 'utf8');
    const detect = await ensureYolov8({ task: 'detect', nc: 1, imgsz: 320, seed: 1 });
    const run = await runCli(['models', 'add', detect.path, '--condition', 'wrinkle', '--manifest', manifestPath]);
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/refused: .*segment/);
    expect(await readFile(manifestPath, 'utf8')).toBe(before);
  }, 120_000);

  it('adds a YOLOv8n-pose export with five keypoints as the face model, and verify then runs it', async () => {
    const manifestPath = await modelsCopy();
    // The same graph as the contract suite's face model, so a test run generates it once.
    const generated = await ensureYolov8({ task: 'pose', nc: 1, imgsz: 320, seed: 1 });
    const run = await runCli(['models', 'add', generated.path, '--condition', 'face', '--id', 'face-pose', '--manifest', manifestPath]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/added face-pose \(pose, 5 keypoints, classes face/);
    const entry = (await readManifest(manifestPath)).models.find((m) => m.role === 'face');
    expect(entry).toMatchObject({ id: 'face-pose', task: 'pose', kptShape: [5, 3], imgsz: 320, names: ['face'] });
    const verified = await runCli(['models', 'verify', '--manifest', manifestPath]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/^face-pose +pose 5x3 .* ok$/m);
  }, 120_000);

  it.each([
    ['a detect model', { task: 'detect', nc: 1, imgsz: 320, seed: 1 } as const, /refused: a face model must be a pose model, this is detect/],
    ['a pose model with 17 keypoints', { task: 'pose', nc: 1, kptShape: [17, 3], imgsz: 320, calibrationSize: 32 } as const, /refused: a face model needs 5 keypoints \(eyes, nose tip, mouth corners\), this one has 17/],
  ])('refuses %s as the face model with a clear message and leaves the manifest alone', async (_label, options, message) => {
    const manifestPath = await modelsCopy();
    const before = await readFile(manifestPath, 'utf8');
    const model = await ensureYolov8(options);
    const run = await runCli(['models', 'add', model.path, '--condition', 'face', '--manifest', manifestPath]);
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(await readFile(manifestPath, 'utf8')).toBe(before);
  }, 120_000);
});
