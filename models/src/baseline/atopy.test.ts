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

describe('atopy baseline', () => {
  it('puts a detection over rough red patches painted on her cheeks, forehead and chin', async () => {
    const photo = readPng(ASTRONAUT);
    const clean = await pipeline.run(photo);
    const painted = await paintOnFace(pipeline, photo, 'atopy', 3);
    expect(painted.lesions.length).toBeGreaterThanOrEqual(2);
    const result = await pipeline.run(painted.image);
    expect(foundShare(result, 'atopy', painted)).toBeGreaterThanOrEqual(0.6);
    expect(result.findings.atopy.score).toBeLessThan(clean.findings.atopy.score);
  });
});
