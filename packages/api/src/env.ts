import { z } from 'zod';

const DEFAULT_DATABASE_URL = 'mysql://root@127.0.0.1:3306/derma';

const intFrom = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8000),
  DATABASE_URL: z.url().default(DEFAULT_DATABASE_URL),
  OLLAMA_HOST: z.url().default('http://127.0.0.1:11434'),
  OLLAMA_MODEL: z.string().min(1).default('gemma2:9b'),
  OLLAMA_VISION_MODEL: z.string().min(1).default('llava'),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((o) => o.trim()).filter((o) => o.length > 0)),
  API_RATE_LIMIT: intFrom(100),
  MAX_IMAGE_SIZE: intFrom(10_485_760),
  /** Most pixels (width × height) a photo may declare; larger ones are refused before decoding. */
  MAX_IMAGE_PIXELS: intFrom(40_000_000),
  /** Server analyses per minute per guest IP and per signed-in user. */
  ANALYZE_GUEST_RATE_LIMIT: intFrom(6),
  ANALYZE_USER_RATE_LIMIT: intFrom(30),
  /** Inference worker threads for the server fallback (0: one per CPU core), and waiting jobs allowed. */
  INFERENCE_WORKERS: z.coerce.number().int().min(0).max(64).default(0),
  INFERENCE_QUEUE: intFrom(16),
  /** Set to "false" to turn the server fallback off (the app then analyses on the device only). */
  SERVER_INFERENCE: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** Stored photos, `<PHOTO_DIR>/<userId>/<diagnosisId>.jpg`; included in backups. */
  PHOTO_DIR: z.string().min(1).default('./data/photos'),
  REQUEST_TIMEOUT: intFrom(120),
  AI_INSIGHTS_CACHE_TTL: intFrom(3600),
  AI_INSIGHTS_MIN_DATA_POINTS: intFrom(3),
  REDIS_URL: z.url().optional(),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().positive().default(587),
  SMTP_SECURE: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z.string().default('derma-edge <no-reply@localhost>'),
  APP_URL: z.url().default('http://localhost:8000'),
  STATIC_DIR: z.string().min(1).optional(),
  MODELS_DIR: z.string().min(1).optional(),
  TRUST_PROXY: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema>;

/** Secrets that must be set, and not to their development defaults, in production. */
function productionProblems(env: Env): string[] {
  const problems: string[] = [];
  if (env.DATABASE_URL === DEFAULT_DATABASE_URL || !new URL(env.DATABASE_URL).password) {
    problems.push('DATABASE_URL: production needs a database user with a password');
  }
  if (env.SMTP_HOST && !env.SMTP_PASSWORD) problems.push('SMTP_PASSWORD: required when SMTP_HOST is set');
  if (env.CORS_ORIGINS.includes('*')) problems.push('CORS_ORIGINS: "*" is not allowed in production');
  if (!env.APP_URL.startsWith('https://')) problems.push('APP_URL: production must be served over https');
  return problems;
}

/**
 * Parses and validates the environment; the only reader of `process.env` in the API.
 * Throws one error listing every bad key, so a misconfigured server refuses to start.
 * @example const env = parseEnv(process.env);
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const problems = parsed.data.NODE_ENV === 'production' ? productionProblems(parsed.data) : [];
  if (problems.length > 0) throw new Error(`Invalid environment for production:\n  ${problems.join('\n  ')}`);
  return parsed.data;
}

/** The environment of this process, parsed once on first use. */
export function loadEnv(): Env {
  return parseEnv(process.env);
}

const testSettingsSchema = z.object({
  TEST_MYSQL_URL: z.url().default('mysql://root@127.0.0.1:3306'),
  /** When set, the advice tests run against this real Ollama instead of the fake server. */
  OLLAMA_HOST: z.url().optional(),
  TEST_OLLAMA_MODEL: z.string().min(1).default('gemma2:9b'),
});

export type TestSettings = z.infer<typeof testSettingsSchema>;

/** Settings of the test helpers, read from the same single place as the server's environment. */
export function loadTestSettings(): TestSettings {
  return testSettingsSchema.parse(process.env);
}
