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

describe('wrinkle baseline', () => {
  it('puts a detection over most dark lines painted on her forehead, around her eyes and on her cheeks', async () => {
    const photo = readPng(ASTRONAUT);
    const clean = await pipeline.run(photo);
    const painted = await paintOnFace(pipeline, photo, 'wrinkle', 3);
    expect(painted.lesions.length).toBeGreaterThanOrEqual(2);
    const result = await pipeline.run(painted.image);
    expect(foundShare(result, 'wrinkle', painted)).toBeGreaterThanOrEqual(0.6);
    // The face's own lines were there before: the painted ones must add detections, not only overlap them.
    expect(result.findings.wrinkle.lesionCount).toBeGreaterThan(clean.findings.wrinkle.lesionCount);
    expect(result.findings.wrinkle.score).toBeLessThanOrEqual(clean.findings.wrinkle.score);
  });
});
