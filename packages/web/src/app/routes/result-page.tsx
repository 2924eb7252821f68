import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { ResultScreen } from '../../features/result/components/result-screen';
import { useI18n } from '../../lib/i18n/i18n-context';

/** `/result/:id`: one diagnosis, from this device or the account. */
export function ResultPage(): ReactNode {
  const { t } = useI18n();
  const { id = '' } = useParams();
  return (
    <div className="page page-wide">
      <h1>{t('result.title')}</h1>
      <ResultScreen key={id} id={id} />
    </div>
  );
}
