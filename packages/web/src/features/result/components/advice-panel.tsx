import type { ReactNode } from 'react';
import { useSession } from '../../../lib/auth/use-session';
import { errorKey, errorText } from '../../../lib/i18n/error-text';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useSettings } from '../../../lib/settings/use-settings';
import { useAdviceStream } from '../hooks/use-advice-stream';

/** Personal advice for a stored diagnosis, streamed in as the model writes it. */
export function AdvicePanel({ serverId }: { serverId: string | null }): ReactNode {
  const { t, language } = useI18n();
  const { user } = useSession();
  const { keepPhotos, photoAdvice } = useSettings();
  const advice = useAdviceStream(user ? serverId : null, language, keepPhotos && photoAdvice);
  let body: ReactNode;
  if (!user) body = <p className="muted">{t('advice.signIn')}</p>;
  else if (!serverId) body = <p className="muted">{t('advice.waiting')}</p>;
  else
    body = (
      <>
        {advice.status === 'streaming' && <p role="status" className="muted small">{t('advice.streaming')}</p>}
        {advice.text && (
          <div className="advice-text" data-testid="advice" data-status={advice.status}>
            {advice.text}
          </div>
        )}
        {advice.status === 'done' && advice.usedPhoto && <p className="muted small">{t('advice.usedPhoto')}</p>}
        {advice.status === 'failed' && (
          <p role="alert" className="error-text">
            {/* Ollama down or slow: the server keeps the diagnosis and tries the advice again next time. */}
            {errorKey(advice.error) === 'error.code.SERVICE_UNAVAILABLE' ? t('advice.failed') : errorText(advice.error, t)}
          </p>
        )}
      </>
    );
  return (
    <section className="card" aria-labelledby="advice-title" aria-live="polite">
      <h2 id="advice-title" className="card-title">
        {t('advice.title')}
      </h2>
      {body}
    </section>
  );
}
