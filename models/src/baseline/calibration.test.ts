import { describe, expect, it } from 'vitest';
import { loadBaselinePipeline } from '../testing/baseline-pipeline';
import { ASTRONAUT } from '../testing/fixtures';
import { readPng } from '../testing/read-png';

describe('baseline calibration', () => {
  it('scores every condition at least 80 on the clear-skinned astronaut', async () => {
    const pipeline = await loadBaselinePipeline();
    const { findings } = await pipeline.run(readPng(ASTRONAUT));
    for (const id of ['acne', 'atopy', 'wrinkle'] as const) expect(findings[id].score, id).toBeGreaterThanOrEqual(80);
    await pipeline.dispose();
  });
});
