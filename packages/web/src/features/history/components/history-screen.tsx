import type { ReactNode } from 'react';
import { useState } from 'react';
import { useSession } from '../../../lib/auth/use-session';
import { errorText } from '../../../lib/i18n/error-text';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pastDays } from '../api/history-item';
import { useHistoryItems } from '../api/use-history-items';
import { HistoryList } from './history-list';
import { LocalUploadOffer } from './local-upload-offer';
import type { DayRange } from './range-picker';
import { RangePicker } from './range-picker';
import { TrendChart } from './trend-chart';

/** Trend chart, range picker and the diagnoses in the range. */
export function HistoryScreen(): ReactNode {
  const { t } = useI18n();
  const { user, loading } = useSession();
  const [range, setRange] = useState<DayRange>(() => pastDays(365));
  const items = useHistoryItems(user, range.from, range.to);
  if (loading) return <p role="status">{t('common.loading')}</p>;
  return (
    <>
      {!user && <p className="muted">{t('account.guest')}</p>}
      {user && <LocalUploadOffer user={user} />}
      <TrendChart user={user} />
      <section className="card" aria-labelledby="list-title">
        <h2 id="list-title" className="card-title">
          {user ? t('history.title') : t('history.local')}
        </h2>
        <RangePicker value={range} onChange={setRange} />
        {items.isPending && <p role="status">{t('common.loading')}</p>}
        {items.isError && <p role="alert" className="error-text">{errorText(items.error, t)}</p>}
        {items.data && <HistoryList items={items.data} />}
      </section>
    </>
  );
}
