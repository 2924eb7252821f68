import type { DiagnosisDetail, DiagnosisList, DiagnosisScores, Insights, LatestDiagnosis, ListDiagnosesInput } from '@derma/shared';
import { jsonOf } from '../trpc/validated-output';

/** A cache key that carries the type of what is kept under it. */
export type ReadKey<T> = string & { readonly kept?: T };

/** The scores of a user since `since` (ms), as read then: what `diagnosis.history` windows ending now are cut from. */
export interface RecentScores {
  since: number;
  points: DiagnosisScores[];
}

/** The reads kept: a user's insights per period, newest diagnosis, list pages, diagnosis details and score history. */
export const readKeys = {
  insights: (days: number) => `insights:${days}` as ReadKey<Insights>,
  latest: 'latest' as ReadKey<LatestDiagnosis>,
  /** `input` as the procedure parsed it (defaults filled), so equal requests share a page. */
  list: (input: object) => `list:${JSON.stringify(input)}` as ReadKey<DiagnosisList>,
  detail: (id: string) => `detail:${id}` as ReadKey<DiagnosisDetail>,
  /** History with an end date: a fixed window. */
  history: (range: string, endDate: string) => `history:${range}:${endDate}` as ReadKey<DiagnosisScores[]>,
  /** History ending now: the scores since the window's start minus the ttl, cut per request. */
  recentScores: (range: string) => `recent-scores:${range}` as ReadKey<RecentScores>,
};

/** What a key of {@link readKeys} names, read back from it. */
export type ReadKeyOf =
  | { kind: 'insights'; days: number }
  | { kind: 'latest' }
  | { kind: 'list'; input: ListDiagnosesInput }
  | { kind: 'detail'; id: string }
  | { kind: 'history'; range: string; endDate: string }
  | { kind: 'recentScores'; range: string };

/** Reads a key `readKeys` wrote; undefined for any other string. */
export function parseReadKey(key: string): ReadKeyOf | undefined {
  const colon = key.indexOf(':');
  const [name, rest] = colon === -1 ? [key, ''] : [key.slice(0, colon), key.slice(colon + 1)];
  switch (name) {
    case 'insights':
      return { kind: 'insights', days: Number(rest) };
    case 'latest':
      return colon === -1 ? { kind: 'latest' } : undefined;
    case 'list':
      return { kind: 'list', input: JSON.parse(rest) as ListDiagnosesInput };
    case 'detail':
      return { kind: 'detail', id: rest };
    case 'history': {
      const at = rest.indexOf(':');
      return at === -1 ? undefined : { kind: 'history', range: rest.slice(0, at), endDate: rest.slice(at + 1) };
    }
    case 'recent-scores':
      return { kind: 'recentScores', range: rest };
    default:
      return undefined;
  }
}

interface Entry {
  value: unknown;
  until: number;
  bytes: number;
}

/** Taken before a read: what the memory knew of evictions then, and when. */
export interface ReadMark {
  evictions: number;
  at: number;
}

/** The limits of a {@link ReadMemory}. */
export interface ReadMemoryLimits {
  /** How long a read is kept after it began. */
  ttlMs: number;
  maxUsers: number;
  keysPerUser: number;
  /** Total size of the kept values, as JSON characters. */
  maxBytes: number;
}

const DEFAULTS: ReadMemoryLimits = { ttlMs: 60_000, maxUsers: 50_000, keysPerUser: 12, maxBytes: 64 * 1024 * 1024 };

/**
 * Recent reads of each user's own data (insights, newest diagnosis, list pages, details, score history) kept in
 * this process's memory for up to a minute, so repeating one needs no query. This process evicts (or,
 * for a new diagnosis, revises) a user's entries the moment it changes their diagnoses (after the
 * database has the change), and a read that began before that is not kept after it; a change made by another process (a
 * restore by the operator CLI) shows within `ttlMs`. For one API process only: replicas do without
 * it, as another replica's write would not evict it. Oldest users go first past `maxUsers` or
 * `maxBytes`, a user's oldest key past `keysPerUser`.
 */
export class ReadMemory {
  /** Per user, per key. A Map iterates in insertion order: the first is the oldest. */
  private readonly entries = new Map<string, Map<string, Entry>>();
  /** Per user, the eviction count when they were last evicted, and when. */
  private readonly evicted = new Map<string, ReadMark>();
  private evictions = 0;
  private bytes = 0;
  private readonly limits: ReadMemoryLimits;

  constructor(limits: Partial<ReadMemoryLimits> = {}) {
    this.limits = { ...DEFAULTS, ...limits };
  }

