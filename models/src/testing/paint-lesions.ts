import type { DiagnosisResult, Point, RgbaImage as PipelineImage } from '@derma/shared';
import { cropToImage } from '@derma/shared';
import type { PlannedLesion } from './lesion-plan';
import type { RgbaImage } from './synthetic-image';
import { drawLines, drawPatches, drawSpots } from './synthetic-lesions';

/** An eczema-like red, a little browner than a papule's (the generator's default). */
const PATCH_RED = [206, 104, 98] as const;

/**
 * A copy of the photo with the lesions painted in: each lesion's crop-fraction geometry mapped
 * through the analysed crop (`cropToImage`) into image pixels, so it lands on the skin zone it
 * was planned for, whatever the crop's rotation.
 */
export function paintLesions(image: PipelineImage, crop: DiagnosisResult['crop'], lesions: readonly PlannedLesion[], seed: number): RgbaImage {
  const painted: RgbaImage = { width: image.width, height: image.height, data: new Uint8ClampedArray(image.data) };
  const toImage = (p: Point): [number, number] => cropToImage(crop, [p[0] * crop.size, p[1] * crop.size]);
  lesions.forEach((l, i) => {
    const [x, y] = toImage(l.centre);
    const radius = l.radius * crop.size;
    if (l.ends) {
      const [[x0, y0], [x1, y1]] = [toImage(l.ends[0]), toImage(l.ends[1])];
      drawLines(painted, [{ x0, y0, x1, y1, width: 2 * radius }], l.contrast);
    } else if (l.condition === 'atopy') {
      drawPatches(painted, [{ x, y, radius }], seed + i, PATCH_RED, l.contrast);
    } else {
      drawSpots(painted, [{ x, y, radius }], undefined, l.contrast);
    }
  });
  return painted;
}
