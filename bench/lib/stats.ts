/** Median and spread of repeated measurements, after warm-up runs were discarded. */
export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
  /** 10th and 90th percentiles: the spread quoted beside each median. */
  p10: number;
  p90: number;
}

/** The `q` quantile (0..1) of sorted values, linearly interpolated. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[hi] ?? Number.NaN;
  return a + (b - a) * (at - lo);
}

/** Summarises samples (any unit); NaN fields when there are none. */
export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    p10: quantile(sorted, 0.1),
    p90: quantile(sorted, 0.9),
  };
}

/** A number rounded for a table: 3 significant digits below 100, whole numbers above. */
export function fmt(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '–';
  if (Math.abs(value) >= 100) return Math.round(value).toString();
  return Number(value.toPrecision(digits)).toString();
}

/** "median (p10–p90)" for a table cell. */
export function fmtSpread(s: Summary): string {
  return `${fmt(s.median)} (${fmt(s.p10)}–${fmt(s.p90)})`;
}
