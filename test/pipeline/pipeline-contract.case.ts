import type { DiagnosisResult, OnnxRuntime, Pipeline, RgbaImage } from '@derma/shared';
import { diagnosisResultSchema, findResultInconsistencies, loadPipeline, PipelineError } from '@derma/shared';
import { createNodeRuntime, decodeImage } from '@derma/api/inference';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASTRONAUT_PNG, fixtureBytes } from '../support/fixtures';
import { expectSameDiagnosis } from './compare-results';
import type { ModelSet } from './model-sets';
import { baselineModelSet, optimizedModelSet, yolov8ModelSet } from './model-sets';

// Variants run at 320 only: at 640 they would double the slowest part of the suite for no new code path.
const MODEL_SETS: [string, () => Promise<ModelSet>][] = [
  ['baseline models', baselineModelSet],
  ['baseline models, fp16 variants', async () => optimizedModelSet(await baselineModelSet(), 'fp16')],
  ['baseline models, int8 variants', async () => optimizedModelSet(await baselineModelSet(), 'int8')],
  ['baseline models, fp16-compute variants', async () => optimizedModelSet(await baselineModelSet(), 'fp16-compute')],
  ['architecture-equivalent YOLOv8n @320 with the YuNet face', () => yolov8ModelSet(320)],
  ['architecture-equivalent YOLOv8n @320, fp16 variants', async () => optimizedModelSet(await yolov8ModelSet(320), 'fp16')],
  ['architecture-equivalent YOLOv8n @320, int8 variants', async () => optimizedModelSet(await yolov8ModelSet(320), 'int8')],
  ['architecture-equivalent YOLOv8n @320, int8 static variants', async () => optimizedModelSet(await yolov8ModelSet(320), 'int8-static')],
  ['architecture-equivalent YOLOv8n @320, fp16-compute variants', async () => optimizedModelSet(await yolov8ModelSet(320), 'fp16-compute')],
  ['architecture-equivalent YOLOv8n @320, at 160 (imgsz variants)', async () => optimizedModelSet(await yolov8ModelSet(320), 'imgsz')],
  ['architecture-equivalent YOLOv8n @640 with the YuNet face', () => yolov8ModelSet(640)],
];

async function testImages(): Promise<[string, RgbaImage][]> {
  const png = await fixtureBytes(ASTRONAUT_PNG);
  // A wide, padded variant exercises the letterbox of the face stage and a crop near the edge.
  const wide = await sharp(png).extend({ left: 260, right: 40, background: '#2a2f3a' }).png().toBuffer();
  return [
    ['astronaut', await decodeImage(png)],
    ['astronaut, wide', await decodeImage(wide)],
  ];
}

async function runOrError(pipeline: Pipeline, image: RgbaImage): Promise<DiagnosisResult | string> {
  try {
    return await pipeline.run(image);
  } catch (error) {
    if (error instanceof PipelineError) return error.code;
    throw error;
  }
}

/**
 * The contract every runtime must honour, run once per runtime: on the same models and
 * images, the pipeline's results equal those of onnxruntime-node (the native reference).
 */
export function pipelineContractSuite(runtimeName: string, makeRuntime: () => OnnxRuntime): void {
  describe.each(MODEL_SETS)(`pipeline on ${runtimeName} with %s`, (_name, loadSet) => {
    let images: [string, RgbaImage][];
    let pipeline: Pipeline;
    let reference: Pipeline;

    beforeAll(async () => {
      const set = await loadSet();
      images = await testImages();
      const options = { manifest: set.manifest, readFile: set.readFile, ...(set.variants ? { variants: set.variants } : {}) };
      pipeline = await loadPipeline({ ...options, runtime: makeRuntime() });
      reference = await loadPipeline({ ...options, runtime: createNodeRuntime() });
      // The suite is about the variants: each must be what the pipeline actually loaded.
      const loaded = [pipeline.models.face, ...Object.values(pipeline.models.conditions)].map((m) => m?.file);
      for (const id of Object.values(set.variants ?? {})) expect(loaded, id).toContainEqual(expect.stringMatching(/\.(fp16|fp16-compute|int8|int8-static|\d+)\.onnx$/));
    }, 300_000);

    afterAll(async () => {
      await pipeline?.dispose();
      await reference?.dispose();
    });

    it('gives the same crop, detections, masks and scores as onnxruntime-node', async () => {
      let compared = 0;
      for (const [, image] of images) {
        const [mine, ref] = [await runOrError(pipeline, image), await runOrError(reference, image)];
        if (typeof ref === 'string' || typeof mine === 'string') {
          expect(mine).toEqual(ref);
          continue;
        }
        expect(mine.backend).toEqual(makeRuntime().backend);
        expectSameDiagnosis(ref, mine);
        compared += 1;
      }
      // Agreeing on an error for every image would prove nothing about the results.
      expect(compared).toBeGreaterThan(0);
    });

    it('returns results that satisfy the result schema and whose scores follow from their masks', async () => {
      for (const [, image] of images) {
        const result = await runOrError(pipeline, image);
        if (typeof result === 'string') continue;
        expect(diagnosisResultSchema.parse(result)).toEqual(result);
        expect(findResultInconsistencies(result)).toEqual([]);
      }
    });
  });
}
