import { beforeAll, describe, expect, it } from 'vitest';
import type { Pipeline } from '@derma/shared';
import { loadBaselinePipeline } from '../testing/baseline-pipeline';
import { clearSkinImage, spotsImage } from '../testing/golden-images';

let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadBaselinePipeline();
});

describe('acne baseline', () => {
  it('finds each drawn red spot once, with a box over it', async () => {
    const { image, drawn } = spotsImage();
    const { detections, lesionCount } = (await pipeline.run(image, { skipFace: true })).findings.acne;
    expect(Math.abs(lesionCount - drawn.length)).toBeLessThanOrEqual(1);
    for (const s of drawn) {
      const [fx, fy] = [s.x / image.width, s.y / image.height];
      const hit = detections.some(({ box }) => box[0] <= fx && fx <= box[2] && box[1] <= fy && fy <= box[3]);
      expect(hit, `spot at ${s.x},${s.y}`).toBe(true);
    }
  });

  it('scores spotted skin below clear skin, which scores 100', async () => {
    const clear = await pipeline.run(clearSkinImage(), { skipFace: true });
    const spotted = await pipeline.run(spotsImage().image, { skipFace: true });
    expect(clear.findings.acne.score).toBe(100);
    expect(spotted.findings.acne.score).toBeLessThan(97);
  });
});
