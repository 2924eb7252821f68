import type { Env } from '../env';

/** The settings procedures read, derived once from the environment (or given by tests). */
export interface ApiConfig {
  production: boolean;
  appUrl: string;
  ollamaModel: string;
  ollamaVisionModel: string;
  /** Limit on one Ollama exchange, in ms. */
  requestTimeoutMs: number;
  insightsCacheTtlSeconds: number;
  insightsMinDataPoints: number;
  /** Calls per minute per IP over all procedures. */
  apiRateLimit: number;
  /** Auth calls per window per IP, and login attempts per window per account. */
  authRateLimit: { perIp: number; perAccount: number; windowMs: number };
  /** Largest accepted JSON body of a diagnosis submission, in bytes. */
  maxSubmitBytes: number;
  /** Largest photo `diagnosis.analyze` accepts, in bytes (`MAX_IMAGE_SIZE`). */
  maxImageBytes: number;
  /** Most pixels an uploaded photo may declare (`MAX_IMAGE_PIXELS`): decompression bombs. */
  maxImagePixels: number;
  /** Server analyses per minute: guests (per IP) are held tighter than signed-in users. */
  analyzeRateLimit: { guestPerMinute: number; userPerMinute: number };
}

/** The API settings of an environment. */
export function apiConfigFromEnv(env: Env): ApiConfig {
  return {
    production: env.NODE_ENV === 'production',
    appUrl: env.APP_URL,
    ollamaModel: env.OLLAMA_MODEL,
    ollamaVisionModel: env.OLLAMA_VISION_MODEL,
    requestTimeoutMs: env.REQUEST_TIMEOUT * 1000,
    insightsCacheTtlSeconds: env.AI_INSIGHTS_CACHE_TTL,
    insightsMinDataPoints: env.AI_INSIGHTS_MIN_DATA_POINTS,
    apiRateLimit: env.API_RATE_LIMIT,
    authRateLimit: { perIp: 30, perAccount: 10, windowMs: 15 * 60_000 },
    maxSubmitBytes: 2 * 1024 * 1024,
    maxImageBytes: env.MAX_IMAGE_SIZE,
    maxImagePixels: env.MAX_IMAGE_PIXELS,
    analyzeRateLimit: { guestPerMinute: env.ANALYZE_GUEST_RATE_LIMIT, userPerMinute: env.ANALYZE_USER_RATE_LIMIT },
  };
}
