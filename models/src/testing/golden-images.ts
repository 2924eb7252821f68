import { skinImage } from './synthetic-image';
import type { RgbaImage } from './synthetic-image';
import { drawLines, drawPatches, drawSpots } from './synthetic-lesions';
import type { Line, Patch, Spot } from './synthetic-lesions';

/** A synthetic test image and the lesions drawn on it, in image pixels. */
export interface Golden<T> {
  image: RgbaImage;
  drawn: readonly T[];
}

/** Ten red spots of radius 6 on 640x640 skin, spread over the image. */
export function spotsImage(): Golden<Spot> {
  const drawn = Array.from({ length: 10 }, (_, i) => ({ x: 80 + (i % 5) * 120, y: 150 + Math.floor(i / 5) * 300 + (i % 2) * 40, radius: 6 }));
  const image = skinImage({ width: 640, height: 640, seed: 3 });
  drawSpots(image, drawn);
  return { image, drawn };
}

/** Four dark lines (2-3 px wide, 35 % darker) on 640x640 skin. */
export function linesImage(): Golden<Line> {
  const drawn = [
    { x0: 100, y0: 150, x1: 540, y1: 170, width: 3 },
    { x0: 120, y0: 300, x1: 500, y1: 280, width: 3 },
    { x0: 200, y0: 420, x1: 300, y1: 560, width: 2 },
    { x0: 450, y0: 400, x1: 560, y1: 520, width: 3 },
  ];
  const image = skinImage({ width: 640, height: 640, seed: 4 });
  drawLines(image, drawn, 0.35);
  return { image, drawn };
}

/** Two rough red patches (radius 70 and 90) on 640x640 skin. */
export function patchesImage(): Golden<Patch> {
  const drawn = [
    { x: 200, y: 220, radius: 70 },
    { x: 450, y: 430, radius: 90 },
  ];
  const image = skinImage({ width: 640, height: 640, seed: 5 });
  drawPatches(image, drawn);
  return { image, drawn };
}

/** Even, clear 640x640 skin. */
export function clearSkinImage(): RgbaImage {
  return skinImage({ width: 640, height: 640, seed: 2 });
}
