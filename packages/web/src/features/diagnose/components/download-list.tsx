import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { DownloadState } from '../../../lib/worker/pipeline-store';

/** `loaded / total` in the unit that fits the total: the baseline models are tens of KB, a trained export MB. */
export function transferText(loaded: number, total: number): string {
  if (total < 1_048_576 / 10) return `${Math.round(loaded / 1024)} / ${Math.round(total / 1024)} KB`;
  return `${(loaded / 1_048_576).toFixed(1)} / ${(total / 1_048_576).toFixed(1)} MB`;
}

/** One progress bar per model file: bytes, percent, retry attempt, or "from this device". */
export function DownloadList({ downloads }: { downloads: Record<string, DownloadState> }): ReactNode {
  const { t } = useI18n();
  const entries = Object.entries(downloads);
  if (entries.length === 0) return null;
  return (
    <ul className="downloads">
      {entries.map(([modelId, d]) => {
        const percent = d.total > 0 ? Math.min(100, Math.round((d.loaded / d.total) * 100)) : 0;
        const id = `dl-${modelId}`;
        return (
          <li key={modelId} className="download">
            <label htmlFor={id} className="download-label">
              <span>{modelId}</span>
              <span className="muted small">
                {d.fromCache ? t('models.cached') : `${transferText(d.loaded, d.total)} · ${percent}%`}
                {d.attempt > 1 && ` · ${t('models.attempt', { n: d.attempt })}`}
              </span>
            </label>
            <progress id={id} max={100} value={percent} />
          </li>
        );
      })}
    </ul>
  );
}
