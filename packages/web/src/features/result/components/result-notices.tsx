import type { DiagnosisResult } from '@derma/shared';
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';

/**
 * Not a medical diagnosis; when baseline models ran, that they are non-clinical; and when the
 * photo showed several faces, that the largest was analysed.
 */
export function ResultNotices({ result }: { result: DiagnosisResult }): ReactNode {
  const { t } = useI18n();
  const baseline = result.models.some((m) => m.baseline);
  return (
    <aside className="notices">
      <p className="banner banner-info" data-testid="medical-notice">
        {t('result.medical')}
      </p>
      {result.notices?.includes('LARGEST_FACE') && (
        <p className="banner banner-info" data-testid="largest-face-notice">
          {t('result.largestFace')}
        </p>
      )}
      {baseline && (
        <p className="banner banner-warn" data-testid="baseline-notice">
          {t('result.baseline')}
        </p>
      )}
    </aside>
  );
}
