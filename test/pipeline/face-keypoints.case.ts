import type { Candidate, LoadedModel, OnnxRuntime, RgbaImage } from '@derma/shared';
import { keptDetections, loadModel, preprocess, runModel } from '@derma/shared';
import { createNodeRuntime, decodeImage } from '@derma/api/inference';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ASTRONAUT_PNG, fixtureBytes } from '../support/fixtures';
import type { ModelSet } from './model-sets';
import { baselineModelSet, yolov8ModelSet } from './model-sets';

const MODEL_SETS: [string, () => Promise<ModelSet>][] = [
  ['shipped models (wrapped YuNet)', baselineModelSet],
  ['architecture-equivalent YOLOv8n-pose @320', () => yolov8ModelSet(320, 'generated')],
];

async function images(): Promise<RgbaImage[]> {
  const png = await fixtureBytes(ASTRONAUT_PNG);
  const wide = await sharp(png).extend({ left: 260, right: 40, background: '#2a2f3a' }).png().toBuffer();
  return [await decodeImage(png), await decodeImage(wide)];
}

async function faces(runtime: OnnxRuntime, model: LoadedModel, image: RgbaImage): Promise<Candidate[]> {
  const { data } = preprocess(image, { x: 0, y: 0, width: image.width, height: image.height }, model.contract.imgsz);
  return keptDetections(model, await runModel(runtime, model, data));
}

function expectSameFace(mine: Candidate | undefined, ref: Candidate, kptValues: number): void {
  expect(mine?.score).toBeCloseTo(ref.score, 3);
  const values = (c: Candidate | undefined): number[] => [c?.x1, c?.y1, c?.x2, c?.y2, ...(c?.keypoints ?? [])].map((v) => v ?? Number.NaN);
  expect(mine?.keypoints).toHaveLength(kptValues);
  // Float32 kernels differ by ulps between runtimes; 0.05 px is far below a landmark's meaning.
  values(mine).forEach((v, i) => expect(Math.abs(v - (values(ref)[i] ?? Number.NaN))).toBeLessThan(0.05));
}

/**
 * The face (pose) model's decode, run once per runtime: the same faces, boxes and landmarks
 * (kpt_shape from the model's metadata, read by keptDetections) as onnxruntime-node.
 */
export function faceKeypointsSuite(runtimeName: string, makeRuntime: () => OnnxRuntime): void {
  describe.each(MODEL_SETS)(`face model on ${runtimeName} with %s`, (_name, loadSet) => {
    it('finds the same faces and keypoints as onnxruntime-node', async () => {
      const set = await loadSet();
      const entry = set.manifest.models.find((m) => m.role === 'face');
      if (!entry) throw new Error('model set has no face model');
      const bytes = await set.readFile(entry.file);
      const [runtime, reference] = [makeRuntime(), createNodeRuntime()];
      const [mine, ref] = [await loadModel(runtime, entry, bytes), await loadModel(reference, entry, bytes)];
      const [k, d] = ref.contract.kptShape ?? [0, 0];
      expect(entry.task).toBe('pose');
      expect(k).toBe(5);
      let compared = 0;
      for (const image of await images()) {
        const [a, b] = [await faces(runtime, mine, image), await faces(reference, ref, image)];
        expect(a.map((c) => c.anchor)).toEqual(b.map((c) => c.anchor));
        b.forEach((face, i) => expectSameFace(a[i], face, k * d));
        compared += b.length;
      }
      await mine.session.release();
      await ref.session.release();
      // Agreeing on no face at all would prove nothing about the keypoints.
      expect(compared).toBeGreaterThan(0);
    }, 300_000);
  });
}
