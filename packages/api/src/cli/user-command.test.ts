import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password';
import { sessions, users } from '../db/schema/index';
import type { OpsEnv } from '../ops/ops-env';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { CliError } from './cli-error';
import { runUser } from './user-command';

describe('derma user', () => {
  let db: TestDatabase;
  let env: OpsEnv;
  const lines: string[] = [];
  const out = (text: string): void => void lines.push(text);
  const stdin = (text: string) => () => Promise.resolve(text);

  beforeAll(async () => {
    db = await createTestDatabase();
    env = { DATABASE_URL: db.url, OLLAMA_HOST: 'http://127.0.0.1:1', MODELS_DIR: undefined, PHOTO_DIR: './unused' };
  });
  afterAll(() => db.drop());

  it('creates a user whose password from stdin signs in', async () => {
    await runUser(['create', 'Ada@Example.com', 'ada', '--password-stdin'], out, env, stdin('s3cret-pass\n'));
    const [row] = await db.db.select().from(users).where(eq(users.email, 'ada@example.com'));
    expect(row?.username).toBe('ada');
    expect(await verifyPassword(row?.passwordHash ?? '', 's3cret-pass')).toBe(true);
  });

  it('prints a generated password once when none is given', async () => {
    lines.length = 0;
    await runUser(['create', 'bob@example.com', 'bob'], out, env);
    const password = lines.find((l) => l.startsWith('password: '))?.split(' ')[1] ?? '';
    const [row] = await db.db.select().from(users).where(eq(users.email, 'bob@example.com'));
    expect(await verifyPassword(row?.passwordHash ?? '', password)).toBe(true);
  });

  it('refuses a taken email with one line and exit code 1', async () => {
    const failure = runUser(['create', 'ada@example.com', 'ada2', '--password-stdin'], out, env, stdin('s3cret-pass'));
    await expect(failure).rejects.toEqual(new CliError('that email or username is already registered', 1));
  });

  it('refuses an invalid password with exit code 2', async () => {
    await expect(runUser(['create', 'c@example.com', 'carol', '--password-stdin'], out, env, stdin('short'))).rejects.toMatchObject({ exitCode: 2 });
  });

  it('disables a user: marked disabled, sessions are revoked, list says disabled', async () => {
    const [ada] = await db.db.select().from(users).where(eq(users.username, 'ada'));
    const now = new Date();
    await db.db.insert(sessions).values({ id: 'a'.repeat(64), userId: ada?.id ?? '', expiresAt: new Date(now.getTime() + 60_000), createdAt: now });
    await runUser(['disable', 'ada'], out, env);
    const [after] = await db.db.select().from(users).where(eq(users.username, 'ada'));
    expect(after?.disabledAt).toBeInstanceOf(Date);
    expect(await db.db.select().from(sessions)).toEqual([]);
    lines.length = 0;
    await runUser(['list'], out, env);
    expect(lines.find((l) => l.includes('ada@example.com'))).toMatch(/disabled$/);
  });

  it('enables a disabled user again with the same password', async () => {
    await runUser(['enable', 'ada@example.com'], out, env);
    const [row] = await db.db.select().from(users).where(eq(users.username, 'ada'));
    expect(row?.disabledAt).toBeNull();
    expect(await verifyPassword(row?.passwordHash ?? '', 's3cret-pass')).toBe(true);
  });
});
