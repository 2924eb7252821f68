import { readFile } from 'node:fs/promises';
import { preprocess } from '@derma/shared';
import * as ort from 'onnxruntime-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { ASTRONAUT, CHELSEA } from '../testing/fixtures';
import { readPng } from '../testing/read-png';
import type { Yolov8Options } from './build-yolov8';
import { ensureYolov8 } from './ensure-yolov8';
import { naturalImage } from './natural-image';

/** A letterboxed photo fixture as the pipeline feeds it: NCHW RGB in 0..1. */
function photo(path: string): (imgsz: number) => Float32Array {
  const image = readPng(path);
  return (imgsz) => preprocess(image, { x: 0, y: 0, width: image.width, height: image.height }, imgsz).data;
}

// The calibration image is naturalImage(256, 1); seed 2 is a scene the weights never saw. Its
// hundreds of blob-like leaves are denser in objects than a photo, hence a looser bound.
const inputs: Record<string, { image: (imgsz: number) => Float32Array; maxConfident: number }> = {
  'the astronaut photo': { image: photo(ASTRONAUT), maxConfident: 60 },
  'the cat photo': { image: photo(CHELSEA), maxConfident: 60 },
  'an unseen natural-statistics image': { image: (imgsz) => naturalImage(imgsz, 2), maxConfident: 100 },
};

const models: { label: string; options: Yolov8Options & { imgsz: number; nc: number } }[] = [
  { label: 'detect 1 class 320', options: { task: 'detect', nc: 1, imgsz: 320, seed: 1 } },
  { label: 'segment 1 class 320', options: { task: 'segment', nc: 1, imgsz: 320, seed: 2 } },
  { label: 'detect 3 classes 640', options: { task: 'detect', nc: 3, imgsz: 640, seed: 3 } },
  { label: 'segment 2 classes 640', options: { task: 'segment', nc: 2, imgsz: 640, seed: 4 } },
];

/** Per anchor, the best class score of output0 ([1, 4 + nc (+ 32), A]). */
const bestScores = new Map<string, Float32Array>();

beforeAll(async () => {
  for (const { label, options } of models) {
    const session = await ort.InferenceSession.create(await readFile((await ensureYolov8(options)).path));
    for (const [name, { image }] of Object.entries(inputs)) {
      const images = new ort.Tensor('float32', image(options.imgsz), [1, 3, options.imgsz, options.imgsz]);
      const output0 = (await session.run({ images })).output0;
      const data = output0?.data as Float32Array;
      const anchors = output0?.dims[2] ?? 0;
      const best = new Float32Array(anchors).fill(-Infinity);
      for (let k = 0; k < options.nc; k++) {
        for (let a = 0; a < anchors; a++) best[a] = Math.max(best[a] ?? 0, data[(4 + k) * anchors + a] ?? NaN);
      }
      bestScores.set(`${label}|${name}`, best);
    }
  }
}, 600_000);

function scores(label: string, input: string): Float32Array {
  const best = bestScores.get(`${label}|${input}`);
  if (!best) throw new Error(`no run of ${label} on ${input}`);
  return best;
}

describe.each(Object.keys(inputs))('generated YOLOv8n class scores on %s', (input) => {
  it.each(models)('$label are all numbers, none NaN', ({ label }) => {
    expect(scores(label, input).every((s) => !Number.isNaN(s))).toBe(true);
  });

  it.each(models)('$label stay below saturation (max < 0.9999), so max_det never cuts among ties', ({ label }) => {
    expect(Math.max(...scores(label, input))).toBeLessThan(0.9999);
  });

  it.each(models)('$label put a handful of anchors, not hundreds, above conf 0.25, as a trained model does', ({ label }) => {
    expect(scores(label, input).filter((s) => s > 0.25).length).toBeLessThanOrEqual(inputs[input]?.maxConfident ?? 0);
  });
});
