import { SeededRandom } from './seeded-random';

type Rgb = readonly [number, number, number];

// Ultralytics' letterbox pad value, 114 / 255: most photos reach the model with such bands.
const LETTERBOX_GREY = 114 / 255;

// Skin tones from fair to dark, hair and shadow, and the greys and saturated colours of a scene.
const PALETTE: readonly Rgb[] = [
  [0.91, 0.74, 0.64], [0.8, 0.6, 0.48], [0.62, 0.43, 0.32], [0.36, 0.24, 0.18], [0.12, 0.09, 0.08],
  [0.03, 0.03, 0.04], [0.5, 0.5, 0.52], [0.92, 0.93, 0.95], [0.2, 0.35, 0.6], [0.7, 0.15, 0.15],
  [0.25, 0.5, 0.25], [0.85, 0.8, 0.4],
];

/**
 * Octaves of bilinear value noise with amplitude proportional to the wavelength, a cheap
 * stand-in for the 1/f amplitude spectrum of natural textures; zero mean, std of a few tenths.
 */
function pinkNoise(size: number, rng: SeededRandom): Float32Array {
  const out = new Float32Array(size * size);
  for (let cells = 2; cells <= size / 2; cells *= 2) {
    const lattice = rng.normals((cells + 1) * (cells + 1), 1);
    const at = (x: number, y: number): number => lattice[y * (cells + 1) + x] ?? 0;
    const amplitude = 0.5 / cells ** 0.5;
    for (let py = 0; py < size; py++) {
      const gy = (py / size) * cells;
      const y0 = Math.floor(gy);
      const ty = gy - y0;
      for (let px = 0; px < size; px++) {
        const gx = (px / size) * cells;
        const x0 = Math.floor(gx);
        const tx = gx - x0;
        const top = at(x0, y0) * (1 - tx) + at(x0 + 1, y0) * tx;
        const bottom = at(x0, y0 + 1) * (1 - tx) + at(x0 + 1, y0 + 1) * tx;
        out[py * size + px] = (out[py * size + px] ?? 0) + amplitude * (top * (1 - ty) + bottom * ty);
      }
    }
  }
  return out;
}

/**
 * A deterministic image with the statistics of a natural photo, float32 CHW RGB in 0..1: a
 * "dead leaves" scene of overlapping discs with power-law radii (sharp occlusion edges at
 * every scale), skin, dark and saturated colours, a 1/f texture modulating most of them (the
 * rest flat, like walls and sky), fine sensor noise, and the grey bands a letterbox adds above
 * and below a landscape photo. Calibrating on it, rather than on a smooth face-like image, folds the
 * weights for the contrast and detail of real photos.
 * @example naturalImage(256).length // 3 * 256 * 256
 */
export function naturalImage(size: number, seed = 1): Float32Array {
  const rng = new SeededRandom(seed);
  const plane = size * size;
  const leafOf = new Int32Array(plane).fill(-1);
  const leaves: { colour: Rgb; shade: number; texture: number }[] = [];
  // Radii from 1/63 to 1/3 of the side with density ~ r^-2, many small leaves over a few large
  // ones; later leaves occlude earlier ones.
  for (let i = 0; i < 600; i++) {
    const r = size / 3 / (1 + 20 * rng.uniform());
    const cx = rng.uniform() * size;
    const cy = rng.uniform() * size;
    const ratio = 0.5 + rng.uniform();
    const colour = PALETTE[Math.floor(rng.uniform() * PALETTE.length)] ?? [0.5, 0.5, 0.5];
    leaves.push({ colour, shade: 0.7 + 0.5 * rng.uniform(), texture: rng.uniform() < 0.7 ? 1 : 0 });
    for (let py = Math.max(0, Math.floor(cy - r)); py < Math.min(size, cy + r); py++) {
      for (let px = Math.max(0, Math.floor(cx - r * ratio)); px < Math.min(size, cx + r * ratio); px++) {
        if (((px - cx) / ratio) ** 2 + (py - cy) ** 2 < r * r) leafOf[py * size + px] = i;
      }
    }
  }
  const texture = pinkNoise(size, rng);
  const out = new Float32Array(3 * plane);
  const band = Math.round(size / 8);
  for (let p = 0; p < plane; p++) {
    const leaf = leaves[leafOf[p] ?? -1] ?? { colour: PALETTE[6] ?? [0.5, 0.5, 0.5], shade: 1, texture: 1 };
    const light = leaf.shade * (1 + leaf.texture * (texture[p] ?? 0));
    const grain = 0.02 * rng.normal();
    const padded = p < band * size || p >= plane - band * size;
    for (let c = 0; c < 3; c++) out[c * plane + p] = padded ? LETTERBOX_GREY : Math.min(1, Math.max(0, (leaf.colour[c] ?? 0) * light + grain));
  }
  return out;
}
