import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app';
import { createMemoryMailer, createTestDeps } from '../testing/test-deps';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { startTestServer, type TestServer } from '../testing/test-server';
import type { OpenApiDocument } from './openapi-document';
import { conformanceClient } from './openapi-conformance.testing';
import { itConformsToTheDocument, type ProcedureCases } from './procedure-cases.testing';

let database: TestDatabase;
let server: TestServer;
let api: ReturnType<typeof conformanceClient>;
const mailer = createMemoryMailer();

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(createApp(createTestDeps(database.db, { mailer })));
  api = conformanceClient(server.url, (await (await fetch(`${server.url}/openapi.json`)).json()) as OpenApiDocument);
});
afterAll(async () => {
  await server.close();
  await database.drop();
});

async function resetToken(email: string): Promise<string> {
  await api.call('auth.requestPasswordReset', { email });
  // The email goes out in the background, after the answer.
  for (let i = 0; i < 50 && !mailer.sent.some((m) => m.to === email); i++) await new Promise((r) => setTimeout(r, 20));
  const sent = mailer.sent.find((m) => m.to === email);
  return new URL(sent?.url ?? 'http://x/').searchParams.get('token') ?? '';
}

const cases: ProcedureCases = {
  'auth.signup': {
    success: () => api.call('auth.signup', { email: 'oa_new@example.com', username: 'oa_new', password: 'passw0rd-ok' }),
    failure: async () => api.call('auth.signup', { email: (await api.signUp()).email, username: 'oa_other', password: 'passw0rd-ok' }),
  },
  'auth.login': {
    success: async () => api.call('auth.login', await api.signUp()),
    failure: () => api.call('auth.login', { email: 'oa_nobody@example.com', password: 'passw0rd-ok' }),
  },
  'auth.logout': { success: async () => api.call('auth.logout', undefined, (await api.signUp()).token), failure: () => api.call('auth.logout') },
  'auth.me': { success: async () => api.call('auth.me', undefined, (await api.signUp()).token), failure: () => api.call('auth.me') },
  'auth.updateProfile': {
    success: async () => api.call('auth.updateProfile', { username: `oa_${Date.now()}` }, (await api.signUp()).token),
    failure: async () => api.call('auth.updateProfile', { username: 'no spaces' }, (await api.signUp()).token),
  },
  'auth.changePassword': {
    success: async () => api.call('auth.changePassword', { current: 'passw0rd-ok', next: 'passw0rd-new' }, (await api.signUp()).token),
    failure: async () => api.call('auth.changePassword', { current: 'wrong-one', next: 'passw0rd-new' }, (await api.signUp()).token),
  },
  'auth.deleteAccount': {
    success: async () => api.call('auth.deleteAccount', { password: 'passw0rd-ok' }, (await api.signUp()).token),
    failure: async () => api.call('auth.deleteAccount', { password: 'wrong-one' }, (await api.signUp()).token),
  },
  'auth.requestPasswordReset': {
    success: () => api.call('auth.requestPasswordReset', { email: 'oa_nobody@example.com' }),
    failure: () => api.call('auth.requestPasswordReset', { email: 'not an email' }),
  },
  'auth.resetPassword': {
    success: async () => api.call('auth.resetPassword', { token: await resetToken((await api.signUp()).email), password: 'passw0rd-new' }),
    failure: () => api.call('auth.resetPassword', { token: 'abcdefghijklmnopqrstuvwxyz234567', password: 'passw0rd-new' }),
  },
};

describe('auth procedures over HTTP', () => {
  it('has a success and an error case for every auth procedure of /openapi.json', () => {
    expect(Object.keys(cases).sort()).toEqual(api.procedures('auth'));
  });

  itConformsToTheDocument(cases, () => api);
});
