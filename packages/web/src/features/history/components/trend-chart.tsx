import { CONDITIONS, CONDITION_IDS } from '@derma/shared';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { User } from '@derma/shared';
import { errorText } from '../../../lib/i18n/error-text';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { TrendRange } from '../api/use-trend';
import { useTrend } from '../api/use-trend';

/** Week or month trend of the total and each condition's score. */
export function TrendChart({ user }: { user: User | null }): ReactNode {
  const { t, language } = useI18n();
  const [range, setRange] = useState<TrendRange>('week');
  const trend = useTrend(user, range);
  const dayFormat = new Intl.DateTimeFormat(language === 'ko' ? 'ko-KR' : 'en-GB', { month: 'short', day: 'numeric' });
  const data = (trend.data ?? []).map((p) => ({ date: dayFormat.format(new Date(p.createdAt)), total: p.totalScore, ...p.scores }));
  return (
    <section className="card" aria-labelledby="trend-title">
      <div className="card-head">
        <h2 id="trend-title" className="card-title">
          {t('history.trend')}
        </h2>
        <div role="group" className="chips" aria-label={t('history.trend')}>
          {(['week', 'month'] as const).map((r) => (
            <button key={r} type="button" className={`chip${range === r ? ' chip-active' : ''}`} aria-pressed={range === r} onClick={() => setRange(r)}>
              {t(`history.trend.${r}`)}
            </button>
          ))}
        </div>
      </div>
      {trend.isError && <p role="alert" className="error-text">{errorText(trend.error, t)}</p>}
      {trend.isSuccess && data.length === 0 && <p className="muted">{t('history.trendEmpty')}</p>}
      {data.length > 0 && (
        <div className="chart" data-testid="trend-chart">
          <ResponsiveContainer width="100%" height={260}>
            <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: -16 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" />
              <XAxis dataKey="date" tick={{ fontSize: 12 }} />
              <YAxis domain={[0, 100]} tick={{ fontSize: 12 }} />
              <Tooltip />
              <Legend />
              <Line type="monotone" dataKey="total" name={t('result.total')} stroke="#0f766e" strokeWidth={3} dot isAnimationActive={false} />
              {CONDITION_IDS.map((id) => (
                <Line key={id} type="monotone" dataKey={id} name={CONDITIONS[id].label[language]} stroke={CONDITIONS[id].color} dot isAnimationActive={false} />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
    </section>
  );
}
