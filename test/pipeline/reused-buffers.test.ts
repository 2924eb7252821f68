import type { DiagnosisResult, Pipeline, RgbaImage } from '@derma/shared';
import { loadPipeline } from '@derma/shared';
import { createNodeRuntime, decodeImage } from '@derma/api/inference';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASTRONAUT_PNG, fixtureBytes } from '../support/fixtures';
import { baselineModelSet } from './model-sets';

/** A result without its timings, which differ on every run. */
function analysis(result: DiagnosisResult): Omit<DiagnosisResult, 'timings'> {
  const { timings: _timings, ...rest } = result;
  return rest;
}

// One pipeline reuses its model-input buffers across runs (BufferPool): nothing of one photo may
// leak into the next, and runs that overlap must not share a buffer.
describe('a pipeline that reuses its input buffers', () => {
  let pipeline: Pipeline;
  let photos: RgbaImage[];
  let alone: Omit<DiagnosisResult, 'timings'>[];

  beforeAll(async () => {
    const set = await baselineModelSet();
    const png = await fixtureBytes(ASTRONAUT_PNG);
    // Turned the other way and padded: a different crop, angle and letterbox from the original.
    const other = await sharp(png).rotate(-8, { background: '#2a2f3a' }).extend({ left: 200, background: '#2a2f3a' }).png().toBuffer();
    photos = [await decodeImage(png), await decodeImage(other)];
    const fresh = async (image: RgbaImage) => {
      const p = await loadPipeline({ manifest: set.manifest, readFile: set.readFile, runtime: createNodeRuntime() });
      const result = analysis(await p.run(image));
      await p.dispose();
      return result;
    };
    alone = [await fresh(photos[0] as RgbaImage), await fresh(photos[1] as RgbaImage)];
    pipeline = await loadPipeline({ manifest: set.manifest, readFile: set.readFile, runtime: createNodeRuntime() });
  }, 300_000);

  afterAll(async () => {
    await pipeline?.dispose();
  });

  it('analyses a photo after another exactly as a fresh pipeline does', async () => {
    expect(alone[0]?.crop).not.toEqual(alone[1]?.crop);
    for (const i of [0, 1, 0, 1]) expect(analysis(await pipeline.run(photos[i] as RgbaImage))).toEqual(alone[i]);
  });

  it('gives overlapping runs their own buffers', async () => {
    const results = await Promise.all([0, 1, 0, 1].map((i) => pipeline.run(photos[i] as RgbaImage)));
    expect(results.map(analysis)).toEqual([alone[0], alone[1], alone[0], alone[1]]);
  });
});
