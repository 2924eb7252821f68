import type { Region } from './letterbox';

/**
 * The square crop around a face box: centred on the box, side = longer box side × `scale`.
 * It may extend past the image; the pipeline pads those pixels black, as the original server did.
 * @param box `[x1, y1, x2, y2]` in image pixels
 */
export function faceCrop(box: readonly [number, number, number, number], scale: number): Region {
  const [x1, y1, x2, y2] = box;
  const side = Math.max(1, Math.round(Math.max(x2 - x1, y2 - y1) * scale));
  const x = Math.round((x1 + x2) / 2 - side / 2);
  const y = Math.round((y1 + y2) / 2 - side / 2);
  return { x, y, width: side, height: side };
}

/** The centred square of the image, used when no face model is configured. */
export function centreCrop(width: number, height: number): Region {
  const side = Math.min(width, height);
  return { x: Math.floor((width - side) / 2), y: Math.floor((height - side) / 2), width: side, height: side };
}
