import { describe, expect, it } from 'vitest';
import { nextRetryDelay, RETRY_FIRST_MS, RETRY_MAX_MS } from './use-outbox-sync';

describe('nextRetryDelay', () => {
  it('starts at 30 s and doubles up to 10 minutes', () => {
    const delays: number[] = [];
    let delay: number | null = null;
    for (let i = 0; i < 7; i++) delays.push((delay = nextRetryDelay(delay)));
    expect(RETRY_FIRST_MS).toBe(30_000);
    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, RETRY_MAX_MS, RETRY_MAX_MS]);
  });
});
