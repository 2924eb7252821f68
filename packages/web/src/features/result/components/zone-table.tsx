import { CONDITIONS, CONDITION_IDS, ZONE_LABELS } from '@derma/shared';
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { ZoneRow } from '../api/zone-summary';

/** Zone × condition: how many findings lie in each zone and how much of the zone they cover. */
export function ZoneTable({ rows }: { rows: readonly ZoneRow[] }): ReactNode {
  const { t, language, formatNumber } = useI18n();
  const conditions = CONDITION_IDS.filter((id) => rows.some((r) => r.cells[id]));
  return (
    <table className="zone-table" data-testid="zone-table">
      <caption className="muted small">{t('result.zones.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('result.zones.zone')}</th>
          {conditions.map((id) => (
            <th key={id} scope="col">
              <span className="swatch" style={{ background: CONDITIONS[id].color }} aria-hidden="true" /> {CONDITIONS[id].label[language]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.zone} data-zone={row.zone} data-condition={row.tint.condition ?? 'none'}>
            <th scope="row">
              <span className="zone-name">
                <span className="zone-number" style={{ borderColor: row.tint.color }} aria-hidden="true">
                  {row.number}
                </span>
                <span className="zone-label" data-testid={`zone-label-${row.zone}`}>
                  {ZONE_LABELS[row.zone][language]}
                </span>
              </span>
            </th>
            {conditions.map((id) => {
              const cell = row.cells[id];
              return (
                <td key={id} data-testid={`zone-${row.zone}-${id}`} data-count={cell?.count} data-coverage={cell?.coverage}>
                  {cell ? (
                    <>
                      <span className="zone-count">{cell.count}</span>
                      <span className="zone-coverage">{formatNumber(cell.coverage * 100, 1)}%</span>
                    </>
                  ) : (
                    '–'
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
