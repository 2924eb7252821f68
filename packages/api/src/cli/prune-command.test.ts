import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpsEnv } from '../ops/ops-env';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { runPrune } from './prune-command';

describe('derma prune', () => {
  let db: TestDatabase;
  let env: OpsEnv;
  const lines: string[] = [];
  const out = (text: string): void => void lines.push(text);

  beforeAll(async () => {
    db = await createTestDatabase();
    env = { DATABASE_URL: db.url, OLLAMA_HOST: 'http://127.0.0.1:1', MODELS_DIR: undefined, PHOTO_DIR: './unused' };
  });
  afterAll(() => db.drop());

  it('prints how many expired rows of each kind it deleted', async () => {
    await runPrune([], out, env);
    expect(lines.pop()).toBe('pruned 0 expired sessions, 0 reset tokens, 0 insight cache entries');
  });

  it('exits 2 with the usage when given an argument', async () => {
    await expect(runPrune(['everything'], out, env)).rejects.toMatchObject({ exitCode: 2 });
  });
});
