import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../db/schema/index';
import { setUserDisabled } from '../ops/user-admin';
import { createMemoryMailer, createTestDeps } from '../testing/test-deps';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { signUpCaller } from '../testing/test-users';
import { createContextInner, type ApiDeps } from '../trpc/context';
import { createCaller } from '../trpc/root';

let database: TestDatabase;
let deps: ApiDeps;
const mailer = createMemoryMailer();

beforeAll(async () => {
  database = await createTestDatabase();
  deps = createTestDeps(database.db, { mailer });
});
afterAll(() => database.drop());

const anonymous = () => createCaller(createContextInner(deps));
const as = (token: string) => createCaller(createContextInner({ ...deps, sessionToken: token }));
const reasonOf = (promise: Promise<unknown>) => promise.then(() => 'OK', (e: unknown) => (e as { reason?: string }).reason ?? String(e));
const codeOf = (promise: Promise<unknown>) => promise.then(() => 'OK', (e: unknown) => (e instanceof TRPCError ? e.code : String(e)));

describe('auth router', () => {
  it('signs up with a normalised email and returns a working session token', async () => {
    const session = await anonymous().auth.signup({ email: '  Mixed.Case@Example.COM ', username: 'mixed_case', password: 'abcdefg1' });
    expect(session.user.email).toBe('mixed.case@example.com');
    expect(session.token).toMatch(/^[a-z2-7]{32}$/);
    expect((await as(session.token).auth.me()).username).toBe('mixed_case');
  });

  it('refuses a duplicate email or username with CONFLICT naming the field', async () => {
    const { email } = await signUpCaller(deps);
    await expect(anonymous().auth.signup({ email, username: 'other_name', password: 'abcdefg1' })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('email') });
    await anonymous().auth.signup({ email: 'first@example.com', username: 'taken_name', password: 'abcdefg1' });
    await expect(anonymous().auth.signup({ email: 'second@example.com', username: 'TAKEN_name', password: 'abcdefg1' })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('username') });
  });

  it("rejects passwords without a digit and usernames outside the original's rules", async () => {
    expect(await codeOf(anonymous().auth.signup({ email: 'p@example.com', username: 'okname', password: 'abcdefgh' }))).toBe('BAD_REQUEST');
    expect(await codeOf(anonymous().auth.signup({ email: 'q@example.com', username: 'no spaces', password: 'abcdefg1' }))).toBe('BAD_REQUEST');
  });

  it('logs in with the right password only', async () => {
    const { email, password } = await signUpCaller(deps);
    expect((await anonymous().auth.login({ email, password })).user.email).toBe(email);
    expect(await codeOf(anonymous().auth.login({ email, password: 'wrong-pass1' }))).toBe('UNAUTHORIZED');
    expect(await codeOf(anonymous().auth.login({ email: 'nobody@example.com', password }))).toBe('UNAUTHORIZED');
  });

  it('invalidates the session on logout', async () => {
    const { caller, session } = await signUpCaller(deps);
    await caller.auth.logout();
    expect(await codeOf(as(session.token).auth.me())).toBe('UNAUTHORIZED');
  });

  it('updates the username and refuses one taken by another user', async () => {
    const { caller } = await signUpCaller(deps);
    const other = await signUpCaller(deps);
    await caller.auth.me(); // the session is now validated and cached
    expect((await caller.auth.updateProfile({ username: 'renamed_user' })).username).toBe('renamed_user');
    expect((await caller.auth.me()).username).toBe('renamed_user');
    expect(await codeOf(other.caller.auth.updateProfile({ username: 'renamed_user' }))).toBe('CONFLICT');
  });

  it('changes the password, ending every other session', async () => {
    const { caller, session, email } = await signUpCaller(deps);
    const second = await anonymous().auth.login({ email, password: 'passw0rd-ok' });
    expect(await codeOf(caller.auth.changePassword({ current: 'wrong-pass1', next: 'newpass99' }))).toBe('FORBIDDEN');
    const fresh = await caller.auth.changePassword({ current: 'passw0rd-ok', next: 'newpass99' });
    expect(await codeOf(as(session.token).auth.me())).toBe('UNAUTHORIZED');
    expect(await codeOf(as(second.token).auth.me())).toBe('UNAUTHORIZED');
    expect((await as(fresh.token).auth.me()).email).toBe(email);
    expect((await anonymous().auth.login({ email, password: 'newpass99' })).user.email).toBe(email);
  });

  it('deletes the account only with the right password', async () => {
    const { caller, session, email } = await signUpCaller(deps);
    expect(await codeOf(caller.auth.deleteAccount({ password: 'wrong-pass1' }))).toBe('FORBIDDEN');
    await caller.auth.deleteAccount({ password: 'passw0rd-ok' });
    expect(await codeOf(as(session.token).auth.me())).toBe('UNAUTHORIZED');
    expect(await codeOf(anonymous().auth.login({ email, password: 'passw0rd-ok' }))).toBe('UNAUTHORIZED');
  });

  it('answers a reset request the same way whether or not the email exists', async () => {
    const before = mailer.sent.length;
    expect(await anonymous().auth.requestPasswordReset({ email: 'ghost@example.com' })).toEqual({ ok: true });
    expect(mailer.sent.length).toBe(before);
  });

  it('resets the password with a single-use token and ends all sessions', async () => {
    const { session, email } = await signUpCaller(deps);
    await as(session.token).auth.me(); // the session is now validated and cached
    await anonymous().auth.requestPasswordReset({ email });
    const url = new URL(mailer.sent.at(-1)?.url ?? '');
    const token = url.searchParams.get('token') ?? '';
    await anonymous().auth.resetPassword({ token, password: 'resetpass7' });
    expect(await codeOf(as(session.token).auth.me())).toBe('UNAUTHORIZED');
    expect(await codeOf(anonymous().auth.resetPassword({ token, password: 'another7x' }))).toBe('BAD_REQUEST');
    expect((await anonymous().auth.login({ email, password: 'resetpass7' })).user.email).toBe(email);
  });

  it('says why a sign-in, a password check or a reset failed, in a reason clients can word', async () => {
    const { caller, email, username } = await signUpCaller(deps);
    expect(await reasonOf(anonymous().auth.login({ email, password: 'wrong-pass1' }))).toBe('WRONG_CREDENTIALS');
    expect(await reasonOf(anonymous().auth.signup({ email, username: 'fresh_name', password: 'abcdefg1' }))).toBe('EMAIL_TAKEN');
    expect(await reasonOf(anonymous().auth.signup({ email: `x${email}`, username, password: 'abcdefg1' }))).toBe('USERNAME_TAKEN');
    expect(await reasonOf(caller.auth.deleteAccount({ password: 'wrong-pass1' }))).toBe('WRONG_PASSWORD');
    expect(await reasonOf(anonymous().auth.resetPassword({ token: 'abcdefghijklmnopqrstuvwxyz234567', password: 'resetpass7' }))).toBe('RESET_LINK_INVALID');
  });

  it('keeps a disabled account out: no sign-in, no session, no reset, until it is enabled again', async () => {
    const { session, email, username } = await signUpCaller(deps);
    await anonymous().auth.requestPasswordReset({ email });
    const token = new URL(mailer.sent.at(-1)?.url ?? '').searchParams.get('token') ?? '';
    await setUserDisabled(deps.db, username, true);
    expect(await codeOf(as(session.token).auth.me())).toBe('UNAUTHORIZED');
    expect(await reasonOf(anonymous().auth.login({ email, password: 'passw0rd-ok' }))).toBe('ACCOUNT_DISABLED');
    expect(await reasonOf(anonymous().auth.login({ email, password: 'wrong-pass1' }))).toBe('WRONG_CREDENTIALS');
    expect(await reasonOf(anonymous().auth.resetPassword({ token, password: 'resetpass7' }))).toBe('RESET_LINK_INVALID');
    const mails = mailer.sent.length;
    expect(await anonymous().auth.requestPasswordReset({ email })).toEqual({ ok: true });
    expect(mailer.sent.length).toBe(mails);
    await setUserDisabled(deps.db, email, false);
    expect((await anonymous().auth.login({ email, password: 'passw0rd-ok' })).user.email).toBe(email);
  });

  it('refuses the sessions and the reset link of an account disabled in the database', async () => {
    const { email, session } = await signUpCaller(deps);
    await anonymous().auth.requestPasswordReset({ email });
    const token = new URL(mailer.sent.at(-1)?.url ?? '').searchParams.get('token') ?? '';
    // Disabled directly in the database, so the link is still there.
    await deps.db.update(users).set({ disabledAt: new Date() }).where(eq(users.email, email));
    expect(await codeOf(as(session.token).auth.me())).toBe('UNAUTHORIZED');
    expect(await reasonOf(anonymous().auth.resetPassword({ token, password: 'resetpass7' }))).toBe('RESET_LINK_INVALID');
    const [row] = await deps.db.select({ disabledAt: users.disabledAt }).from(users).where(eq(users.email, email));
    expect(row?.disabledAt).toBeInstanceOf(Date);
  });
});
