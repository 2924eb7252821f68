import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeResult } from '../testing/result-factory';
import { createTestDeps } from '../testing/test-deps';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { signUpCaller } from '../testing/test-users';
import { createContextInner, type ApiDeps } from './context';
import { appRouter, createCaller } from './root';

type Caller = ReturnType<typeof createCaller>;

let database: TestDatabase;
let deps: ApiDeps;
beforeAll(async () => {
  database = await createTestDatabase();
  deps = createTestDeps(database.db);
});
afterAll(() => database.drop());

// diagnosis.analyze serves guests too; signed in, it stores under the caller's own id only
// (covered by services/analysis/analyze-upload.test.ts).
const PUBLIC = ['auth.signup', 'auth.login', 'auth.requestPasswordReset', 'auth.resetPassword', 'diagnosis.analyze'];

async function drain(value: unknown): Promise<void> {
  if (value && typeof value === 'object' && Symbol.asyncIterator in value) {
    for await (const _event of value as AsyncIterable<unknown>) break;
  }
}

/** A photo upload of `diagnosis.attachPhoto` for diagnosis `id`. */
async function photoForm(id: string): Promise<FormData> {
  const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: { r: 200, g: 150, b: 130 } } }).png().toBuffer();
  const form = new FormData();
  form.set('id', id);
  form.set('image', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'photo.png');
  return form;
}

/** One valid call of every protected procedure; `id` is a diagnosis id. */
const CALLS: Record<string, (c: Caller, id: string) => Promise<unknown>> = {
  'auth.logout': (c) => c.auth.logout(),
  'auth.me': (c) => c.auth.me(),
  'auth.updateProfile': (c) => c.auth.updateProfile({ username: `n_${randomUUID().slice(0, 8)}` }),
  'auth.changePassword': (c) => c.auth.changePassword({ current: 'passw0rd-ok', next: 'passw0rd-new1' }),
  'auth.deleteAccount': (c) => c.auth.deleteAccount({ password: 'passw0rd-ok' }),
  'diagnosis.submit': (c) => c.diagnosis.submit({ clientId: randomUUID(), result: makeResult() }),
  'diagnosis.byId': (c, id) => c.diagnosis.byId({ id }),
  'diagnosis.list': (c) => c.diagnosis.list(),
  'diagnosis.latest': (c) => c.diagnosis.latest(),
  'diagnosis.history': (c) => c.diagnosis.history({ range: 'week' }),
  'diagnosis.delete': (c, id) => c.diagnosis.delete({ id }),
  'diagnosis.attachPhoto': async (c, id) => c.diagnosis.attachPhoto(await photoForm(id)),
  'insights.get': (c) => c.insights.get(),
  'advice.stream': (c, id) => c.advice.stream({ diagnosisId: id, language: 'en' }).then(drain),
  'advice.get': (c, id) => c.advice.get({ diagnosisId: id, language: 'en' }),
  'review.create': (c) => c.review.create({ rating: 5 }),
  'review.list': (c) => c.review.list(),
};

const ID_TAKING = ['diagnosis.byId', 'diagnosis.delete', 'diagnosis.attachPhoto', 'advice.stream', 'advice.get'];

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'OK', (e: unknown) => (e instanceof TRPCError ? e.code : String(e)));

describe('authorization matrix', () => {
  it('covers every procedure of the router', () => {
    const all = Object.keys(appRouter._def.procedures).sort();
    expect([...PUBLIC, ...Object.keys(CALLS)].sort()).toEqual(all);
  });

  it.each(Object.keys(CALLS))('%s without a session is UNAUTHORIZED', async (name) => {
    const call = CALLS[name];
    if (!call) throw new Error(name);
    const anonymous = createCaller(createContextInner(deps));
    expect(await codeOf(call(anonymous, randomUUID()))).toBe('UNAUTHORIZED');
  });

  it.each(ID_TAKING)("%s on another user's diagnosis is NOT_FOUND and changes nothing", async (name) => {
    const call = CALLS[name];
    if (!call) throw new Error(name);
    const owner = await signUpCaller(deps);
    const intruder = await signUpCaller(deps);
    const { id } = await owner.caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult() });
    expect(await codeOf(call(intruder.caller, id))).toBe('NOT_FOUND');
    expect((await owner.caller.diagnosis.byId({ id })).id).toBe(id);
    expect(await owner.caller.advice.get({ diagnosisId: id, language: 'en' })).toBeNull();
  });

  it("lists never include another user's diagnoses", async () => {
    const owner = await signUpCaller(deps);
    const other = await signUpCaller(deps);
    await owner.caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult() });
    expect((await other.caller.diagnosis.list()).items).toEqual([]);
    expect(await other.caller.diagnosis.latest()).toBeNull();
    expect((await other.caller.diagnosis.history({ range: 'month' })).points).toEqual([]);
  });

  it("one user's client id does not collide with another's", async () => {
    const a = await signUpCaller(deps);
    const b = await signUpCaller(deps);
    const clientId = randomUUID();
    const first = await a.caller.diagnosis.submit({ clientId, result: makeResult() });
    const second = await b.caller.diagnosis.submit({ clientId, result: makeResult() });
    expect(second.id).not.toBe(first.id);
  });
});
