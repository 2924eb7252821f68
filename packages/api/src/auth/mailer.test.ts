import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDeps } from '../testing/test-deps';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { signUpCaller } from '../testing/test-users';
import { createContextInner } from '../trpc/context';
import { createCaller } from '../trpc/root';
import { createSmtpMailer } from './mailer';

const received: { to: string[]; body: string }[] = [];
let smtp: SMTPServer;
let port = 0;
let database: TestDatabase;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let body = '';
      stream.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as AddressInfo).port;
  database = await createTestDatabase();
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await database.drop();
});

async function until(predicate: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('no email arrived');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('password reset over SMTP', () => {
  it('emails a single-use reset link that sets a new password', async () => {
    const mailer = createSmtpMailer({ host: '127.0.0.1', port, secure: false, from: 'derma <no-reply@derma.test>' });
    const deps = createTestDeps(database.db, { mailer, logger: pino({ level: 'silent' }) });
    const { email } = await signUpCaller(deps);
    const anonymous = createCaller(createContextInner(deps));
    await anonymous.auth.requestPasswordReset({ email });
    await until(() => received.some((m) => m.to.includes(email)));
    const body = received.find((m) => m.to.includes(email))?.body.replace(/=\r?\n/g, '') ?? '';
    const token = /token=([a-z2-7]{32})/.exec(body)?.[1] ?? '';
    expect(token).not.toBe('');
    await anonymous.auth.resetPassword({ token, password: 'mailed-pass9' });
    expect((await anonymous.auth.login({ email, password: 'mailed-pass9' })).user.email).toBe(email);
  });
});
