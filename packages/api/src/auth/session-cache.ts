import type { SessionValidation } from './session';

/**
 * Recently validated sessions, so the hot read path does not query the sessions table on every
 * request: in this process's memory (`SessionCache`, one API process) or in Redis
 * (`RedisSessionCache`, shared by every replica). A session or user evicted is never answered
 * again, and a read made before the eviction is not cached after it.
 */
export interface ValidatedSessionCache {
  get(sessionId: string, now: number): Promise<SessionValidation | null>;
  /** Caches a validation read from the database at `lookedUpAt` (ms). */
  set(sessionId: string, validation: SessionValidation, lookedUpAt: number): Promise<void>;
  evictSession(sessionId: string): Promise<void>;
  evictUser(userId: string): Promise<void>;
  /** Lets go of what the cache holds open (a Redis connection); none for the memory cache. */
  close?(): Promise<void>;
}

interface Entry {
  validation: SessionValidation;
  until: number;
}

/**
 * Validated sessions kept in this process's memory for a few seconds. This process evicts a
 * session the moment it ends it (logout, password change or reset, account deletion, profile
 * change); a change made by another process (the operator CLI disabling a user) takes effect
 * within `ttlMs`. Several replicas share a `RedisSessionCache` instead.
 */
export class SessionCache implements ValidatedSessionCache {
  private readonly entries = new Map<string, Entry>();
  /** When a session (`s:<id>`) or all of a user's sessions (`u:<id>`) were last revoked. */
  private readonly revoked = new Map<string, number>();

  constructor(
    private readonly ttlMs = 10_000,
    private readonly maxEntries = 50_000,
  ) {}

  /** The cached validation of a session id, while fresh and before the session expires. */
  async get(sessionId: string, now: number): Promise<SessionValidation | null> {
    const entry = this.entries.get(sessionId);
    if (!entry) return null;
    if (now >= entry.until || now >= entry.validation.session.expiresAt.getTime()) {
      this.entries.delete(sessionId);
      return null;
    }
    return entry.validation;
  }

  /**
   * Caches a validation read from the database at `lookedUpAt`, unless the session or its user
   * was revoked since: a request that read the row just before a logout must not bring it back.
   */
  async set(sessionId: string, validation: SessionValidation, lookedUpAt: number): Promise<void> {
    const revokedAt = Math.max(this.revoked.get(`s:${sessionId}`) ?? -Infinity, this.revoked.get(`u:${validation.user.id}`) ?? -Infinity);
    if (revokedAt >= lookedUpAt) return;
    // A Map iterates in insertion order: dropping the first entry drops the oldest.
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(sessionId, { validation: { session: { ...validation.session }, user: { ...validation.user } }, until: lookedUpAt + this.ttlMs });
  }

  /** Forgets a session and refuses to cache reads of it made before `now`. */
  async evictSession(sessionId: string, now = Date.now()): Promise<void> {
    this.entries.delete(sessionId);
    this.markRevoked(`s:${sessionId}`, now);
  }

  /** Forgets every session of a user and refuses to cache reads of them made before `now`. */
  async evictUser(userId: string, now = Date.now()): Promise<void> {
    for (const [id, entry] of this.entries) if (entry.validation.user.id === userId) this.entries.delete(id);
    this.markRevoked(`u:${userId}`, now);
  }

  private markRevoked(key: string, now: number): void {
    // Marks older than the ttl can no longer matter: any read they guard against has expired.
    for (const [k, at] of this.revoked) if (at + this.ttlMs < now) this.revoked.delete(k);
    this.revoked.set(key, now);
  }

  get size(): number {
    return this.entries.size;
  }
}
