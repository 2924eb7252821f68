import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { DownloadState } from '../../../lib/worker/pipeline-store';

function megabytes(bytes: number): string {
  return (bytes / 1_048_576).toFixed(1);
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
                {d.fromCache ? t('models.cached') : `${megabytes(d.loaded)} / ${megabytes(d.total)} MB · ${percent}%`}
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
