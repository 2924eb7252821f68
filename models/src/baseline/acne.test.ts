import { beforeAll, describe, expect, it } from 'vitest';
import type { Pipeline } from '@derma/shared';
import { loadBaselinePipeline } from '../testing/baseline-pipeline';
import { foundShare, paintOnFace } from '../testing/face-lesions';
import { ASTRONAUT } from '../testing/fixtures';
import { readPng } from '../testing/read-png';

let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadBaselinePipeline();
});

describe('acne baseline', () => {
  it('finds no acne on the clear-skinned astronaut', async () => {
    expect((await pipeline.run(readPng(ASTRONAUT))).findings.acne.lesionCount).toBe(0);
  });

  it('puts a detection box over most red papules painted on her forehead, cheeks, nose and chin', async () => {
    const photo = readPng(ASTRONAUT);
    const painted = await paintOnFace(pipeline, photo, 'acne', 8);
    expect(painted.lesions).toHaveLength(8);
    expect(foundShare(await pipeline.run(painted.image), 'acne', painted)).toBeGreaterThanOrEqual(0.75);
  });

  it('scores more painted papules lower', async () => {
    const photo = readPng(ASTRONAUT);
    const few = await pipeline.run((await paintOnFace(pipeline, photo, 'acne', 3)).image);
    const many = await pipeline.run((await paintOnFace(pipeline, photo, 'acne', 10)).image);
    expect(many.findings.acne.score).toBeLessThan(few.findings.acne.score);
  });
});
