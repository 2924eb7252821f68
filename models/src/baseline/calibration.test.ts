import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONDITION_IDS, MASK_SIZE, decodeRle, faceGeometry } from '@derma/shared';
import type { DiagnosisResult } from '@derma/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBaselinePipeline } from '../testing/baseline-pipeline';
import { ASTRONAUT } from '../testing/fixtures';
import { overlayPng } from '../testing/overlay-png';
import { readPng } from '../testing/read-png';

let result: DiagnosisResult;
beforeAll(async () => {
  const pipeline = await loadBaselinePipeline();
  result = await pipeline.run(readPng(ASTRONAUT));
  await pipeline.dispose();
  // For a person to look at: the crop, its landmarks and every condition's masks.
  const dir = join(import.meta.dirname, '..', '..', '..', 'test-results', 'overlays');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'astronaut.png'), await overlayPng(readPng(ASTRONAUT), result));
});

/** Crop-fraction points that lie on the eyes, the brows or the lips, judged from the landmarks alone. */
function onFeatures(u: number, v: number): boolean {
  const layout = result.layout;
  if (!layout) throw new Error('no layout');
  const f = faceGeometry(layout.landmarks);
  const near = (c: readonly [number, number], rx: number, ry: number) => ((u - c[0]) / rx) ** 2 + ((v - c[1]) / ry) ** 2 <= 1;
  const eyes = [f.rightEye, f.leftEye].some((e) => near(e, 0.22 * f.iod, 0.12 * f.iod) || near([e[0], e[1] - 0.3 * f.iod], 0.25 * f.iod, 0.06 * f.iod));
  return eyes || near(f.mouth, f.mouthHalfWidth, 0.12 * f.iod);
}

describe('baselines on the clear-skinned astronaut', () => {
  it('score every condition at least 90', () => {
    for (const id of CONDITION_IDS) expect(result.findings[id].score, id).toBeGreaterThanOrEqual(90);
  });

  it('find nothing on her eyes, brows or lips: no detection centre and no mask cell', () => {
    for (const id of CONDITION_IDS) {
      const finding = result.findings[id];
      for (const { box } of finding.detections) expect(onFeatures((box[0] + box[2]) / 2, (box[1] + box[3]) / 2), `${id} box ${box.join(',')}`).toBe(false);
      const mask = decodeRle(finding.mask);
      const hits = mask.filter((m, i) => m === 1 && onFeatures(((i % MASK_SIZE) + 0.5) / MASK_SIZE, (Math.floor(i / MASK_SIZE) + 0.5) / MASK_SIZE));
      expect(hits.length, id).toBe(0);
    }
  });

  it('lay the five landmarks on her eyes, nose and mouth, in order', () => {
    const [rightEye, leftEye, nose, rightMouth, leftMouth] = result.face?.landmarks ?? [];
    // astronaut.png: eyes near (205, 96) and (248, 103), nose tip (222, 127), mouth corners (200, 141) and (239, 147).
    const expected = [[205, 96], [248, 103], [222, 127], [200, 141], [239, 147]];
    [rightEye, leftEye, nose, rightMouth, leftMouth].forEach((p, i) => {
      expect(Math.hypot((p?.[0] ?? 0) - (expected[i]?.[0] ?? 0), (p?.[1] ?? 0) - (expected[i]?.[1] ?? 0)), `landmark ${i}`).toBeLessThan(6);
    });
  });
});
