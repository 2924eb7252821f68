import { describe, expect, it } from 'vitest';
import { RedisSessionCache } from '../auth/redis-session-cache';
import { SessionCache } from '../auth/session-cache';
import { parseEnv } from '../env';
import { createDepsFromEnv } from './create-deps';

/** Dependencies of a server that analyses nothing on the server, closed right away. */
async function depsFor(extra: Record<string, string>): Promise<ReturnType<typeof createDepsFromEnv>['deps']> {
  const made = createDepsFromEnv(parseEnv({ SERVER_INFERENCE: 'false', LOG_LEVEL: 'silent', ...extra }));
  await made.close();
  return made.deps;
}

describe('createDepsFromEnv', () => {
  it('caches validated sessions when it is the only instance', async () => {
    expect((await depsFor({})).sessionCache).toBeInstanceOf(SessionCache);
  });

  it('shares one session cache in Redis when replicas share Redis, so a logout reaches every instance at once', async () => {
    expect((await depsFor({ REDIS_URL: 'redis://127.0.0.1:6379' })).sessionCache).toBeInstanceOf(RedisSessionCache);
  });
});
