import { runEvaluation } from './eval/evaluate';

/**
 * `pnpm eval [--smoke] [--strict]` (or `npm run eval -- --smoke`): the quality evaluation of the
 * shipped pipeline on real and synthetic photos (bench/RESULTS.md §7). It prints the goals as
 * pass or fail and exits 0 either way, unless `--strict` asks it to fail on a missed goal.
 */
async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const unknown = argv.filter((a) => a !== '--smoke' && a !== '--strict');
  if (unknown.length > 0) throw new Error(`unknown option ${unknown.join(' ')}; use --smoke, --strict`);
  const started = performance.now();
  const goals = await runEvaluation({ smoke: argv.includes('--smoke') });
  const failed = goals.filter((g) => !g.pass);
  console.log(`\neval: ${goals.length - failed.length} of ${goals.length} goals met, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return argv.includes('--strict') && failed.length > 0 ? 1 : 0;
}

process.exit(await main());
