/**
 * A seeded pseudo-random source (mulberry32) with a Gaussian sampler. The same seed gives the
 * same sequence on every platform, which is what makes generated weights byte-identical.
 */
export class SeededRandom {
  private state: number;
  private spare: number | undefined;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A uniform float in [0, 1). */
  uniform(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A standard normal sample (Box-Muller; the second value of each pair is kept for the next call). */
  normal(): number {
    if (this.spare !== undefined) {
      const value = this.spare;
      this.spare = undefined;
      return value;
    }
    // 1 - uniform() lies in (0, 1], so the logarithm is finite.
    const radius = Math.sqrt(-2 * Math.log(1 - this.uniform()));
    const angle = 2 * Math.PI * this.uniform();
    this.spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  }

  /** `count` normal samples with the given standard deviation and mean, as float32. */
  normals(count: number, std: number, mean = 0): Float32Array {
    const out = new Float32Array(count);
    for (let i = 0; i < count; i++) out[i] = mean + std * this.normal();
    return out;
  }
}
