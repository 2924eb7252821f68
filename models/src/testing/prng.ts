/**
 * Seeded pseudo-random numbers in [0, 1) (mulberry32), so synthetic images are identical on
 * every run and machine.
 * @example const rand = seededRandom(7); rand(); // 0.0..1.0
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Approximately normal noise (sum of four uniforms), mean 0 and standard deviation 1. */
export function gaussianNoise(rand: () => number): number {
  return (rand() + rand() + rand() + rand() - 2) * Math.sqrt(3);
}
