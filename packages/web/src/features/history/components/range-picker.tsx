import type { ReactNode } from 'react';
import type { MessageKey } from '../../../lib/i18n/message-key';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pastDays } from '../api/history-item';

export interface DayRange {
  from: string;
  to: string;
}

const PRESETS: { label: MessageKey; days: number }[] = [
  { label: 'history.preset.week', days: 7 },
  { label: 'history.preset.month', days: 30 },
  { label: 'history.preset.quarter', days: 90 },
  { label: 'history.preset.year', days: 365 },
];

/** From/to date inputs with quick presets; the original app's default is the past year. */
export function RangePicker({ value, onChange }: { value: DayRange; onChange: (range: DayRange) => void }): ReactNode {
  const { t } = useI18n();
  return (
    <fieldset className="range">
      <div className="row">
        <div className="field">
          <label htmlFor="range-from">{t('history.from')}</label>
          <input id="range-from" type="date" value={value.from} max={value.to} onChange={(e) => e.target.value && onChange({ ...value, from: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="range-to">{t('history.to')}</label>
          <input id="range-to" type="date" value={value.to} min={value.from} onChange={(e) => e.target.value && onChange({ ...value, to: e.target.value })} />
        </div>
      </div>
      <div className="chips">
        {PRESETS.map((p) => {
          const range = pastDays(p.days);
          const active = range.from === value.from && range.to === value.to;
          return (
            <button key={p.days} type="button" className={`chip${active ? ' chip-active' : ''}`} aria-pressed={active} onClick={() => onChange(range)}>
              {t(p.label)}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
