import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('parseEnv', () => {
  it('applies the documented defaults to an empty environment', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      PORT: 8000,
      DATABASE_URL: 'mysql://root@127.0.0.1:3306/derma',
      OLLAMA_HOST: 'http://127.0.0.1:11434',
      OLLAMA_MODEL: 'gemma2:9b',
      OLLAMA_VISION_MODEL: 'llava',
      API_RATE_LIMIT: 100,
      MAX_IMAGE_SIZE: 10_485_760,
      REQUEST_TIMEOUT: 120,
      AI_INSIGHTS_CACHE_TTL: 3600,
      AI_INSIGHTS_MIN_DATA_POINTS: 3,
    });
  });

  it('splits CORS_ORIGINS on commas', () => {
    expect(parseEnv({ CORS_ORIGINS: 'https://a.example, https://b.example' }).CORS_ORIGINS).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });

  it('lists every bad key in one error', () => {
    expect(() => parseEnv({ PORT: 'eighty', OLLAMA_HOST: 'not a url' })).toThrow(/PORT[\s\S]*OLLAMA_HOST|OLLAMA_HOST[\s\S]*PORT/);
  });

  it('refuses production with the default passwordless database', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', APP_URL: 'https://derma.example' })).toThrow(/DATABASE_URL/);
  });

  it('accepts production with real secrets', () => {
    const env = parseEnv({ NODE_ENV: 'production', APP_URL: 'https://derma.example', DATABASE_URL: 'mysql://derma:s3cret@db:3306/derma' });
    expect(env.NODE_ENV).toBe('production');
  });
});
