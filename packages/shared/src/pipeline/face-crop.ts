import type { Region } from './letterbox';

/** The centred square of the image, used when no face model is configured. */
export function centreCrop(width: number, height: number): Region {
  const side = Math.min(width, height);
  return { x: Math.floor((width - side) / 2), y: Math.floor((height - side) / 2), width: side, height: side };
}
