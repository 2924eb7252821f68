import type { ConditionId, DiagnosisResult, Finding, ZoneFinding, ZoneId } from '@derma/shared';
import { CONDITIONS, CONDITION_IDS, GUIDE_LAYOUT, MASK_SIZE, ZONE_IDS, encodeRle } from '@derma/shared';
import { describe, expect, it } from 'vitest';
import { CLEAR_ZONE_COLOR, zoneSummary } from './zone-summary';

type Cells = Partial<Record<ZoneId, ZoneFinding>>;

function finding(zones: Cells | undefined): Finding {
  const mask = encodeRle(new Uint8Array(MASK_SIZE * MASK_SIZE), MASK_SIZE, MASK_SIZE) as Finding['mask'];
  const all = zones && (Object.fromEntries(ZONE_IDS.map((z) => [z, zones[z] ?? { count: 0, coverage: 0 }])) as Record<ZoneId, ZoneFinding>);
  return { modelId: 'm', score: 90, areaRatio: 0.01, maxAreaRatio: 0.1, lesionCount: 0, detections: [], mask, ...(all ? { zones: all } : {}) };
}

function result(version: 1 | 2, zones: Partial<Record<ConditionId, Cells>> = {}): DiagnosisResult {
  const findings = Object.fromEntries(CONDITION_IDS.map((id) => [id, finding(version === 2 ? (zones[id] ?? {}) : undefined)])) as Record<ConditionId, Finding>;
  return {
    schemaVersion: version,
    image: { width: 512, height: 512 },
    crop: { x: 0, y: 0, size: 512 },
    face: null,
    ...(version === 2 ? { layout: GUIDE_LAYOUT } : {}),
    findings,
    totalScore: 90,
    models: [{ id: 'm', role: 'acne', version: '1', sha256: '0'.repeat(64), baseline: true }],
    backend: { runtime: 'onnxruntime-web', executionProvider: 'wasm', threads: 2, location: 'device' },
    timings: { face: 0, preprocess: 0, inference: 0, postprocess: 0, total: 0, perModel: {} },
  };
}

describe('zoneSummary', () => {
  it('shows nothing zone-related for a version 1 result', () => {
    expect(zoneSummary(result(1))).toBeNull();
  });

  it('lists every zone in display order, numbered from 1, with each condition\'s count and coverage', () => {
    const summary = zoneSummary(result(2, { acne: { chin: { count: 3, coverage: 0.02 } } }));
    expect(summary?.rows.map((r) => [r.zone, r.number])).toEqual(ZONE_IDS.map((z, i) => [z, i + 1]));
    expect(summary?.rows.find((r) => r.zone === 'chin')?.cells.acne).toEqual({ count: 3, coverage: 0.02 });
  });

  it('tints a zone in the colour of the condition covering most of its maxAreaRatio', () => {
    const summary = zoneSummary(result(2, { acne: { nose: { count: 1, coverage: 0.01 } }, wrinkle: { nose: { count: 1, coverage: 0.05 } } }));
    expect(summary?.rows.find((r) => r.zone === 'nose')?.tint).toEqual({ color: CONDITIONS.wrinkle.color, weight: 0.5, condition: 'wrinkle' });
  });

  it('tints a zone with a finding of tiny coverage visibly', () => {
    const summary = zoneSummary(result(2, { atopy: { forehead: { count: 1, coverage: 0.0001 } } }));
    expect(summary?.rows.find((r) => r.zone === 'forehead')?.tint.weight).toBeGreaterThanOrEqual(0.15);
  });

  it('leaves a zone without findings clear', () => {
    expect(zoneSummary(result(2))?.rows.every((r) => r.tint.weight === 0 && r.tint.color === CLEAR_ZONE_COLOR)).toBe(true);
  });

  it('says whether the zones follow a detected face or the on-screen guide', () => {
    expect(zoneSummary(result(2))?.source).toBe('guide');
  });
});
