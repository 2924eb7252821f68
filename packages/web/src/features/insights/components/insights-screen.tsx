import { CONDITIONS, CONDITION_IDS } from '@derma/shared';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../../lib/auth/use-session';
import { errorText } from '../../../lib/i18n/error-text';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useInsights } from '../api/use-insights';
import { TrendRow } from './trend-row';

const PERIODS = [7, 30, 90, 365] as const;

/** Health score, trends per condition and streaks; or how many more checks are needed. */
export function InsightsScreen(): ReactNode {
  const { t, language } = useI18n();
  const { user, loading } = useSession();
  const [days, setDays] = useState<number>(30);
  const insights = useInsights(days, user !== null);
  if (loading) return <p role="status">{t('common.loading')}</p>;
  if (!user)
    return (
      <p className="banner banner-info">
        {t('common.signInFirst')} <Link to="/account">{t('account.login')}</Link>
      </p>
    );
  const data = insights.data;
  return (
    <section className="card" aria-labelledby="insights-title" data-testid="insights">
      <div className="card-head">
        <h2 id="insights-title" className="card-title">
          {t('insights.days', { n: days })}
        </h2>
        <label className="inline-field">
          <span>{t('insights.period')}</span>
          <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {t('insights.days', { n: p })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {insights.isPending && <p role="status">{t('common.loading')}</p>}
      {insights.isError && <p role="alert" className="error-text">{errorText(insights.error, t)}</p>}
      {data?.status === 'insufficient_data' && (
        <p className="banner banner-info" data-testid="insights-insufficient">
          {t('insights.insufficient', { needed: data.needed })}
        </p>
      )}
      {data?.status === 'ok' && (
        <>
          <p className="total">
            <span className="total-score">{data.healthScore}</span> <span className="muted">{t('insights.health')}</span>
          </p>
          <p className="muted small">
            {t('insights.points', { n: data.dataPoints })} · {t('insights.streak', { current: data.streaks.currentDays, longest: data.streaks.longestDays })}
          </p>
          <ul className="trends">
            <TrendRow label={t('result.total')} color="#0f766e" trend={data.total} />
            {CONDITION_IDS.map((id) => (
              <TrendRow key={id} label={CONDITIONS[id].label[language]} color={CONDITIONS[id].color} trend={data.conditions[id]} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
