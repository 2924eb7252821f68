import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../../lib/auth/use-session';
import { errorText } from '../../../lib/i18n/error-text';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useResultView } from '../hooks/use-result-view';
import { AdvicePanel } from './advice-panel';
import { MaskOverlay } from './mask-overlay';
import { ResultNotices } from './result-notices';
import { RunDetails } from './run-details';
import { ScoreSummary } from './score-summary';
import { ZonePanel } from './zone-panel';

/** A diagnosis: overlay, scores, findings by zone, advice, run details and notices. */
export function ResultScreen({ id }: { id: string }): ReactNode {
  const { t, formatDate } = useI18n();
  const { user } = useSession();
  const view = useResultView(id);
  if (view.isPending) return <p role="status">{t('common.loading')}</p>;
  if (view.isError) return <p role="alert" className="banner banner-error">{errorText(view.error, t)}</p>;
  if (!view.data) return <p role="alert" className="banner banner-error">{t('result.notFound')}</p>;
  const { result, photo, serverId, previous, createdAt } = view.data;
  const saved = serverId ? 'result.saved.server' : user ? 'result.saved.queued' : 'result.saved.local';
  return (
    <div className="result-grid" data-testid="result">
      <div>
        <p className="muted small">
          {formatDate(createdAt)} · <span data-testid="sync-status" data-synced={serverId !== null}>{t(saved)}</span>
        </p>
        <MaskOverlay result={result} photo={photo} />
        <ResultNotices result={result} />
      </div>
      <div>
        <ScoreSummary result={result} previous={previous} />
        <ZonePanel result={result} photo={photo} />
        <AdvicePanel serverId={serverId} />
        <RunDetails result={result} />
        <Link to="/" className="button button-primary">
          {t('result.again')}
        </Link>
      </div>
    </div>
  );
}
