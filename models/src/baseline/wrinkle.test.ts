import { beforeAll, describe, expect, it } from 'vitest';
import type { Pipeline } from '@derma/shared';
import { MASK_SIZE, decodeRle } from '@derma/shared';
import { loadBaselinePipeline } from '../testing/baseline-pipeline';
import { clearSkinImage, linesImage } from '../testing/golden-images';

let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadBaselinePipeline();
});

describe('wrinkle baseline', () => {
  it('masks most of the length of every drawn dark line', async () => {
    const { image, drawn } = linesImage();
    const mask = decodeRle((await pipeline.run(image, { skipFace: true })).findings.wrinkle.mask);
    const near = (x: number, y: number): boolean => {
      const [mx, my] = [Math.floor((x / image.width) * MASK_SIZE), Math.floor((y / image.height) * MASK_SIZE)];
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) if (mask[(my + dy) * MASK_SIZE + mx + dx]) return true;
      return false;
    };
    for (const l of drawn) {
      const samples = Array.from({ length: 21 }, (_, i) => i / 20);
      const covered = samples.filter((t) => near(l.x0 + t * (l.x1 - l.x0), l.y0 + t * (l.y1 - l.y0))).length;
      expect(covered / samples.length, `line from ${l.x0},${l.y0}`).toBeGreaterThan(0.7);
    }
  });

  it('finds nothing on clear skin and lowers the score on lined skin', async () => {
    expect((await pipeline.run(clearSkinImage(), { skipFace: true })).findings.wrinkle.lesionCount).toBe(0);
    expect((await pipeline.run(linesImage().image, { skipFace: true })).findings.wrinkle.score).toBeLessThan(95);
  });
});
