import type { Trend } from '@derma/shared';
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';

const ARROWS = { improving: '▲', worsening: '▼', stable: '■' } as const;

/** One trend: last score, direction, change and slope. */
export function TrendRow({ label, color, trend }: { label: string; color: string; trend: Trend }): ReactNode {
  const { t, formatNumber } = useI18n();
  const sign = (n: number, digits: number): string => `${n > 0 ? '+' : ''}${formatNumber(n, digits)}`;
  return (
    <li className="trend-row" style={{ borderColor: color }}>
      <strong>{label}</strong>
      <span className="trend-last">{formatNumber(trend.last, 0)}</span>
      <span className={`direction direction-${trend.direction}`}>
        <span aria-hidden="true">{ARROWS[trend.direction]}</span> {t(`insights.direction.${trend.direction}`)}
      </span>
      <span className="muted small">{t('insights.change', { change: sign(trend.change, 0), slope: sign(trend.slopePerDay, 2) })}</span>
    </li>
  );
}
