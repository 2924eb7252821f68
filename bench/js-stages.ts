import { MASK_SIZE, preprocess, unionMask } from '@derma/shared';
import type { BenchOptions } from './lib/reporter';
import { report } from './lib/reporter';
import type { Summary } from './lib/stats';
import { fmt, fmtSpread, summarise } from './lib/stats';
import { originalUnionMask } from './stages/original-masks';
import { originalPreprocess } from './stages/original-preprocess';
import { maskCase, preprocessCases } from './stages/stage-cases';

interface Pair {
  stage: string;
  name: string;
  before: Summary;
  after: Summary;
  /** Whether both versions gave the same bytes on this case. */
  identical: boolean;
}

function sameBytes(a: ArrayBufferView, b: ArrayBufferView): boolean {
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  return x.length === y.length && x.every((v, i) => v === y[i]);
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
 * check that both give the same bytes.
 */
export async function jsStages(options: BenchOptions): Promise<void> {
  const [warmup, runs] = options.smoke ? [1, 3] : [5, 25];
  const pairs: Pair[] = [];
  for (const c of preprocessCases()) {
    const r = alternate(warmup, runs, () => originalPreprocess(c.image, c.region, c.inputSize).data, () => preprocess(c.image, c.region, c.inputSize).data);
    pairs.push({ stage: 'preprocess', name: c.name, before: summarise(r.before), after: summarise(r.after), identical: sameBytes(...r.outputs) });
  }
  for (const count of options.smoke ? [20] : [5, 50, 300]) {
    const c = maskCase(count, count);
    const run = (f: typeof unionMask) => () => f(c.detections, c.coefficients, c.protos, c.lb, c.region, MASK_SIZE);
    const r = alternate(warmup, runs, run(originalUnionMask), run(unionMask));
    pairs.push({ stage: 'mask assembly', name: c.name, before: summarise(r.before), after: summarise(r.after), identical: sameBytes(...r.outputs) });
  }
  await report('js-stages', options.smoke, { warmup, runs, pairs }, [
    {
      title: `JS stages before / after the optimisation, ms median (p10–p90) of ${runs} alternating runs after ${warmup} warm-up`,
      columns: ['stage', 'case', 'before', 'after', 'speed-up', 'same output'],
      rows: pairs.map((p) => [p.stage, p.name, fmtSpread(p.before), fmtSpread(p.after), `${fmt(p.before.median / p.after.median)}×`, p.identical ? 'yes, bit-identical' : '**NO**']),
    },
  ]);
  if (pairs.some((p) => !p.identical)) throw new Error('the optimised stages changed their output');
}
