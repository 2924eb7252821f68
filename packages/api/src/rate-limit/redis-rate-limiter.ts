import type { Redis } from 'ioredis';
import { createRedisClient } from './redis-client';
import { toResult, type RateLimiter, type RateLimitResult } from './rate-limiter';

// Atomic: increment, start the window on the first hit, return count and time left.
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) ttl = tonumber(ARGV[1]) end
return {count, ttl}
`;

/** Fixed-window counters in Redis, shared by every API replica. */
export class RedisRateLimiter implements RateLimiter {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix = 'derma:rl:',
  ) {
    this.redis = createRedisClient(url);
  }

  async hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    const reply = (await this.redis.eval(HIT_SCRIPT, 1, this.prefix + key, String(windowMs))) as [number, number];
    const [count, ttl] = reply;
    return toResult(count, limit, ttl);
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(this.prefix + key);
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}
