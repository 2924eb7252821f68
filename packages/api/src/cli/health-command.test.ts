import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpsEnv } from '../ops/ops-env';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { EXIT_DEGRADED, EXIT_DOWN, runHealth } from './health-command';

describe('derma health', () => {
  let db: TestDatabase;
  let env: OpsEnv;
  const lines: string[] = [];
  const out = (text: string): void => void lines.push(text);

  beforeAll(async () => {
    db = await createTestDatabase();
    // Port 1 refuses at once: Ollama is "down", so the service is degraded.
    env = { DATABASE_URL: db.url, OLLAMA_HOST: 'http://127.0.0.1:1', MODELS_DIR: undefined, PHOTO_DIR: './unused' };
  });
  afterAll(() => db.drop());

  it('prints each check and exits 0 when only Ollama is missing', async () => {
    await runHealth([], out, env);
    expect(lines.join('\n')).toMatch(/^status: degraded\n {2}database +ok/);
  });

  it('exits with the degraded code under --strict', async () => {
    await expect(runHealth(['--strict'], out, env)).rejects.toMatchObject({ exitCode: EXIT_DEGRADED });
  });

  it('exits with the down code when the database cannot be reached', async () => {
    await expect(runHealth(['--json'], out, { ...env, DATABASE_URL: 'mysql://root@127.0.0.1:1/derma' })).rejects.toMatchObject({ exitCode: EXIT_DOWN });
    expect(JSON.parse(lines.at(-1) ?? '{}')).toMatchObject({ status: 'down', checks: { database: { status: 'down' } } });
  });
});
