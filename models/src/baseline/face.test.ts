import { beforeAll, describe, expect, it } from 'vitest';
import type { Pipeline } from '@derma/shared';
import { loadBaselinePipeline } from '../testing/baseline-pipeline';
import { ASTRONAUT } from '../testing/fixtures';
import { readPng } from '../testing/read-png';
import { solidImage } from '../testing/synthetic-image';

let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadBaselinePipeline();
});

// Eileen Collins' face in astronaut.png (512x512), brow to chin, measured by hand.
const FACE = { x1: 180, y1: 76, x2: 268, y2: 188 };

describe('face baseline', () => {
  it('crops the astronaut portrait around her face', async () => {
    const result = await pipeline.run(readPng(ASTRONAUT));
    const { crop } = result;
    expect(result.face?.confidence).toBeGreaterThan(0.5);
    const [cx, cy] = [crop.x + crop.size / 2, crop.y + crop.size / 2];
    expect(cx).toBeGreaterThan(FACE.x1);
    expect(cx).toBeLessThan(FACE.x2);
    expect(cy).toBeGreaterThan(FACE.y1);
    expect(cy).toBeLessThan(FACE.y2);
    expect(crop.size).toBeLessThan(300);
  });

  it('finds no face on images without skin colours', async () => {
    for (const colour of [[40, 90, 200], [60, 160, 70]] as const) {
      await expect(pipeline.run(solidImage(320, 240, colour))).rejects.toThrow(/face/i);
    }
  });
});

describe('baseline calibration', () => {
  it('scores every condition at least 80 on the clear-skinned astronaut', async () => {
    const { findings } = await pipeline.run(readPng(ASTRONAUT));
    for (const id of ['acne', 'atopy', 'wrinkle'] as const) expect(findings[id].score, id).toBeGreaterThanOrEqual(80);
  });
});
