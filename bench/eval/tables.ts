import type { ConditionId } from '@derma/shared';
import { CONDITION_IDS, ZONE_IDS } from '@derma/shared';
import type { Table } from '../lib/reporter';
import { fmt } from '../lib/stats';
import type { Figures } from './figures';
import type { Goal } from './goals';
import type { MatchCounts } from './match-lesions';
import { ratio } from './metrics';

const perCondition = (f: (id: ConditionId) => string) => CONDITION_IDS.map(f);

function rp(c: MatchCounts): string {
  if (c.lesions === 0 && c.detections === 0) return '–';
  return `${fmt(ratio(c.found, c.lesions), 2)} / ${fmt(ratio(c.hits, c.detections), 2)} (${c.lesions})`;
}

/** The evaluation's printed and recorded tables: goals first, then the figures behind them. */
export function evalTables(f: Figures, goals: readonly Goal[], note: string): Table[] {
  return [
    { title: `Evaluation goals (${note})`, columns: ['goal', 'figure', 'status'], rows: goals.map((g) => [g.goal, g.figure, g.pass ? 'pass' : '**FAIL**']) },
    {
      title: 'Real photos: outcome, condition scores and detections on the skin',
      columns: ['photo', 'label', 'outcome', ...perCondition((id) => `${id} score`), 'lesions a/t/w', 'layout', 'ms'],
      rows: f.photos.map((p) => [
        p.name,
        p.label,
        p.refused ? `${p.refused}${p.refusedAsDesigned ? ' (as designed)' : ''}` : 'analysed',
        ...perCondition((id) => (p.scores ? String(p.scores[id]) : '–')),
        p.lesions ? perCondition((id) => String(p.lesions?.[id] ?? '')).join('/') : '–',
        p.layoutSource ?? '–',
        String(p.ms),
      ]),
    },
    {
      title: 'Score distribution per condition: clear faces against mild-acne photos (sorted)',
      columns: ['condition', 'clear faces', 'min', 'median', 'mild acne'],
      rows: CONDITION_IDS.map((id) => {
        const of = (label: string) => f.photos.flatMap((p) => (p.label === label && p.scores ? [p.scores[id]] : [])).sort((a, b) => a - b);
        const c = f.clear.perCondition[id];
        return [id, of('clear').join(', '), fmt(c.min), fmt(c.median), of('mild acne').join(', ')];
      }),
    },
    {
      title: 'Synthetic lesions painted into the clear faces, per condition (hit: IoU ≥ 0.3 or centre inside)',
      columns: ['condition', 'lesions', 'found', 'recall', 'detections on skin', 'hits', 'precision', 'mean score by lesion count', 'slope, points/lesion', 'falls monotonically'],
      rows: CONDITION_IDS.map((id) => {
        const s = f.synthetic[id];
        return [
          id,
          String(s.all.lesions),
          String(s.all.found),
          fmt(s.recall, 2),
          String(s.all.detections),
          String(s.all.hits),
          fmt(s.precision, 2),
          s.doseScores.map(([n, score]) => `${n}: ${fmt(score)}`).join(', '),
          fmt(s.slope, 2),
          `${s.monotonic[0]} of ${s.monotonic[1]} faces (placements ${s.seriesMonotonic[0]} of ${s.seriesMonotonic[1]})`,
        ];
      }),
    },
    {
      title: 'Synthetic lesions per zone: recall / precision (lesions painted)',
      columns: ['zone', ...CONDITION_IDS],
      rows: ZONE_IDS.map((z) => [z, ...perCondition((id) => rp(f.synthetic[id].perZone[z]))]),
    },
    {
      title: 'Degraded photos: condition score shift against the photo as it came, absolute points, max (median)',
      columns: ['degradation', ...CONDITION_IDS, 'refused', 'refused as designed (face now under the size limit)'],
      rows: Object.entries(f.degradation).map(([how, d]) => [
        how,
        ...perCondition((id) => `${fmt(d.maxShift[id])} (${fmt(d.medianShift[id])})`),
        d.refused.join(', ') || 'none',
        d.asDesigned.join(', ') || 'none',
      ]),
    },
  ];
}
