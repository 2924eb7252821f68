import { MASK_SIZE, preprocess, sampleAligned, unionMask } from '@derma/shared';
import type { BenchOptions } from './lib/reporter';
import { report } from './lib/reporter';
import type { Summary } from './lib/stats';
import { fmt, fmtSpread, summarise } from './lib/stats';
import { originalUnionMask } from './stages/original-masks';
import { originalPreprocess } from './stages/original-preprocess';
import { originalSampleAligned } from './stages/original-sample-aligned';
import { alignedCases, maskCase, preprocessCases } from './stages/stage-cases';

interface Pair {
  stage: string;
  name: string;
  before: Summary;
  after: Summary;
  /** Largest difference between the two versions' outputs on this case (0: the same values). */
  maxDiff: number;
}

/**
 * How far an optimised tensor may stray from the frozen one: float rounding of a different
 * summation order (a few 1e-7 on 0..1 values), far below one 8-bit level (1/255 ≈ 0.004).
 */
const TOLERANCE = 1e-5;

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let most = 0;
  for (let i = 0; i < a.length; i++) most = Math.max(most, Math.abs((a[i] as number) - (b[i] as number)));
  return most;
}

function sameOutput(p: Pair): string {
  if (p.maxDiff === 0) return 'yes, the same values';
  return p.maxDiff <= TOLERANCE ? `yes, up to float rounding (max ${p.maxDiff.toExponential(1)})` : `**NO** (max difference ${p.maxDiff})`;
}

/** Times two implementations alternately (before, after, before, …) after warm-up runs. */
function alternate<T>(warmup: number, runs: number, before: () => T, after: () => T): { before: number[]; after: number[]; outputs: [T, T] } {
  const times = { before: [] as number[], after: [] as number[] };
  let outputs: [T, T] = [before(), after()];
  for (let i = 0; i < warmup + runs; i++) {
    let t = performance.now();
    const b = before();
    const tb = performance.now() - t;
    t = performance.now();
    const a = after();
    const ta = performance.now() - t;
    if (i >= warmup) {
      times.before.push(tb);
      times.after.push(ta);
    }
    outputs = [b, a];
  }
  return { ...times, outputs };
}

/**
 * The JS stages of the pipeline, the code as it was before the optimisation (frozen in
 * bench/stages) against the code in packages/shared now, side by side in one process, with a
 * check that both give the same values (up to float rounding for the resamplers).
 */
export async function jsStages(options: BenchOptions): Promise<void> {
  const [warmup, runs] = options.smoke ? [1, 3] : [5, 25];
  const pairs: Pair[] = [];
  for (const c of preprocessCases()) {
    const r = alternate(warmup, runs, () => originalPreprocess(c.image, c.region, c.inputSize).data, () => preprocess(c.image, c.region, c.inputSize).data);
    pairs.push({ stage: 'preprocess', name: c.name, before: summarise(r.before), after: summarise(r.after), maxDiff: maxDiff(...r.outputs) });
  }
  for (const c of options.smoke ? alignedCases().slice(0, 1) : alignedCases()) {
    const r = alternate(warmup, runs, () => originalSampleAligned(c.image, c.crop, c.out), () => sampleAligned(c.image, c.crop, c.out));
    pairs.push({ stage: 'roll-aligned crop', name: c.name, before: summarise(r.before), after: summarise(r.after), maxDiff: maxDiff(...r.outputs) });
  }
  for (const count of options.smoke ? [20] : [5, 50, 300]) {
    const c = maskCase(count, count);
    const run = (f: typeof unionMask) => () => f(c.detections, c.coefficients, c.protos, c.lb, c.region, MASK_SIZE);
    const r = alternate(warmup, runs, run(originalUnionMask), run(unionMask));
    pairs.push({ stage: 'mask assembly', name: c.name, before: summarise(r.before), after: summarise(r.after), maxDiff: maxDiff(...r.outputs) });
  }
  await report('js-stages', options.smoke, { warmup, runs, pairs }, [
    {
      title: `JS stages before / after the optimisation, ms median (p10–p90) of ${runs} alternating runs after ${warmup} warm-up`,
      columns: ['stage', 'case', 'before', 'after', 'speed-up', 'same output'],
      rows: pairs.map((p) => [p.stage, p.name, fmtSpread(p.before), fmtSpread(p.after), `${fmt(p.before.median / p.after.median)}×`, sameOutput(p)]),
    },
  ]);
  // Masks are 0/1 cells: any difference is a changed result, not rounding.
  if (pairs.some((p) => p.maxDiff > (p.stage === 'mask assembly' ? 0 : TOLERANCE))) throw new Error('the optimised stages changed their output');
}
