import type { ConditionId, DiagnosisResult } from '@derma/shared';
import { CONDITIONS, CONDITION_IDS } from '@derma/shared';
import type { ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { overlayPixels } from '../api/overlay-pixels';
import { paintCropLayer } from '../api/paint-crop-layer';

const SIDE = 512;

async function paint(canvas: HTMLCanvasElement, result: DiagnosisResult, photo: Blob | null, enabled: ReadonlySet<ConditionId>): Promise<void> {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  await paintCropLayer(ctx, SIDE, photo, overlayPixels(result.findings, enabled));
  ctx.lineWidth = 2;
  for (const id of CONDITION_IDS) {
    if (!enabled.has(id)) continue;
    ctx.strokeStyle = CONDITIONS[id].color;
    for (const d of result.findings[id]?.detections ?? []) {
      const [x1, y1, x2, y2] = d.box;
      ctx.strokeRect(x1 * SIDE, y1 * SIDE, (x2 - x1) * SIDE, (y2 - y1) * SIDE);
    }
  }
}

/** The analysed face crop with each condition's masks and boxes, toggled per condition. */
export function MaskOverlay({ result, photo }: { result: DiagnosisResult; photo: Blob | null }): ReactNode {
  const { t, language } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [enabled, setEnabled] = useState<ReadonlySet<ConditionId>>(() => new Set(CONDITION_IDS));
  useEffect(() => {
    if (canvas.current) void paint(canvas.current, result, photo, enabled);
  }, [result, photo, enabled]);
  const toggle = (id: ConditionId): void =>
    setEnabled((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <figure className="overlay">
      <canvas ref={canvas} width={SIDE} height={SIDE} className="overlay-canvas" role="img" aria-label={t('result.photo')} data-testid="overlay" />
      <fieldset className="toggles">
        <legend>{t('result.overlays')}</legend>
        {CONDITION_IDS.map((id) => (
          <label key={id} className="toggle">
            <input type="checkbox" checked={enabled.has(id)} onChange={() => toggle(id)} />
            <span className="swatch" style={{ background: CONDITIONS[id].color }} aria-hidden="true" />
            {CONDITIONS[id].label[language]}
          </label>
        ))}
      </fieldset>
    </figure>
  );
}
