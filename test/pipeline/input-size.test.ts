import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createNodeRuntime, readManifestFile } from '@derma/api/inference';
import { loadModel } from '@derma/shared';
import { optimizeModel, resizeInput, syntheticCalibration } from '@derma/api/optimize';
import { ensureYolov8, yolov8ModelSet } from '@derma/models/yolov8';

const runtime = createNodeRuntime({ threads: 1 });

/** Every output of a model on one deterministic image of `size`². */
async function outputs(bytes: Uint8Array, size: number): Promise<Record<string, { dims: readonly number[]; data: Float32Array }>> {
  const session = await runtime.createSession(bytes);
  try {
    const data = Float32Array.from({ length: 3 * size * size }, (_, i) => (Math.sin(i * 0.37) + 1) / 2);
    const out = await session.run({ images: runtime.createTensor(data, [1, 3, size, size]) });
    return Object.fromEntries(Object.entries(out).map(([name, t]) => [name, { dims: t.dims, data: t.data as Float32Array }]));
  } finally {
    await session.release();
  }
}

const generated = async (task: 'segment' | 'pose', imgsz: number): Promise<Uint8Array> => new Uint8Array(await readFile((await ensureYolov8({ task, imgsz, seed: 3 })).path));

describe('resizeInput', () => {
  // The generator's weights do not depend on imgsz (calibrated on a fixed image), so a 128
  // export resized to 64 must compute exactly what the generator's own 64 export computes:
  // anchors, strides, DFL shapes and the protos all rebuilt, nothing else touched.
  it.each(['segment', 'pose'] as const)('turns a YOLOv8n-%s export at 128 into the export at 64', async (task) => {
    const resized = resizeInput(await generated(task, 128), 64);
    expect(resized.skipped).toBeUndefined();
    const [got, want] = await Promise.all([outputs(resized.bytes, 64), outputs(await generated(task, 64), 64)]);
    expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
    for (const [name, w] of Object.entries(want)) {
      expect(got[name]?.dims, name).toEqual(w.dims);
      expect(got[name]?.data, name).toEqual(w.data);
    }
  });

  it('writes the new size into the metadata the model contract checks', async () => {
    const { bytes } = resizeInput(await generated('segment', 128), 64);
    expect(Buffer.from(bytes).includes(Buffer.from('[64, 64]'))).toBe(true);
  });

  it('leaves a graph without a YOLO anchor grid alone and says why', async () => {
    const { manifest, readFile: read } = await readManifestFile();
    const acne = manifest.models.find((m) => m.role === 'acne');
    const result = resizeInput(await read(acne?.file ?? ''), 320);
    expect(result.converted).toBe(0);
    expect(result.skipped).toMatch(/no YOLO anchor grid/);
  });
});

describe('derma models optimize, imgsz variant', () => {
  it('writes a YOLO export at half its input size, which loads under the model contract at that size, with its agreement measured', async () => {
    const set = await yolov8ModelSet(320);
    const entry = set.manifest.models.find((m) => m.role === 'acne');
    if (!entry) throw new Error('no acne model in the generated set');
    const result = await optimizeModel(runtime, entry, await set.readFile(entry.file), syntheticCalibration(2), ['imgsz'], { minIou: 0, maxScoreDiff: Number.POSITIVE_INFINITY });
    const [accepted] = result.accepted;
    if (!accepted) throw new Error(`no imgsz variant: ${JSON.stringify(result.skipped)}`);
    expect(accepted.variant).toMatchObject({ id: `${entry.id}-160`, kind: 'imgsz', imgsz: 160, precision: 'fp32', file: entry.file.replace(/\.onnx$/, '.160.onnx') });
    expect(accepted.variant.agreement).toMatchObject({ images: 2 });
    const model = await loadModel(runtime, { ...entry, variants: [accepted.variant] }, accepted.bytes, accepted.variant.id);
    expect(model.contract.imgsz).toBe(160);
    await model.session.release();
  });
});