  /** What is kept under `key` for a user while fresh, as `{ value }` (a kept value may be null); undefined when nothing is. */
  get<T>(userId: string, key: ReadKey<T>, now: number): { value: T } | undefined {
    const keys = this.entries.get(userId);
    const entry = keys?.get(key);
    if (!keys || !entry) return undefined;
    if (now < entry.until) return { value: entry.value as T };
    this.drop(keys, key);
    return undefined;
  }

  /** To take just before reading what `set` will keep. */
  mark(now: number): ReadMark {
    return { evictions: this.evictions, at: now };
  }

  /**
   * Keeps a value read since `mark` until `ttlMs` after the read began (or `expiresAt`, when that
   * is sooner); not if the user was evicted since the mark.
   */
  set<T>(userId: string, key: ReadKey<T>, value: T, mark: ReadMark, now: number, expiresAt = Number.POSITIVE_INFINITY): void {
    const until = Math.min(expiresAt, mark.at + this.limits.ttlMs);
    if (now >= until || (this.evicted.get(userId)?.evictions ?? -1) > mark.evictions) return;
    const bytes = jsonOf(value)?.length ?? 0;
    if (bytes > this.limits.maxBytes) return;
    let keys = this.entries.get(userId);
    if (!keys) {
      keys = new Map();
      this.entries.set(userId, keys);
    }
    this.drop(keys, key);
    if (keys.size >= this.limits.keysPerUser) this.drop(keys, keys.keys().next().value as string);
    keys.set(key, { value, until, bytes });
    this.bytes += bytes;
    this.trim();
  }

  /**
   * After a change of a user's data that began at `mark`: refuses the user's reads under way, as
   * `evictUser`, and keeps each kept value `revise` maps to a new one (with the kept value's own
   * expiry), dropping those it maps to undefined. Everything is dropped when the user was evicted
   * since `mark` (another change ran alongside, which `revise` cannot know of).
   */
  reviseUser(userId: string, mark: ReadMark, revise: (key: string, value: unknown) => unknown, now = Date.now()): void {
    const keys = this.entries.get(userId);
    const alone = (this.evicted.get(userId)?.evictions ?? -1) <= mark.evictions;
    this.evictUser(userId, now);
    if (!keys || !alone) return;
    const kept = new Map<string, Entry>();
    for (const [key, entry] of keys) {
      if (now >= entry.until) continue;
      const value = revise(key, entry.value);
      if (value === undefined) continue;
      const bytes = jsonOf(value)?.length ?? 0;
      kept.set(key, { value, until: entry.until, bytes });
      this.bytes += bytes;
    }
    if (kept.size === 0) return;
    this.entries.set(userId, kept);
    this.trim();
  }

  /** Forgets everything kept for a user, and refuses reads of it under way. */
  evictUser(userId: string, now = Date.now()): void {
    this.evictEntries(userId);
    this.evictions++;
    // A mark older than the ttl guards nothing: a read begun before it can no longer be kept.
    // Re-inserted on each eviction, the marks stay oldest first, so the sweep stops at a fresh one.
    for (const [id, mark] of this.evicted) {
      if (mark.at + this.limits.ttlMs > now) break;
      this.evicted.delete(id);
    }
    this.evicted.delete(userId);
    this.evicted.set(userId, { evictions: this.evictions, at: now });
  }

  /** How long a read is kept after it began. */
  get ttlMs(): number {
    return this.limits.ttlMs;
  }

  /** Users with something kept. */
  get users(): number {
    return this.entries.size;
  }

  /** Size of everything kept, as JSON characters. */
  get keptBytes(): number {
    return this.bytes;
  }

  /** Oldest users go first past `maxUsers` or `maxBytes`. */
  private trim(): void {
    while (this.entries.size > this.limits.maxUsers || this.bytes > this.limits.maxBytes) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.evictEntries(oldest.value);
    }
  }

  private evictEntries(userId: string): void {
    const keys = this.entries.get(userId);
    if (!keys) return;
    for (const entry of keys.values()) this.bytes -= entry.bytes;
    this.entries.delete(userId);
  }

  private drop(keys: Map<string, Entry>, key: string): void {
    const entry = keys.get(key);
    if (!entry) return;
    this.bytes -= entry.bytes;
    keys.delete(key);
  }
}

/**
 * `read()`, answered from `memory` when it holds a fresh copy of the same read for this user, and
 * kept there afterwards (unless the user's data changed while it ran).
 */
export async function remembered<T>(memory: ReadMemory | null | undefined, userId: string, key: ReadKey<T>, read: () => Promise<T>): Promise<T> {
  if (!memory) return read();
  const now = Date.now();
  const kept = memory.get(userId, key, now);
  if (kept) return kept.value;
  const mark = memory.mark(now);
  const value = await read();
  memory.set(userId, key, value, mark, Date.now());
  return value;
}
