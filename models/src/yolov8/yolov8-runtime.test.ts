import { readFile } from 'node:fs/promises';
import * as ortNode from 'onnxruntime-node';
import * as ortWeb from 'onnxruntime-web';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Yolov8Options } from './build-yolov8';
import { ensureYolov8 } from './ensure-yolov8';
import { syntheticPhoto } from './synthetic-photo';

ortWeb.env.wasm.numThreads = 1;

type Outputs = Record<string, { dims: readonly number[]; data: Float32Array }>;
type Runner = (model: Uint8Array, imgsz: number) => Promise<Outputs>;

// onnxruntime-node and -web share the onnxruntime-common API; one suite runs on both.
const runners: Record<string, Runner> = {
  'onnxruntime-node': async (model, imgsz) => {
    const session = await ortNode.InferenceSession.create(model);
    const out = await session.run({ images: new ortNode.Tensor('float32', syntheticPhoto(imgsz, 2), [1, 3, imgsz, imgsz]) });
    return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, { dims: v.dims, data: v.data as Float32Array }]));
  },
  'onnxruntime-web (wasm)': async (model, imgsz) => {
    const session = await ortWeb.InferenceSession.create(model, { executionProviders: ['wasm'] });
    const out = await session.run({ images: new ortWeb.Tensor('float32', syntheticPhoto(imgsz, 2), [1, 3, imgsz, imgsz]) });
    return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, { dims: v.dims, data: v.data as Float32Array }]));
  },
};

const variants: { label: string; options: Yolov8Options; output0: number[]; output1?: number[]; nc?: number }[] = [
  { label: 'detect face 320', options: { task: 'detect', imgsz: 320 }, output0: [1, 5, 2100] },
  { label: 'pose face 320', options: { task: 'pose', imgsz: 320, seed: 1 }, output0: [1, 20, 2100], nc: 1 },
  { label: 'segment 2 classes 320', options: { task: 'segment', names: ['acne', 'papule'], imgsz: 320 }, output0: [1, 38, 2100], output1: [1, 32, 80, 80] },
  { label: 'segment 1 class 640', options: { task: 'segment', nc: 1, imgsz: 640 }, output0: [1, 37, 8400], output1: [1, 32, 160, 160] },
];

const results = new Map<string, Outputs>();

beforeAll(async () => {
  for (const v of variants) {
    const model = await readFile((await ensureYolov8(v.options)).path);
    for (const [name, run] of Object.entries(runners)) results.set(`${v.label}|${name}`, await run(model, v.options.imgsz ?? 640));
  }
}, 600_000);

function get(label: string, runtime: string): Outputs {
  const out = results.get(`${label}|${runtime}`);
  if (!out) throw new Error(`no run for ${label} on ${runtime}`);
  return out;
}

describe.each(Object.keys(runners))('generated YOLOv8n on %s', (runtime) => {
  it.each(variants)('$label has the ultralytics output names and shapes', ({ label, output0, output1 }) => {
    const out = get(label, runtime);
    expect(Object.keys(out).sort()).toEqual(output1 ? ['output0', 'output1'] : ['output0']);
    expect(out.output0?.dims).toEqual(output0);
    if (output1) expect(out.output1?.dims).toEqual(output1);
  });

  it.each(variants)('$label gives finite boxes and class scores in 0..1', ({ label, output0, nc: given }) => {
    const data = get(label, runtime).output0?.data ?? new Float32Array();
    const [, , anchors = 0] = output0;
    const nc = given ?? (output0[1] === undefined ? 0 : output0[1] - 4 - (label.startsWith('segment') ? 32 : 0));
    expect(data.every(Number.isFinite)).toBe(true);
    expect(data.subarray(0, 4 * anchors).every(Number.isFinite)).toBe(true);
    expect(data.subarray(4 * anchors, (4 + nc) * anchors).every((s) => s >= 0 && s <= 1)).toBe(true);
  });

  it.each(variants)('$label puts a handful of anchors, not thousands, above conf 0.25 on a photo-like image', ({ label, output0 }) => {
    const data = get(label, runtime).output0?.data ?? new Float32Array();
    const anchors = output0[2] ?? 0;
    const confident = Array.from({ length: anchors }, (_, a) => data[4 * anchors + a] ?? 0).filter((s) => s > 0.25).length;
    expect(confident).toBeLessThanOrEqual(60);
  });
});

describe('onnxruntime-node and onnxruntime-web', () => {
  it.each(variants)('$label agree within 1e-3 of the output range', ({ label }) => {
    const a = get(label, 'onnxruntime-node');
    const b = get(label, 'onnxruntime-web (wasm)');
    for (const name of Object.keys(a)) {
      const x = a[name]?.data ?? new Float32Array();
      const y = b[name]?.data ?? new Float32Array();
      const range = x.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
      const worst = x.reduce((m, v, i) => Math.max(m, Math.abs(v - (y[i] ?? NaN))), 0);
      expect(worst).toBeLessThan(1e-3 * range);
    }
  });
});
