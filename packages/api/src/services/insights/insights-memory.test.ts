import type { Insights } from '@derma/shared';
import { describe, expect, it } from 'vitest';
import { InsightsMemory } from './insights-memory';

const insights = (dataPoints: number) => ({ status: 'insufficient_data', dataPoints, required: 3, needed: 3 - dataPoints }) as unknown as Insights;
const FAR = 1e15;

describe('InsightsMemory', () => {
  it('keeps insights until the table row expires or the ttl after the read began, whichever is first', () => {
    const memory = new InsightsMemory(1_000);
    memory.set('u', 30, insights(1), FAR, memory.mark(0), 5);
    expect(memory.get('u', 30, 999)).toEqual(insights(1));
    expect(memory.get('u', 30, 1_000)).toBeNull();
    memory.set('u', 30, insights(1), 500, memory.mark(0), 5);
    expect(memory.get('u', 30, 499)).toEqual(insights(1));
    expect(memory.get('u', 30, 500)).toBeNull();
    expect(memory.get('u', 7, 0)).toBeNull();
  });

  it('does not keep a read that an eviction overtook, and keeps one begun after it', () => {
    const memory = new InsightsMemory(1_000);
    const before = memory.mark(10);
    memory.evictUser('u', 20);
    memory.set('u', 30, insights(1), FAR, before, 30);
    expect(memory.get('u', 30, 40)).toBeNull();
    memory.set('u', 30, insights(2), FAR, memory.mark(50), 60);
    expect(memory.get('u', 30, 70)).toEqual(insights(2));
  });

  it('does not keep a read begun longer than the ttl ago, even once its eviction mark is gone', () => {
    const memory = new InsightsMemory(1_000);
    const old = memory.mark(0);
    memory.evictUser('u', 10);
    memory.evictUser('other', 5_000);
    memory.set('u', 30, insights(1), FAR, old, 5_001);
    expect(memory.get('u', 30, 5_002)).toBeNull();
  });

  it("evicts every period of one user and nobody else's", () => {
    const memory = new InsightsMemory(1_000);
    for (const [user, days] of [['u', 7], ['u', 30], ['v', 30]] as const) memory.set(user, days, insights(days), FAR, memory.mark(0), 0);
    memory.evictUser('u', 1);
    expect([memory.get('u', 7, 2), memory.get('u', 30, 2), memory.get('v', 30, 2)]).toEqual([null, null, insights(30)]);
  });

  it('holds at most its number of users and eight periods each, dropping the oldest', () => {
    const memory = new InsightsMemory(1_000, 2);
    for (const user of ['a', 'b', 'c']) memory.set(user, 30, insights(1), FAR, memory.mark(0), 0);
    expect(memory.users).toBe(2);
    expect(memory.get('a', 30, 1)).toBeNull();
    for (let days = 1; days <= 9; days++) memory.set('c', days, insights(days), FAR, memory.mark(0), 0);
    expect(memory.get('c', 1, 1)).toBeNull();
    expect(memory.get('c', 9, 1)).toEqual(insights(9));
    expect(memory.get('c', 30, 1)).toBeNull();
  });
});
