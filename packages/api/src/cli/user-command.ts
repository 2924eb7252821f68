import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { createDatabase, type Database } from '../db/client';
import { loadOpsEnv, type OpsEnv } from '../ops/ops-env';
import { RedisSessionCache } from '../auth/redis-session-cache';
import { createUser, generatePassword, listUsers, setUserDisabled } from '../ops/user-admin';
import { CliError } from './cli-error';

export const USER_USAGE = [
  'derma user create <email> <username> [--password-stdin]',
  'derma user list [--json]',
  'derma user disable|enable <email|username>',
];

/** Reads standard input to its end (the password of `--password-stdin`). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function create(db: Database, args: string[], out: (text: string) => void, input: () => Promise<string>): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { 'password-stdin': { type: 'boolean', default: false } } });
  const [email, username] = positionals;
  if (!email || !username || positionals.length > 2) throw new CliError(`usage: ${USER_USAGE[0]}`, 2);
  const password = values['password-stdin'] ? (await input()).split(/\r?\n/)[0] ?? '' : generatePassword();
  try {
    const id = await createUser(db, { email, username, password });
    out(`created user ${id} (${email.trim().toLowerCase()}, ${username})`);
    if (!values['password-stdin']) out(`password: ${password}  (shown once; ask the user to change it)`);
  } catch (error) {
    if (error instanceof ZodError) throw new CliError(error.issues.map((i) => i.message).join('; '), 2);
    if (/ER_DUP_ENTRY|Duplicate entry/.test(`${String(error)} ${String((error as Error).cause)}`)) throw new CliError('that email or username is already registered');
    throw error;
  }
}

async function list(db: Database, args: string[], out: (text: string) => void): Promise<void> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean', default: false } } });
  const rows = await listUsers(db);
  if (values.json) return out(JSON.stringify(rows, null, 2));
  out(['id'.padEnd(36), 'email'.padEnd(32), 'username'.padEnd(20), 'created'.padEnd(24), 'diagnoses'.padStart(9), '  status'].join(' '));
  for (const r of rows) {
    out([r.id.padEnd(36), r.email.padEnd(32), r.username.padEnd(20), r.createdAt.toISOString().padEnd(24), String(r.diagnoses).padStart(9), `  ${r.disabled ? 'disabled' : 'active'}`].join(' '));
  }
}

/** `derma user create|list|disable|enable`, with an explicit environment and password source. */
export async function runUser(args: string[], out: (text: string) => void, env: OpsEnv, input: () => Promise<string> = readStdin): Promise<void> {
  const [sub, ...rest] = args;
  const database = createDatabase(env.DATABASE_URL, 1);
  try {
    if (sub === 'create') return await create(database.db, rest, out, input);
    if (sub === 'list') return await list(database.db, rest, out);
    if ((sub === 'disable' || sub === 'enable') && rest.length === 1 && rest[0]) {
      // The replicas' shared session cache forgets the user at once too.
      const cache = env.REDIS_URL ? new RedisSessionCache(env.REDIS_URL) : null;
      const found = await setUserDisabled(database.db, rest[0], sub === 'disable', cache).finally(() => cache?.close());
      if (!found) throw new CliError(`no user with email or username "${rest[0]}"`);
      return out(`${sub}d ${rest[0]}${sub === 'disable' ? '; their sessions were signed out' : ''}`);
    }
    throw new CliError(`usage:\n  ${USER_USAGE.join('\n  ')}`, 2);
  } finally {
    await database.close();
  }
}

/** `derma user …` with the environment of this process. */
export function userCommand(args: string[], out: (text: string) => void): Promise<void> {
  return runUser(args, out, loadOpsEnv());
}
