import { Redis } from 'ioredis';

/**
 * A Redis connection as the rate limits and the session cache use it: commands queued while it
 * (re)connects, each failing after two retries or a second without an answer, and connection
 * errors surfacing per command rather than as unhandled error events.
 */
export function createRedisClient(url: string): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false, commandTimeout: 1_000 });
  redis.on('error', () => undefined);
  return redis;
}
