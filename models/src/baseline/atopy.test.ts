import { beforeAll, describe, expect, it } from 'vitest';
import type { DiagnosisResult, Pipeline } from '@derma/shared';
import { MASK_SIZE, decodeRle } from '@derma/shared';
import { loadBaselinePipeline } from '../testing/baseline-pipeline';
import type { PaintedFace } from '../testing/face-lesions';
import { foundShare, paintOnFace } from '../testing/face-lesions';
import { ASTRONAUT } from '../testing/fixtures';
import { readPng } from '../testing/read-png';
import { reframe } from '../testing/reframe';
import type { RgbaImage } from '../testing/synthetic-image';

let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadBaselinePipeline();
});

/** The photo with a deeper skin tone: every pixel scaled towards a brown (light skin ≈ 224,176,152 → 123,74,55). */
function deeperTone(photo: RgbaImage): RgbaImage {
  const data = new Uint8ClampedArray(photo.data);
  for (let i = 0; i < data.length; i += 4) {
    data[i] = (data[i] ?? 0) * 0.55;
    data[i + 1] = (data[i + 1] ?? 0) * 0.42;
    data[i + 2] = (data[i + 2] ?? 0) * 0.36;
  }
  return { width: photo.width, height: photo.height, data };
}

/** Share of each painted patch's disc that the condition's mask covers, in the painted run's crop. */
function maskCover(result: DiagnosisResult, painted: PaintedFace): number[] {
  const mask = decodeRle(result.findings.atopy.mask);
  return reframe(painted.lesions, painted.crop, result.crop).map((l) => {
    const [cx, cy, r] = [l.centre[0] * MASK_SIZE, l.centre[1] * MASK_SIZE, l.radius * MASK_SIZE];
    let [inside, covered] = [0, 0];
    for (let y = Math.floor(cy - r); y <= cy + r; y++) {
      for (let x = Math.floor(cx - r); x <= cx + r; x++) {
        if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) continue;
        inside++;
        covered += mask[y * MASK_SIZE + x] ?? 0;
      }
    }
    return covered / inside;
  });
}

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

  it('finds the same patches on a deeper skin tone, where a red patch is also lighter than the skin', async () => {
    const photo = deeperTone(readPng(ASTRONAUT));
    const clean = await pipeline.run(photo);
    expect(clean.findings.atopy.lesionCount).toBe(0);
    const painted = await paintOnFace(pipeline, photo, 'atopy', 3);
    expect(foundShare(await pipeline.run(painted.image), 'atopy', painted)).toBeGreaterThanOrEqual(0.6);
  });

  it('masks most of each patch it finds, not only its rim, so the score follows the patches painted', async () => {
    const painted = await paintOnFace(pipeline, readPng(ASTRONAUT), 'atopy', 3);
    const cover = maskCover(await pipeline.run(painted.image), painted).sort((a, b) => b - a);
    expect(cover[0]).toBeGreaterThanOrEqual(0.5);
    expect(cover[1]).toBeGreaterThanOrEqual(0.5);
  });
});
