import type { DiagnosisDetail, DiagnosisList, DiagnosisScores } from '@derma/shared';
import { describe, expect, it } from 'vitest';
import { makeResult } from '../../testing/result-factory';
import { readKeys, type RecentScores } from '../read-memory';
import { withAddedDiagnosis } from './added-diagnosis';

const AT = '2026-12-01T10:00:00.000Z';
const EARLIER = '2026-12-01T09:00:00.000Z';
const scores = { acne: 90, atopy: 100, wrinkle: 95 };
const result = makeResult();
const detail = (id: string, createdAt: string): DiagnosisDetail => ({ id, createdAt, totalScore: 95, scores, clientId: `c-${id}`, lesionCounts: { acne: 1, atopy: 0, wrinkle: 0 }, location: 'device', hasPhoto: false, recent: [], result });
const point = (id: string, createdAt: string): DiagnosisScores => ({ id, createdAt, totalScore: 95, scores });
const page = (...items: DiagnosisDetail[]): DiagnosisList => ({ items: items.map(({ id, createdAt, totalScore, scores, clientId, lesionCounts, location }) => ({ id, createdAt, totalScore, scores, clientId, lesionCounts, location })), nextCursor: null });
const recent = (...points: DiagnosisScores[]): RecentScores => ({ since: 0, points });

describe('withAddedDiagnosis', () => {
  const revise = withAddedDiagnosis(detail('new', AT));

  it('drops a kept read holding another diagnosis as new as the added one (the same millisecond: ids decide the order)', () => {
    const twin = detail('twin', AT);
    expect(revise(readKeys.latest, { ...twin, comparedToPrevious: null })).toBeUndefined();
    expect(revise(readKeys.list({}), page(twin))).toBeUndefined();
    expect(revise(readKeys.recentScores('week'), recent(point('twin', AT)))).toBeUndefined();
    expect(revise(readKeys.detail('twin'), twin)).toBeUndefined();
  });

  it('keeps a kept read that already holds the added diagnosis as it is', () => {
    const added = detail('new', AT);
    const latest = { ...added, comparedToPrevious: null };
    const listed = page(added, detail('old', EARLIER));
    const points = recent(point('old', EARLIER), point('new', AT));
    expect([revise(readKeys.latest, latest), revise(readKeys.list({}), listed), revise(readKeys.recentScores('month'), points)]).toEqual([latest, listed, points]);
  });

  it('adds it to the newest, the first page and the recent scores, and leaves older details and past windows alone', () => {
    const old = detail('old', EARLIER);
    expect((revise(readKeys.latest, null) as { id: string }).id).toBe('new');
    expect(revise(readKeys.list({ limit: 1 }), page(old))).toEqual({ items: page(detail('new', AT)).items, nextCursor: `${Date.parse(AT)}_new` });
    expect((revise(readKeys.recentScores('week'), recent(point('old', EARLIER))) as RecentScores).points.map((p) => p.id)).toEqual(['old', 'new']);
    expect(revise(readKeys.detail('old'), old)).toBe(old);
    expect(revise(readKeys.detail('gone'), null)).toBeNull();
    const past = { range: 'week', points: [] };
    expect(revise(readKeys.history('week', EARLIER), past)).toBe(past);
  });

  it('drops pages with a window or a cursor, history windows ending at or after it, and insights', () => {
    const old = page(detail('old', EARLIER));
    expect([readKeys.list({ cursor: 'x' }), readKeys.list({ from: EARLIER }), readKeys.list({ to: AT })].map((key) => revise(key, old))).toEqual([undefined, undefined, undefined]);
    expect(revise(readKeys.history('week', AT), { range: 'week', points: [] })).toBeUndefined();
    expect(revise(readKeys.insights(30), { status: 'insufficient_data' })).toBeUndefined();
  });
});
