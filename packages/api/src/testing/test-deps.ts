import { Ollama } from 'ollama';
import { pino } from 'pino';
import type { Mailer } from '../auth/mailer';
import { ReadMemory } from '../services/read-memory';
import { SessionCache } from '../auth/session-cache';
import { DatabaseStatus } from '../db/database-status';
import { createMetrics } from '../observability/metrics';
import { MemoryRateLimiter } from '../rate-limit/memory-rate-limiter';
import type { ApiConfig } from '../trpc/api-config';
import type { ApiDeps } from '../trpc/context';
import type { Database } from '../db/client';

/** Settings for tests: generous limits, short timeouts. */
export const TEST_CONFIG: ApiConfig = {
  production: false,
  appUrl: 'http://localhost:8000',
  ollamaModel: 'gemma2:9b',
  ollamaVisionModel: 'llava',
  requestTimeoutMs: 5_000,
  insightsCacheTtlSeconds: 3600,
  insightsMinDataPoints: 3,
  apiRateLimit: 10_000,
  authRateLimit: { perIp: 1_000, perAccount: 1_000, windowMs: 60_000 },
  maxSubmitBytes: 2 * 1024 * 1024,
  maxImageBytes: 10 * 1024 * 1024,
  maxImagePixels: 40_000_000,
  analyzeRateLimit: { guestPerMinute: 1_000, userPerMinute: 1_000 },
};

/** A mailer that keeps what it would send. */
export function createMemoryMailer(): Mailer & { sent: { to: string; url: string }[] } {
  const sent: { to: string; url: string }[] = [];
  return {
    sent,
    async sendPasswordReset(to, url) {
      sent.push({ to, url });
    },
  };
}

/** Dependencies of the API for a test database; `ollamaHost` defaults to a closed port. */
export function createTestDeps(db: Database, overrides: Partial<Omit<ApiDeps, 'config'>> & { ollamaHost?: string; config?: Partial<ApiConfig> } = {}): ApiDeps {
  const { ollamaHost, config, ...rest } = overrides;
  return {
    db,
    dbStatus: new DatabaseStatus(),
    ollama: new Ollama({ host: ollamaHost ?? 'http://127.0.0.1:9' }),
    rateLimiter: new MemoryRateLimiter(),
    mailer: createMemoryMailer(),
    metrics: createMetrics(false),
    logger: pino({ level: 'silent' }),
    sessionCache: new SessionCache(),
    readMemory: new ReadMemory(),
    ...rest,
    config: { ...TEST_CONFIG, ...config },
  };
}
