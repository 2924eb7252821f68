import type { Benchmark } from './lib/reporter';
import { machineInfo } from './lib/machine';
import { apiLoad } from './api-load';
import { bytes } from './bytes';
import { evaluation } from './eval/evaluate';
import { jsStages } from './js-stages';
import { pipelineLatency } from './pipeline-latency';
import { serverFallback } from './server-fallback';
import { variants } from './variants';

/**
 * `pnpm bench [--smoke] [--only <name>[,<name>]]`: runs the benchmarks in order, each printing
 * its tables and appending its figures to bench/results/<name>.json.
 */
const BENCHMARKS: Record<string, Benchmark> = {
  'pipeline-latency': pipelineLatency,
  bytes,
  'api-load': apiLoad,
  'server-fallback': serverFallback,
  'js-stages': jsStages,
  eval: evaluation,
  variants,
};

function parseArgs(argv: string[]): { smoke: boolean; only: string[] } {
  const smoke = argv.includes('--smoke');
  const at = argv.indexOf('--only');
  const only = at >= 0 ? (argv[at + 1] ?? '').split(',').filter(Boolean) : Object.keys(BENCHMARKS);
  const unknown = only.filter((name) => !(name in BENCHMARKS));
  if (unknown.length > 0) throw new Error(`unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(BENCHMARKS).join(', ')}`);
  return { smoke, only };
}

async function main(): Promise<void> {
  const { smoke, only } = parseArgs(process.argv.slice(2));
  const m = machineInfo();
  console.log(`derma-edge benchmarks${smoke ? ' (smoke)' : ''}: ${only.join(', ')} on ${m.cpuModel} ×${m.cores}, load ${m.loadAverage.join(' ')}`);
  for (const name of only) {
    const started = performance.now();
    const bench = BENCHMARKS[name];
    if (bench) await bench({ smoke });
    console.error(`${name} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

await main();
process.exit(0);
