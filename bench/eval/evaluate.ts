import { join } from 'node:path';
import type { Benchmark, BenchOptions } from '../lib/reporter';
import { RESULTS_DIR, report } from '../lib/reporter';
import type { Outcome } from './analyser';
import { openAnalyser } from './analyser';
import { runDegraded } from './degrade-run';
import { computeFigures } from './figures';
import type { Goal } from './goals';
import { checkGoals } from './goals';
import { writeSheet } from './overlay-sheet';
import type { Tile } from './overlay-tile';
import { renderTile } from './overlay-tile';
import { photoRecord } from './photo-record';
import type { EvalPhoto } from './photos';
import { hasEvalset, loadPhotos } from './photos';
import { runSynthetic } from './synthetic-run';
import { evalTables } from './tables';

/** Where the overlay sheet goes, beside the figures. */
export const SHEET_FILE = join(RESULTS_DIR, 'eval-overlays.png');

function layoutNote(outcomes: readonly Outcome[]): string {
  const fallback = outcomes.some((o) => o.kind === 'result' && o.layoutSource === 'guide fallback');
  return fallback ? 'skin zones from the guide layout: these results carry no layout (schema before v2)' : "skin zones from each result's layout";
}

/**
 * Runs the shipped pipeline over the labelled real photos, synthetic lesions painted into the
 * clear faces and degraded copies of every face photo; prints and records the figures, the goals
 * met or missed, and writes the overlay sheet.
 * @returns the goals, each passed or failed
 */
export async function runEvaluation(options: BenchOptions & { manifest?: string }): Promise<Goal[]> {
  if (!hasEvalset()) {
    if (options.smoke) {
      console.log('eval: skipped, ../shared/evalset is not beside this checkout');
      return [];
    }
    throw new Error('eval needs the photos of ../shared/evalset (see its README.md)');
  }
  const started = performance.now();
  const analyser = await openAnalyser(options.manifest);
  try {
    const photos = await loadPhotos(options.smoke);
    const tiles: Tile[] = [];
    const analysed: { photo: EvalPhoto; outcome: Outcome }[] = [];
    for (const photo of photos) {
      const outcome = await analyser.analyse(photo.image);
      analysed.push({ photo, outcome });
      tiles.push(renderTile('real photos', `${photo.name} (${photo.label})`, photo.image, outcome));
    }
    const clear = analysed.filter((a) => a.photo.label === 'clear');
    const synthetic = await runSynthetic(analyser, options.smoke ? clear.slice(0, 1) : clear, options.smoke, tiles);
    const degraded = await runDegraded(analyser, analysed.filter((a) => a.photo.label !== 'not a face'), options.smoke, tiles);
    const figures = computeFigures(analysed.map((a) => photoRecord(a.photo, a.outcome)), synthetic, degraded);
    const goals = checkGoals(figures);
    const note = layoutNote(analysed.map((a) => a.outcome));
    await writeSheet(tiles, SHEET_FILE);
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    await report('eval', options.smoke, { note, seconds, goals, ...figures, syntheticCases: synthetic, degradedCases: degraded }, evalTables(figures, goals, note));
    console.log(`overlay sheet: ${SHEET_FILE} (${tiles.length} photos); ${analysed.length + synthetic.filter((c) => c.count > 0).length + degraded.length} diagnoses in ${seconds} s`);
    return goals;
  } finally {
    await analyser.dispose();
  }
}

/** The evaluation as one of `pnpm bench`'s benchmarks (its smoke run included). */
export const evaluation: Benchmark = async (options) => {
  await runEvaluation(options);
};
