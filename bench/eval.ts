import { parseArgs } from 'node:util';
import { runEvaluation } from './eval/evaluate';

/**
 * `pnpm eval [--smoke] [--strict] [--manifest path]` (or `npm run eval -- --smoke`): the quality evaluation of the
 * shipped pipeline on real and synthetic photos (bench/RESULTS.md §7). It prints the goals as
 * pass or fail and exits 0 either way, unless `--strict` asks it to fail on a missed goal. `--manifest` measures another model set
 * (a candidate, or a team's trained exports) instead of `models/manifest.json`.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({ options: { smoke: { type: 'boolean', default: false }, strict: { type: 'boolean', default: false }, manifest: { type: 'string' } } });
  const started = performance.now();
  const goals = await runEvaluation({ smoke: values.smoke, manifest: values.manifest });
  const failed = goals.filter((g) => !g.pass);
  console.log(`\neval: ${goals.length - failed.length} of ${goals.length} goals met, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return values.strict && failed.length > 0 ? 1 : 0;
}

process.exit(await main());
