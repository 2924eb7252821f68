import { loadEnv, type Env } from '../env';

/** What the operator commands read from the environment. */
export type OpsEnv = Pick<Env, 'DATABASE_URL' | 'OLLAMA_HOST' | 'MODELS_DIR' | 'PHOTO_DIR'> & Partial<Pick<Env, 'REDIS_URL'>>;

/** The operator commands' environment, parsed by `env.ts` (the only reader of `process.env`). */
export function loadOpsEnv(): OpsEnv {
  const env = loadEnv();
  return { DATABASE_URL: env.DATABASE_URL, OLLAMA_HOST: env.OLLAMA_HOST, MODELS_DIR: env.MODELS_DIR, PHOTO_DIR: env.PHOTO_DIR, REDIS_URL: env.REDIS_URL };
}

/** Bytes as a short human-readable size, e.g. `1.4 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
