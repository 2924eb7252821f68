/** A square-or-rectangular region of the image, in image pixels; may extend past the image. */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * How a region was fitted into the model input: scaled by `gain`, then padded by `padX`/`padY`
 * on the left/top. Inverse: regionX = (inputX - padX) / gain.
 */
export interface Letterbox {
  gain: number;
  padX: number;
  padY: number;
  /** Size of the resized (unpadded) region inside the input. */
  innerWidth: number;
  innerHeight: number;
  inputSize: number;
}

/**
 * Fits `width × height` into a square `inputSize` input, centred, as ultralytics' `LetterBox`
 * (`r = min(new/old)`, `new_unpad = round(old * r)`, pad `round(d/2 ∓ 0.1)`; ultralytics/data/augment.py).
 */
export function letterbox(width: number, height: number, inputSize: number): Letterbox {
  const gain = Math.min(inputSize / width, inputSize / height);
  const innerWidth = Math.round(width * gain);
  const innerHeight = Math.round(height * gain);
  return {
    gain,
    padX: Math.round((inputSize - innerWidth) / 2 - 0.1) + 0,
    padY: Math.round((inputSize - innerHeight) / 2 - 0.1) + 0,
    innerWidth,
    innerHeight,
    inputSize,
  };
}

/** Maps a box `[x1, y1, x2, y2]` from input pixels back to region pixels, clipped to the region. */
export function unletterboxBox(box: readonly number[], lb: Letterbox, region: Region): [number, number, number, number] {
  const mapX = (v: number): number => Math.min(region.width, Math.max(0, (v - lb.padX) / lb.gain));
  const mapY = (v: number): number => Math.min(region.height, Math.max(0, (v - lb.padY) / lb.gain));
  return [mapX(box[0] ?? 0), mapY(box[1] ?? 0), mapX(box[2] ?? 0), mapY(box[3] ?? 0)];
}
