import { beforeAll, describe, expect, it } from 'vitest';
import type { Pipeline } from '@derma/shared';
import { loadBaselinePipeline } from '../testing/baseline-pipeline';
import { clearSkinImage, patchesImage, spotsImage } from '../testing/golden-images';

let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadBaselinePipeline();
});

describe('atopy baseline', () => {
  it('places detections on each rough red patch and none far from them', async () => {
    const { image, drawn } = patchesImage();
    const { detections } = (await pipeline.run(image, { skipFace: true })).findings.atopy;
    const centre = (b: readonly number[]): [number, number] => [(((b[0] ?? 0) + (b[2] ?? 0)) / 2) * image.width, (((b[1] ?? 0) + (b[3] ?? 0)) / 2) * image.height];
    for (const p of drawn) {
      expect(detections.some((d) => Math.hypot(centre(d.box)[0] - p.x, centre(d.box)[1] - p.y) < p.radius)).toBe(true);
    }
    for (const d of detections) {
      const [x, y] = centre(d.box);
      expect(drawn.some((p) => Math.hypot(x - p.x, y - p.y) < p.radius * 1.3)).toBe(true);
    }
  });

  it('scores patchy skin far below clear skin, and ignores small spots', async () => {
    expect((await pipeline.run(clearSkinImage(), { skipFace: true })).findings.atopy.score).toBe(100);
    expect((await pipeline.run(spotsImage().image, { skipFace: true })).findings.atopy.score).toBe(100);
    expect((await pipeline.run(patchesImage().image, { skipFace: true })).findings.atopy.score).toBeLessThan(50);
  });
});
