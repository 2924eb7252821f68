import type { Redis } from 'ioredis';
import { createRedisClient } from '../rate-limit/redis-client';
import type { SessionValidation } from './session';
import type { ValidatedSessionCache } from './session-cache';

// A validation is cached only if neither its session nor its user was evicted in the last
// 2 × ttl: a request that read the row just before a logout on another replica must not bring it
// back. Presence, not timestamps, so the replicas' clocks need not agree.
const SET_SCRIPT = `
if redis.call('EXISTS', KEYS[2]) == 1 or redis.call('EXISTS', KEYS[3]) == 1 then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
redis.call('SADD', KEYS[4], ARGV[3])
if redis.call('PTTL', KEYS[4]) < tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[4], ARGV[2]) end
return 1
`;

const EVICT_SESSION_SCRIPT = `
redis.call('SET', KEYS[2], '1', 'PX', ARGV[1])
return redis.call('DEL', KEYS[1])
`;

// KEYS[1]: the user's set of cached session ids; KEYS[2]: the user's eviction mark; ARGV[2]: the
// entry key prefix.
const EVICT_USER_SCRIPT = `
redis.call('SET', KEYS[2], '1', 'PX', ARGV[1])
for _, id in ipairs(redis.call('SMEMBERS', KEYS[1])) do redis.call('DEL', ARGV[2] .. id) end
return redis.call('DEL', KEYS[1])
`;

interface Stored {
  session: { id: string; userId: string; expiresAt: number };
  user: { id: string; email: string; username: string; createdAt: number };
}

/**
 * Validated sessions in Redis, shared by every API replica (REDIS_URL): a session validated by
 * one replica is answered by all for `ttlMs` without a database read, and a logout, password
 * change, account deletion or `derma user disable` on any replica or the CLI evicts it for all
 * at once.
 */
export class RedisSessionCache implements ValidatedSessionCache {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly ttlMs = 10_000,
    private readonly prefix = 'derma:session:',
  ) {
    // A command Redis cannot answer within a second fails: reads and writes then go to the database.
    this.redis = createRedisClient(url);
  }

  private entryKey(sessionId: string): string {
    return `${this.prefix}s:${sessionId}`;
  }

  /** A miss when Redis cannot answer: the session is then read from the database. */
  async get(sessionId: string, now: number): Promise<SessionValidation | null> {
    const raw = await this.redis.get(this.entryKey(sessionId)).catch(() => null);
    if (!raw) return null;
    const { session, user } = JSON.parse(raw) as Stored;
    if (now >= session.expiresAt) return null;
    return { session: { ...session, expiresAt: new Date(session.expiresAt) }, user: { ...user, createdAt: new Date(user.createdAt) } };
  }

  /** Cached until `lookedUpAt` + ttl, as the memory cache does: a read that stalled is not kept longer. */
  async set(sessionId: string, validation: SessionValidation, lookedUpAt: number): Promise<void> {
    const remaining = Math.ceil(lookedUpAt + this.ttlMs - Date.now());
    if (remaining <= 0) return;
    const { session, user } = validation;
    const stored: Stored = {
      session: { id: session.id, userId: session.userId, expiresAt: session.expiresAt.getTime() },
      user: { id: user.id, email: user.email, username: user.username, createdAt: user.createdAt.getTime() },
    };
    const keys = [this.entryKey(sessionId), `${this.prefix}evicted:s:${sessionId}`, `${this.prefix}evicted:u:${user.id}`, `${this.prefix}u:${user.id}`];
    // Not cached when Redis cannot take it: the next request reads the database again.
    await this.redis.eval(SET_SCRIPT, keys.length, ...keys, JSON.stringify(stored), String(remaining), sessionId).catch(() => undefined);
  }

  /** Fails loudly, as does evictUser: a logout that could not reach the other replicas must not look done. */
  async evictSession(sessionId: string): Promise<void> {
    await this.redis.eval(EVICT_SESSION_SCRIPT, 2, this.entryKey(sessionId), `${this.prefix}evicted:s:${sessionId}`, String(2 * this.ttlMs));
  }

  async evictUser(userId: string): Promise<void> {
    await this.redis.eval(EVICT_USER_SCRIPT, 2, `${this.prefix}u:${userId}`, `${this.prefix}evicted:u:${userId}`, String(2 * this.ttlMs), `${this.prefix}s:`);
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }

  /** Drops the connection at once, without waiting for Redis (which may be unreachable). */
  disconnect(): void {
    this.redis.disconnect();
  }
}
