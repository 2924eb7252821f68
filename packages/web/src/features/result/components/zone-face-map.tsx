import type { Layout } from '@derma/shared';
import { MASK_SIZE, ZONE_IDS, zoneMap } from '@derma/shared';
import type { ReactNode } from 'react';
import { useEffect, useMemo, useRef } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { paintCropLayer } from '../api/paint-crop-layer';
import { zoneAnchors, zoneLayerPixels } from '../api/zone-layer';
import type { ZoneRow } from '../api/zone-summary';

const SIDE = 320;

async function paint(canvas: HTMLCanvasElement, map: Uint8Array, rows: readonly ZoneRow[], photo: Blob | null): Promise<void> {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  await paintCropLayer(ctx, SIDE, photo, zoneLayerPixels(map, MASK_SIZE, rows.map((r) => r.tint)));
}

/**
 * The skin zones over the analysed crop (both in the crop's roll-aligned frame), each tinted by
 * its findings and numbered as in the zone table.
 */
export function ZoneFaceMap({ layout, rows, photo }: { layout: Layout; rows: readonly ZoneRow[]; photo: Blob | null }): ReactNode {
  const { t } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const map = useMemo(() => zoneMap(layout, MASK_SIZE), [layout]);
  const anchors = useMemo(() => zoneAnchors(map, MASK_SIZE, ZONE_IDS.length), [map]);
  useEffect(() => {
    if (canvas.current) void paint(canvas.current, map, rows, photo);
  }, [map, rows, photo]);
  return (
    <div className="zone-map">
      <canvas ref={canvas} width={SIDE} height={SIDE} role="img" aria-label={t('result.zones.map')} data-testid="zone-map" />
      {rows.map((row) => {
        const anchor = anchors[ZONE_IDS.indexOf(row.zone)];
        if (!anchor) return null;
        return (
          <span key={row.zone} className="zone-number zone-badge" style={{ left: `${anchor[0] * 100}%`, top: `${anchor[1] * 100}%`, borderColor: row.tint.color }} aria-hidden="true">
            {row.number}
          </span>
        );
      })}
    </div>
  );
}
