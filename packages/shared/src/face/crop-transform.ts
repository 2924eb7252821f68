import type { DiagnosisResult } from '../result/result-schema';
import type { Point } from './face-geometry';

type Crop = DiagnosisResult['crop'];

/**
 * Image point of a crop point: crop pixel (u, v) is centre + R(angle)·(u − size/2, v − size/2).
 * @param point `[u, v]` in crop pixels (0..size)
 * @example cropToImage(result.crop, [0, 0]) // the crop's top-left corner in the photo
 */
export function cropToImage(crop: Crop, point: Point): [number, number] {
  const a = ((crop.angle ?? 0) * Math.PI) / 180;
  const half = crop.size / 2;
  const [du, dv] = [point[0] - half, point[1] - half];
  return [crop.x + half + du * Math.cos(a) - dv * Math.sin(a), crop.y + half + du * Math.sin(a) + dv * Math.cos(a)];
}

/** Crop point of an image point: the inverse of {@link cropToImage}. */
export function imageToCrop(crop: Crop, point: Point): [number, number] {
  const a = ((crop.angle ?? 0) * Math.PI) / 180;
  const half = crop.size / 2;
  const [dx, dy] = [point[0] - crop.x - half, point[1] - crop.y - half];
  return [half + dx * Math.cos(a) + dy * Math.sin(a), half - dx * Math.sin(a) + dy * Math.cos(a)];
}
