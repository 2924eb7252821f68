import { CONDITIONS, CONDITION_IDS } from '@derma/shared';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { deleteLocalResult } from '../../../lib/storage/local-results';
import { invalidateDiagnoses } from '../../../lib/trpc/invalidate-diagnoses';
import { api } from '../../../lib/trpc/trpc-client';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { HistoryItem } from '../api/history-item';

/** Diagnoses by date, each opening its result, with delete. */
export function HistoryList({ items }: { items: HistoryItem[] }): ReactNode {
  const { t, formatDate, language } = useI18n();
  const queryClient = useQueryClient();
  const remove = async (item: HistoryItem): Promise<void> => {
    if (!window.confirm(t('history.deleteConfirm'))) return;
    if (item.source === 'server') await api.diagnosis.delete.mutate({ id: item.id });
    await deleteLocalResult(item.clientId);
    await invalidateDiagnoses(queryClient);
  };
  if (items.length === 0) return <p className="muted">{t('history.empty')}</p>;
  return (
    <ul className="history" data-testid="history-list">
      {items.map((item) => (
        <li key={item.id} className="history-item">
          <Link to={`/result/${item.id}`} className="history-link" aria-label={t('history.open', { date: formatDate(item.createdAt), score: item.totalScore })}>
            <span className="history-score">{item.totalScore}</span>
            <span className="history-meta">
              <span>{formatDate(item.createdAt)}</span>
              <span className="muted small">
                {CONDITION_IDS.map((id) => `${CONDITIONS[id].label[language]} ${item.scores[id]}`).join(' · ')}
              </span>
            </span>
          </Link>
          <button type="button" className="button button-small" onClick={() => void remove(item)}>
            {t('common.delete')}
          </button>
        </li>
      ))}
    </ul>
  );
}
