import type { DiagnosisResult } from '@derma/shared';
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { zoneSummary } from '../api/zone-summary';
import { ZoneFaceMap } from './zone-face-map';
import { ZoneTable } from './zone-table';

/** The findings by face zone: a tinted map and the zone × condition table; nothing for version 1 results. */
export function ZonePanel({ result, photo }: { result: DiagnosisResult; photo: Blob | null }): ReactNode {
  const { t } = useI18n();
  const summary = useMemo(() => zoneSummary(result), [result]);
  if (!summary || !result.layout) return null;
  return (
    <section className="card" aria-labelledby="zones-title" data-testid="zones">
      <h2 id="zones-title" className="card-title">
        {t('result.zones.title')}
      </h2>
      <ZoneFaceMap layout={result.layout} rows={summary.rows} photo={photo} />
      {summary.source === 'guide' && <p className="muted small">{t('result.zones.guide')}</p>}
      <ZoneTable rows={summary.rows} />
    </section>
  );
}
