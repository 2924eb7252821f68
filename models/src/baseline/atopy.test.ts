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
  it('puts a detection over rough red patches painted on the cheeks and forehead', async () => {
    const photo = readPng(ASTRONAUT);
    const clean = await pipeline.run(photo);
    const painted = await paintOnFace(pipeline, photo, 'patches', 3);
    expect(painted.centres.length).toBeGreaterThanOrEqual(2);
    const result = await pipeline.run(painted.image);
    expect(foundShare(result, 'atopy', painted, clean.crop)).toBeGreaterThanOrEqual(0.6);
    expect(result.findings.atopy.score).toBeLessThan(clean.findings.atopy.score);
  });
});
