import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Ollama } from 'ollama';
import { Gauge } from 'prom-client';
import { DEFAULT_MANIFEST_PATH } from '../inference/manifest-file';
import { InferencePool } from '../inference/pool/inference-pool';
import { RedisSessionCache } from '../auth/redis-session-cache';
import type { ValidatedSessionCache } from '../auth/session-cache';
import { ReadMemory } from '../services/read-memory';
import { SessionCache } from '../auth/session-cache';
import { PhotoStore } from '../photos/photo-store';
import { createLogMailer, createSmtpMailer } from '../auth/mailer';
import { createDatabase, type DatabaseHandle } from '../db/client';
import { DatabaseStatus } from '../db/database-status';
import type { Env } from '../env';
import { createLogger } from '../observability/logger';
import { createMetrics, type Metrics } from '../observability/metrics';
import { MemoryRateLimiter } from '../rate-limit/memory-rate-limiter';
import { RedisRateLimiter } from '../rate-limit/redis-rate-limiter';
import { apiConfigFromEnv } from '../trpc/api-config';
import type { AppDeps } from './app';

/** Reports the pool's queued and running jobs, read on every scrape. */
function trackPool(metrics: Metrics, pool: InferencePool): void {
  new Gauge({
    name: 'derma_analysis_jobs',
    help: 'Server inference pool jobs by state (queued, running)',
    labelNames: ['state'],
    registers: [metrics.registry],
    collect() {
      const stats = pool.stats();
      this.set({ state: 'queued' }, stats.queued);
      this.set({ state: 'running' }, stats.busy);
    },
  });
}

/** Everything the app needs, built from the environment; `close` releases pools and clients. */
export function createDepsFromEnv(env: Env): { deps: AppDeps; database: DatabaseHandle; close(): Promise<void> } {
  const logger = createLogger(env.LOG_LEVEL);
  const database = createDatabase(env.DATABASE_URL);
  const rateLimiter = env.REDIS_URL ? new RedisRateLimiter(env.REDIS_URL) : new MemoryRateLimiter();
  const sessionCache: ValidatedSessionCache = env.REDIS_URL ? new RedisSessionCache(env.REDIS_URL) : new SessionCache();
  // Replicas (REDIS_URL) read from the database: another replica's submission could not evict a copy here.
  const readMemory = env.REDIS_URL ? null : new ReadMemory();
  const mailer = env.SMTP_HOST
    ? createSmtpMailer({
        host: env.SMTP_HOST,
        port: env.SMTP_PORT,
        secure: env.SMTP_SECURE,
        user: env.SMTP_USER,
        password: env.SMTP_PASSWORD,
        from: env.SMTP_FROM,
      })
    : createLogMailer(logger);
  const metrics = createMetrics();
  const inference = env.SERVER_INFERENCE
    ? new InferencePool({
        manifestPath: env.MODELS_DIR ? join(env.MODELS_DIR, 'manifest.json') : DEFAULT_MANIFEST_PATH,
        // One single-threaded session set per worker, one worker per core: no oversubscription.
        size: env.INFERENCE_WORKERS || Math.max(1, availableParallelism()),
        threads: 1,
        maxQueue: env.INFERENCE_QUEUE,
        timeoutMs: env.REQUEST_TIMEOUT * 1000,
        limits: { maxBytes: env.MAX_IMAGE_SIZE, maxPixels: env.MAX_IMAGE_PIXELS },
      })
    : null;
  if (inference) trackPool(metrics, inference);
  const deps: AppDeps = {
    db: database.db,
    dbStatus: new DatabaseStatus(false, 'connecting'),
    // The ollama client ignores OLLAMA_HOST by itself: pass it explicitly.
    ollama: new Ollama({ host: env.OLLAMA_HOST }),
    config: apiConfigFromEnv(env),
    rateLimiter,
    mailer,
    metrics,
    inference,
    photos: new PhotoStore(env.PHOTO_DIR),
    // Several replicas (REDIS_URL set) must see a logout at once: they share one cache in Redis.
    sessionCache,
    readMemory,
    logger,
    corsOrigins: env.CORS_ORIGINS,
    trustProxy: env.TRUST_PROXY,
    staticDir: env.STATIC_DIR,
    modelsDir: env.MODELS_DIR,
  };
  return {
    deps,
    database,
    close: async () => {
      await inference?.close();
      await rateLimiter.close();
      await sessionCache.close?.();
      await database.close();
    },
  };
}
