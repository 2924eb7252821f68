import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildYolov8 } from './build-yolov8';
import { ensureYolov8 } from './ensure-yolov8';

// A small calibration image keeps these cache tests fast; the cache logic is the same.
const options = { task: 'detect', imgsz: 320, calibrationSize: 64 } as const;
const dirs: string[] = [];
const freshDir = async (): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'yolov8-'));
  dirs.push(dir);
  return dir;
};

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('ensureYolov8', () => {
  it('regenerates byte-identical models for the same options', () => {
    const a = buildYolov8(options).bytes;
    const b = buildYolov8(options).bytes;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('writes the model with its sha256 and size and reuses the file on the next call', async () => {
    const dir = await freshDir();
    const first = await ensureYolov8({ ...options, dir });
    const data = await readFile(first.path);
    expect(first.sha256).toBe(createHash('sha256').update(data).digest('hex'));
    expect(first.bytes).toBe(data.length);
    const mtime = (await stat(first.path)).mtimeMs;
    expect(await ensureYolov8({ ...options, dir })).toEqual(first);
    expect((await stat(first.path)).mtimeMs).toBe(mtime);
  });

  it('keys the file name by content, so other options or seeds get other files', async () => {
    const dir = await freshDir();
    const a = await ensureYolov8({ ...options, dir });
    const b = await ensureYolov8({ ...options, seed: 1, dir });
    expect(a.path).not.toBe(b.path);
    expect(a.sha256).not.toBe(b.sha256);
    expect(a.path).toMatch(/yolov8n-nc1-320-s0-[0-9a-f]{12}\.onnx$/);
  });

  it('leaves one complete file and no temporary files when called in parallel', async () => {
    const dir = await freshDir();
    const results = await Promise.all([1, 2, 3].map(() => ensureYolov8({ ...options, dir })));
    expect(new Set(results.map((r) => r.sha256)).size).toBe(1);
    expect(await readdir(dir)).toEqual([results[0]?.path.split('/').pop()]);
  });
});
