import { SeededRandom } from './seeded-random';

/**
 * A deterministic stand-in for a letterboxed face photo, float32 CHW RGB in 0..1: a lit
 * background gradient, a skin-toned ellipse with shading, a few darker spots and sensor-like
 * noise. The face-like input of the runtime tests; the weights are calibrated on
 * `naturalImage` instead, whose contrast is that of a real photo.
 * @example syntheticPhoto(320).length // 3 * 320 * 320
 */
export function syntheticPhoto(size: number, seed = 1): Float32Array {
  const rng = new SeededRandom(seed);
  const spots = Array.from({ length: 12 }, () => ({
    x: 0.3 + 0.4 * rng.uniform(),
    y: 0.3 + 0.45 * rng.uniform(),
    r: 0.01 + 0.025 * rng.uniform(),
  }));
  const out = new Float32Array(3 * size * size);
  const plane = size * size;
  const skin = [0.86, 0.64, 0.52];
  const wall = [0.35, 0.42, 0.5];
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5) / size;
      const y = (py + 0.5) / size;
      const face = ((x - 0.5) / 0.28) ** 2 + ((y - 0.52) / 0.38) ** 2;
      const light = 0.75 + 0.35 * (1 - x) * (1 - 0.5 * y);
      const spot = spots.some((s) => (x - s.x) ** 2 + (y - s.y) ** 2 < s.r * s.r);
      const noise = 0.03 * rng.normal();
      for (let c = 0; c < 3; c++) {
        const base = face < 1 ? (skin[c] ?? 0) * (1.05 - 0.3 * face) * (spot ? 0.75 + 0.1 * c : 1) : (wall[c] ?? 0) * (0.8 + 0.4 * y);
        out[c * plane + py * size + px] = Math.min(1, Math.max(0, base * light + noise));
      }
    }
  }
  return out;
}
