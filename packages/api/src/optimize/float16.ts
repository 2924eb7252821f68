const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** Smallest positive normal fp16 value: below it fp16 keeps fewer significant bits (and 0 below 6e-8). */
export const FP16_MIN_NORMAL = 2 ** -14;
/** Largest finite fp16 value. */
export const FP16_MAX = 65504;

/**
 * The IEEE 754 half-precision bits of `value`, rounded to nearest even as onnxruntime's and
 * numpy's float32 → float16 casts do; overflow gives ±Infinity.
 * @example toFloat16Bits(1) // 0x3c00
 */
export function toFloat16Bits(value: number): number {
  f32[0] = value;
  const x = u32[0] as number;
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  const mant = x & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  const e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    const m = mant | 0x800000;
    const shift = 14 - e;
    const half = 1 << (shift - 1);
    const rest = m & ((1 << shift) - 1);
    let out = m >>> shift;
    if (rest > half || (rest === half && out & 1)) out += 1;
    return sign | out;
  }
  let out = (e << 10) | (mant >>> 13);
  const rest = mant & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && out & 1)) out += 1;
  return sign | out;
}

/** The number that fp16 bits `bits` stand for. */
export function fromFloat16Bits(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exp = (bits >>> 10) & 0x1f;
  const mant = bits & 0x3ff;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 0x1f) return mant ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}

/**
 * Whether a tensor can be stored as fp16 without changing what it does: no value beyond fp16's
 * range, and the values' root-mean-square error at most `1e-3` of their RMS. A conv weight whose
 * few tiny entries flush to 0 passes; a tensor of epsilons (1e-8 becomes 0) does not.
 */
export function fitsFloat16(values: Float32Array): boolean {
  let err = 0;
  let sum = 0;
  for (const v of values) {
    if (Math.abs(v) > FP16_MAX || !Number.isFinite(v)) return false;
    const d = v - fromFloat16Bits(toFloat16Bits(v));
    err += d * d;
    sum += v * v;
  }
  return err <= 1e-6 * sum;
}
