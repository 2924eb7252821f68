import type { Insights } from '@derma/shared';

interface Entry {
  insights: Insights;
  until: number;
}

/** Taken before a read: what the cache knew of evictions then, and when. */
export interface ReadMark {
  evictions: number;
  at: number;
}

const PERIODS_PER_USER = 8;

/**
 * Cached insights kept in this process's memory for a few seconds, in front of the
 * `insight_cache` table, so a cached read needs no query. This process evicts a user's entries
 * the moment it changes their diagnoses (after the table's rows are gone), and a read that began
 * before an eviction is not kept after it; a change made by another process (a restore by the
 * operator CLI) shows within `ttlMs`. For one API process only: replicas do without it, as
 * another replica's submission would not evict it.
 */
export class InsightsMemory {
  /** Per user, per period in days. A Map iterates in insertion order: the first is the oldest. */
  private readonly entries = new Map<string, Map<number, Entry>>();
  /** Per user, the eviction count when they were last evicted, and when. */
  private readonly evicted = new Map<string, ReadMark>();
  private evictions = 0;

  constructor(
    private readonly ttlMs = 10_000,
    private readonly maxUsers = 50_000,
  ) {}

  /** The cached insights of a user over `days`, while fresh. */
  get(userId: string, days: number, now: number): Insights | null {
    const periods = this.entries.get(userId);
    const entry = periods?.get(days);
    if (!periods || !entry) return null;
    if (now < entry.until) return entry.insights;
    periods.delete(days);
    return null;
  }

  /** To take just before reading what `set` will keep. */
  mark(now: number): ReadMark {
    return { evictions: this.evictions, at: now };
  }

  /**
   * Keeps insights read since `mark` until the table row's `expiresAt` or `ttlMs` after the read
   * began, whichever comes first; not if the user was evicted since the mark.
   */
  set(userId: string, days: number, insights: Insights, expiresAt: number, mark: ReadMark, now: number): void {
    const until = Math.min(expiresAt, mark.at + this.ttlMs);
    if (now >= until || (this.evicted.get(userId)?.evictions ?? -1) > mark.evictions) return;
    let periods = this.entries.get(userId);
    if (!periods) {
      if (this.entries.size >= this.maxUsers) this.dropOldest(this.entries);
      periods = new Map();
      this.entries.set(userId, periods);
    }
    if (!periods.has(days) && periods.size >= PERIODS_PER_USER) this.dropOldest(periods);
    periods.set(days, { insights, until });
  }

  /** Forgets every cached period of a user, and refuses reads of them under way. */
  evictUser(userId: string, now = Date.now()): void {
    this.entries.delete(userId);
    this.evictions++;
    // A mark older than the ttl guards nothing: a read begun before it can no longer be kept.
    for (const [id, mark] of this.evicted) if (mark.at + this.ttlMs <= now) this.evicted.delete(id);
    this.evicted.set(userId, { evictions: this.evictions, at: now });
  }

  /** Users with cached insights. */
  get users(): number {
    return this.entries.size;
  }

  private dropOldest(map: Map<unknown, unknown>): void {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
}
