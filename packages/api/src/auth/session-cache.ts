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

  set(sessionId: string, validation: SessionValidation, now: number): void {
    // A Map iterates in insertion order: dropping the first entry drops the oldest.
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(sessionId, { validation: { session: { ...validation.session }, user: { ...validation.user } }, until: now + this.ttlMs });
  }

  evictSession(sessionId: string): void {
    this.entries.delete(sessionId);
  }

  evictUser(userId: string): void {
    for (const [id, entry] of this.entries) if (entry.validation.user.id === userId) this.entries.delete(id);
  }

  get size(): number {
    return this.entries.size;
  }
}
