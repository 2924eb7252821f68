import type { ConditionId, DiagnosisResult } from '@derma/shared';
import { CONDITIONS, CONDITION_IDS } from '@derma/shared';
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { Comparison } from '../api/load-result-view';
import { scoreBand } from '../api/score-band';

function Delta({ value }: { value: number | undefined }): ReactNode {
  if (value === undefined || value === 0) return value === 0 ? <span className="delta">±0</span> : null;
  return <span className={`delta ${value > 0 ? 'delta-up' : 'delta-down'}`}>{value > 0 ? `▲ +${value}` : `▼ ${value}`}</span>;
}

function Band({ score }: { score: number }): ReactNode {
  const { t } = useI18n();
  const band = scoreBand(score);
  return <span className={`band band-${band}`}>{t(`result.band.${band}`)}</span>;
}

/** Total score, then per condition: score, band, lesion count, area, and change since the last check. */
export function ScoreSummary({ result, previous }: { result: DiagnosisResult; previous: Comparison | null }): ReactNode {
  const { t, language, formatNumber } = useI18n();
  const delta = (id: ConditionId): number | undefined => (previous ? (result.findings[id]?.score ?? 0) - previous.scores[id] : undefined);
  return (
    <section className="card" aria-labelledby="scores-title">
      <h2 id="scores-title" className="card-title">
        {t('result.total')}
      </h2>
      <p className="total">
        <span className="total-score" data-testid="total-score">
          {result.totalScore}
        </span>
        <span className="muted">/ 100</span> <Band score={result.totalScore} />
      </p>
      <p className="muted small">
        {t('result.change')}: {previous ? <Delta value={result.totalScore - previous.totalScore} /> : t('result.noPrevious')}
      </p>
      <ul className="conditions">
        {CONDITION_IDS.map((id) => {
          const f = result.findings[id];
          if (!f) return null;
          return (
            <li key={id} className="condition" data-testid={`score-${id}`} style={{ borderColor: CONDITIONS[id].color }}>
              <div className="condition-head">
                <span className="swatch" style={{ background: CONDITIONS[id].color }} aria-hidden="true" />
                <strong>{CONDITIONS[id].label[language]}</strong>
              </div>
              <p className="condition-score">
                <span data-testid={`score-value-${id}`}>{f.score}</span> <Band score={f.score} /> <Delta value={delta(id)} />
              </p>
              <p className="muted small">
                {t('result.lesions', { n: f.lesionCount })} · {t('result.area', { pct: formatNumber(f.areaRatio * 100, 1) })}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
