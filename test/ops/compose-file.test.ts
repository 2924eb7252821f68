import { parseEnv } from '@derma/api';
import { beforeAll, describe, expect, it } from 'vitest';
import { interpolate, parseEnvExample, parseYaml, referencedVariables, repoText } from './deployment-files';

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  env_file?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  volumes?: string[];
}

describe('docker-compose.yml', () => {
  let text: string;
  let services: Record<string, Service>;
  let example: ReturnType<typeof parseEnvExample>;
  // The secret an operator sets in .env; everything else comes from .env.example as shipped.
  const operatorVars = (): Record<string, string> => ({ ...example.set, MYSQL_PASSWORD: 'Op3rator_secret' });

  beforeAll(async () => {
    text = await repoText('docker-compose.yml');
    const parsed = parseYaml(text) as { services?: Record<string, Service> };
    services = parsed.services ?? {};
    example = parseEnvExample(await repoText('.env.example'));
  });

  it('has exactly the services db, redis, ollama, app and the nginx proxy', () => {
    expect(Object.keys(services).sort()).toEqual(['app', 'db', 'ollama', 'proxy', 'redis']);
  });

  it('runs two app replicas behind nginx, sharing Redis, with only nginx published', () => {
    const app = services.app as Service & { deploy?: { replicas?: number }; ports?: unknown };
    expect(app.deploy?.replicas).toBe(2);
    expect(app.ports).toBeUndefined();
    expect(app.environment).toMatchObject({ REDIS_URL: 'redis://redis:6379', TRUST_PROXY: 'true' });
    expect(app.depends_on?.redis?.condition).toBe('service_healthy');
    const proxy = services.proxy as Service & { ports?: string[] };
    expect(proxy.ports).toEqual(['${APP_PORT:-8000}:80']);
    expect(proxy.volumes).toContain('./deploy/nginx/derma.conf:/etc/nginx/conf.d/default.conf:ro');
    expect(proxy.depends_on?.app?.condition).toBe('service_healthy');
    for (const name of ['db', 'redis', 'ollama']) expect((services[name] as { ports?: unknown }).ports, name).toBeUndefined();
  });

  it('uses only compose-spec keys, with durations and restart policies that compose accepts', () => {
    // A subset of https://github.com/compose-spec/compose-spec/blob/main/schema/compose-spec.json: what this file may use.
    const serviceKeys = ['image', 'build', 'restart', 'init', 'command', 'entrypoint', 'environment', 'env_file', 'volumes', 'ports', 'healthcheck', 'depends_on', 'stop_grace_period', 'deploy'];
    const healthKeys = ['test', 'interval', 'timeout', 'retries', 'start_period'];
    const duration = /^\d+(ms|s|m|h)$/;
    expect(Object.keys(parseYaml(text) as object).sort()).toEqual(['name', 'services', 'volumes']);
    for (const [name, service] of Object.entries(services)) {
      expect(Object.keys(service).filter((k) => !serviceKeys.includes(k)), name).toEqual([]);
      expect(Object.keys(service.healthcheck ?? {}).filter((k) => !healthKeys.includes(k)), name).toEqual([]);
      const { interval, timeout, start_period: startPeriod } = (service.healthcheck ?? {}) as Record<string, unknown>;
      for (const value of [interval, timeout, startPeriod]) expect(String(value), name).toMatch(duration);
      expect((service as { restart?: string }).restart, name).toBe('unless-stopped');
      expect(['CMD', 'CMD-SHELL']).toContain(service.healthcheck?.test[0]);
      for (const dependency of Object.keys(service.depends_on ?? {})) expect(Object.keys(services), name).toContain(dependency);
    }
  });

  it('names only mysql:8.4, redis 7.4, a pinned nginx and ollama/ollama release, and the app built from the Dockerfile', () => {
    expect(services.db?.image).toBe('mysql:8.4');
    expect(services.redis?.image).toBe('redis:7.4-alpine');
    expect(services.proxy?.image).toMatch(/^nginx:\d+\.\d+\.\d+-alpine$/);
    expect(services.ollama?.image).toMatch(/^ollama\/ollama:\d+\.\d+\.\d+$/);
    expect(services.app?.build).toBe('.');
    expect(services.app?.image).toBeUndefined();
  });

  it('uses only variables that .env.example documents', () => {
    expect(referencedVariables(text).filter((name) => !(name in example.documented))).toEqual([]);
  });

  it('refuses to start while MYSQL_PASSWORD is empty, as .env.example ships it', () => {
    expect(() => interpolate(services.db?.environment?.MYSQL_PASSWORD ?? '', example.set)).toThrow(/MYSQL_PASSWORD is required/);
  });

  it('gives the app an environment that passes the server\'s production checks, with no unknown keys', () => {
    const vars = operatorVars();
    const appEnv = Object.fromEntries(Object.entries(services.app?.environment ?? {}).map(([k, v]) => [k, interpolate(String(v), vars)]));
    expect(services.app?.env_file).toEqual(['.env']);
    const parsed: Record<string, unknown> = parseEnv({ ...vars, ...appEnv });
    expect(Object.keys(appEnv).filter((key) => !(key in parsed))).toEqual([]);
    expect(parsed).toMatchObject({ NODE_ENV: 'production', DATABASE_URL: 'mysql://derma:Op3rator_secret@db:3306/derma', OLLAMA_HOST: 'http://ollama:11434' });
  });

  it('starts the app after a healthy database and health-checks db, ollama on /api/tags and app on /health', () => {
    expect(services.app?.depends_on?.db?.condition).toBe('service_healthy');
    expect(services.redis?.healthcheck?.test.join(' ')).toContain('redis-cli ping');
    expect(services.proxy?.healthcheck?.test.join(' ')).toContain('/health');
    expect(services.db?.healthcheck?.test.join(' ')).toContain('mysqladmin ping');
    expect(services.ollama?.healthcheck?.test.join(' ')).toContain('GET /api/tags');
    expect(services.app?.healthcheck?.test.join(' ')).toContain('/health');
  });

  it('pulls OLLAMA_MODEL and OLLAMA_VISION_MODEL in the ollama service', () => {
    expect(Object.keys(services.ollama?.environment ?? {}).sort()).toEqual(['OLLAMA_MODEL', 'OLLAMA_VISION_MODEL']);
    expect(text).toMatch(/ollama pull "\$\$model"/);
  });

  it('keeps the database, the Ollama models and the photos in named volumes', () => {
    const parsed = parseYaml(text) as { volumes?: Record<string, unknown> };
    expect(Object.keys(parsed.volumes ?? {}).sort()).toEqual(['db-data', 'ollama-data', 'photos']);
    expect(services.db?.volumes).toContain('db-data:/var/lib/mysql');
    expect(services.ollama?.volumes).toContain('ollama-data:/root/.ollama');
    const photoDir = services.app?.environment?.PHOTO_DIR;
    expect(services.app?.volumes).toContain(`photos:${photoDir ?? ''}`);
  });
});
