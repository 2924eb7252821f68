import type { Insights } from '@derma/shared';
import { describe, expect, it } from 'vitest';
import { parseReadKey, ReadMemory, readKeys, remembered } from './read-memory';

const insights = (dataPoints: number) => ({ status: 'insufficient_data', dataPoints, required: 3, needed: 3 - dataPoints }) as unknown as Insights;
const month = readKeys.insights(30);
const value = <T>(kept: { value: T } | undefined): T | undefined => kept?.value;

describe('ReadMemory', () => {
  it('keeps a read until the ttl after it began, or an earlier expiry it is given', () => {
    const memory = new ReadMemory({ ttlMs: 1_000 });
    memory.set('u', month, insights(1), memory.mark(0), 5);
    expect(value(memory.get('u', month, 999))).toEqual(insights(1));
    expect(memory.get('u', month, 1_000)).toBeUndefined();
    memory.set('u', month, insights(1), memory.mark(0), 5, 500);
    expect(value(memory.get('u', month, 499))).toEqual(insights(1));
    expect(memory.get('u', month, 500)).toBeUndefined();
    expect(memory.get('u', readKeys.insights(7), 0)).toBeUndefined();
  });

  it('keeps a null read (no diagnosis yet) as a value, not as a miss', () => {
    const memory = new ReadMemory();
    memory.set('u', readKeys.latest, null, memory.mark(0), 0);
    expect(memory.get('u', readKeys.latest, 1)).toEqual({ value: null });
  });

  it('does not keep a read that an eviction overtook, and keeps one begun after it', () => {
    const memory = new ReadMemory({ ttlMs: 1_000 });
    const before = memory.mark(10);
    memory.evictUser('u', 20);
    memory.set('u', month, insights(1), before, 30);
    expect(memory.get('u', month, 40)).toBeUndefined();
    memory.set('u', month, insights(2), memory.mark(50), 60);
    expect(value(memory.get('u', month, 70))).toEqual(insights(2));
  });

  it('does not keep a read begun longer than the ttl ago, even once its eviction mark is gone', () => {
    const memory = new ReadMemory({ ttlMs: 1_000 });
    const old = memory.mark(0);
    memory.evictUser('u', 10);
    memory.evictUser('other', 5_000);
    memory.set('u', month, insights(1), old, 5_001);
    expect(memory.get('u', month, 5_002)).toBeUndefined();
  });

  it("evicts every read of one user and nobody else's", () => {
    const memory = new ReadMemory();
    memory.set('u', readKeys.insights(7), insights(7), memory.mark(0), 0);
    memory.set('u', readKeys.latest, null, memory.mark(0), 0);
    memory.set('v', month, insights(30), memory.mark(0), 0);
    memory.evictUser('u', 1);
    expect([memory.get('u', readKeys.insights(7), 2), memory.get('u', readKeys.latest, 2), value(memory.get('v', month, 2))]).toEqual([undefined, undefined, insights(30)]);
  });

  it('holds at most its number of users and keys per user (eight here), dropping the oldest', () => {
    const memory = new ReadMemory({ maxUsers: 2, keysPerUser: 8 });
    for (const user of ['a', 'b', 'c']) memory.set(user, month, insights(1), memory.mark(0), 0);
    expect(memory.users).toBe(2);
    expect(memory.get('a', month, 1)).toBeUndefined();
    for (let days = 1; days <= 9; days++) memory.set('c', readKeys.insights(days), insights(days), memory.mark(0), 0);
    expect(memory.get('c', readKeys.insights(1), 1)).toBeUndefined();
    expect(value(memory.get('c', readKeys.insights(9), 1))).toEqual(insights(9));
    expect(memory.get('c', month, 1)).toBeUndefined();
  });

  it('holds at most its bytes, counted as JSON, dropping the oldest users first', () => {
    const size = JSON.stringify(insights(1)).length;
    const memory = new ReadMemory({ maxBytes: 2 * size });
    for (const user of ['a', 'b', 'c']) memory.set(user, month, insights(1), memory.mark(0), 0);
    expect([memory.users, memory.keptBytes]).toEqual([2, 2 * size]);
    expect(memory.get('a', month, 1)).toBeUndefined();
    memory.evictUser('b', 1);
    memory.set('c', month, insights(1), memory.mark(2), 2);
    expect(memory.keptBytes).toBe(size);
  });
});

describe('ReadMemory.reviseUser', () => {
  const revised = (key: string) => (key === readKeys.latest ? undefined : insights(9));

  it('keeps what the reviser maps each read to until that read\'s own expiry, and drops what it maps to undefined', () => {
    const memory = new ReadMemory({ ttlMs: 1_000 });
    memory.set('u', month, insights(1), memory.mark(0), 0);
    memory.set('u', readKeys.latest, null, memory.mark(0), 0);
    memory.reviseUser('u', memory.mark(400), revised, 500);
    expect([value(memory.get('u', month, 999)), memory.get('u', readKeys.latest, 600)]).toEqual([insights(9), undefined]);
    expect(memory.keptBytes).toBe(JSON.stringify(insights(9)).length);
    expect(memory.get('u', month, 1_000)).toBeUndefined();
  });

  it('refuses a read begun before the revision, as an eviction does', () => {
    const memory = new ReadMemory({ ttlMs: 1_000 });
    const before = memory.mark(10);
    memory.reviseUser('u', memory.mark(10), revised, 20);
    memory.set('u', month, insights(1), before, 30);
    expect(memory.get('u', month, 40)).toBeUndefined();
  });

  it('drops every read of the user when another change evicted them since the revision\'s mark', () => {
    const memory = new ReadMemory({ ttlMs: 1_000 });
    const since = memory.mark(0);
    memory.evictUser('u', 5);
    memory.set('u', month, insights(1), memory.mark(6), 6);
    memory.reviseUser('u', since, revised, 10);
    expect(memory.get('u', month, 11)).toBeUndefined();
  });
});

describe('parseReadKey', () => {
  it('reads back every kind of key readKeys writes, and nothing else', () => {
    expect(parseReadKey(readKeys.insights(30))).toEqual({ kind: 'insights', days: 30 });
    expect(parseReadKey(readKeys.latest)).toEqual({ kind: 'latest' });
    expect(parseReadKey(readKeys.list({ limit: 20, cursor: 'c' }))).toEqual({ kind: 'list', input: { limit: 20, cursor: 'c' } });
    expect(parseReadKey(readKeys.detail('d1'))).toEqual({ kind: 'detail', id: 'd1' });
    expect(parseReadKey(readKeys.history('week', '2026-12-01T10:00:00.000Z'))).toEqual({ kind: 'history', range: 'week', endDate: '2026-12-01T10:00:00.000Z' });
    expect(parseReadKey(readKeys.recentScores('month'))).toEqual({ kind: 'recentScores', range: 'month' });
    expect([parseReadKey('latest:x'), parseReadKey('other:1'), parseReadKey('history:week')]).toEqual([undefined, undefined, undefined]);
  });
});

describe('remembered', () => {
  it('reads once while the copy is fresh, and again after the user is evicted', async () => {
    const memory = new ReadMemory();
    let reads = 0;
    const read = async () => ++reads;
    const key = readKeys.detail('d1') as unknown as Parameters<typeof remembered<number>>[2];
    expect([await remembered(memory, 'u', key, read), await remembered(memory, 'u', key, read)]).toEqual([1, 1]);
    memory.evictUser('u');
    expect(await remembered(memory, 'u', key, read)).toBe(2);
    expect(await remembered(null, 'u', key, read)).toBe(3);
  });
});
