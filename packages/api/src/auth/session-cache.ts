import type { SessionValidation } from './session';

interface Entry {
  validation: SessionValidation;
  until: number;
}

/**
 * Validated sessions kept in memory for a few seconds, so the hot read path does not query
 * the sessions table on every request. This process evicts a session the moment it ends it
 * (logout, password change or reset, account deletion, profile change); a change made by
 * another process (the operator CLI disabling a user) takes effect within `ttlMs`.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  /** When a session (`s:<id>`) or all of a user's sessions (`u:<id>`) were last revoked. */
  private readonly revoked = new Map<string, number>();

  constructor(
    private readonly ttlMs = 10_000,
    private readonly maxEntries = 50_000,
  ) {}

  /** The cached validation of a session id, while fresh and before the session expires. */
  get(sessionId: string, now: number): SessionValidation | null {
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
  set(sessionId: string, validation: SessionValidation, lookedUpAt: number): void {
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
  evictSession(sessionId: string, now = Date.now()): void {
    this.entries.delete(sessionId);
    this.markRevoked(`s:${sessionId}`, now);
  }

  /** Forgets every session of a user and refuses to cache reads of them made before `now`. */
  evictUser(userId: string, now = Date.now()): void {
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
