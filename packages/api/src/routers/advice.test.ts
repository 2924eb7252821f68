import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeOllama, type FakeOllama } from '@derma/test/fake-ollama';
import type { AdviceEvent } from '@derma/shared';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadTestSettings } from '../env';
import { PhotoStore } from '../photos/photo-store';
import { makeResult, pixelsForScore } from '../testing/result-factory';
import { createTestDeps } from '../testing/test-deps';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { signUpCaller } from '../testing/test-users';
import type { ApiDeps } from '../trpc/context';

// With OLLAMA_HOST set these tests talk to that real Ollama; failure modes need the fake.
const settings = loadTestSettings();
const realOllama = settings.OLLAMA_HOST;
let fake: FakeOllama | undefined;
let database: TestDatabase;
let deps: ApiDeps;

beforeAll(async () => {
  database = await createTestDatabase();
  fake = realOllama ? undefined : await startFakeOllama();
  const ollamaHost = realOllama ?? fake?.url ?? '';
  deps = createTestDeps(database.db, { ollamaHost, config: { ollamaModel: realOllama ? settings.TEST_OLLAMA_MODEL : 'gemma2:9b', requestTimeoutMs: realOllama ? 120_000 : 1_000 } });
});
beforeEach(() => fake?.configure({ failure: 'none', firstTokenDelayMs: 0, tokenDelayMs: 0 }));
afterAll(async () => {
  await fake?.close();
  await database.drop();
});

async function collect(stream: AsyncIterable<AdviceEvent>): Promise<AdviceEvent[]> {
  const events: AdviceEvent[] = [];
  for await (const event of stream) events.push(event);
  return events;
}

async function userWithDiagnosis() {
  const user = await signUpCaller(deps);
  const result = makeResult({ pixels: { acne: pixelsForScore(62) }, lesions: { acne: 4 } });
  const diagnosis = await user.caller.diagnosis.submit({ clientId: randomUUID(), result });
  return { ...user, diagnosis };
}

/** A user with photo storage and one diagnosis whose photo they kept. */
async function userWithKeptPhoto() {
  const photos = new PhotoStore(await mkdtemp(join(tmpdir(), 'derma-advice-photos-')));
  const user = await signUpCaller({ ...deps, photos });
  const kept = await user.caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult() });
  const form = new FormData();
  form.set('id', kept.id);
  const jpeg = await sharp({ create: { width: 64, height: 64, channels: 3, background: { r: 210, g: 160, b: 140 } } }).jpeg().toBuffer();
  form.set('image', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'photo.jpg');
  await user.caller.diagnosis.attachPhoto(form);
  return { user, kept, photos };
}

describe('advice router', () => {
  it('relays tokens as they come, then stores the whole text with the model', async () => {
    const { caller, diagnosis } = await userWithDiagnosis();
    const events = await collect(await caller.advice.stream({ diagnosisId: diagnosis.id, language: 'en' }));
    const tokens = events.filter((e) => e.type === 'token').map((e) => e.text);
    const done = events.at(-1);
    expect(tokens.length).toBeGreaterThan(1);
    expect(done?.type === 'done' && done.advice).toMatchObject({ status: 'done', content: tokens.join('') });
    expect(await caller.advice.get({ diagnosisId: diagnosis.id, language: 'en' })).toMatchObject({ status: 'done', content: tokens.join('') });
  });

  it.skipIf(realOllama)('builds the prompt from the findings and trend, in the asked language, without the photo', async () => {
    const { caller, diagnosis } = await userWithDiagnosis();
    await collect(await caller.advice.stream({ diagnosisId: diagnosis.id, language: 'ko' }));
    const chat = fake?.chats.at(-1);
    expect(chat?.model).toBe('gemma2:9b');
    expect(chat?.messages[0]?.content).toContain('한국어');
    expect(chat?.messages[1]?.content).toContain('여드름: score 62/100, 4 areas');
    expect(chat?.messages.some((m) => m.images)).toBe(false);
  });

  it.skipIf(realOllama)('shows the kept photo to the vision model only when asked and a photo was kept', async () => {
    const { user, kept } = await userWithKeptPhoto();
    await collect(await user.caller.advice.stream({ diagnosisId: kept.id, language: 'en', usePhoto: true }));
    const vision = fake?.chats.at(-1);
    expect(vision?.model).toBe('llava');
    const images = vision?.messages.flatMap((m) => m.images ?? []) ?? [];
    expect(images).toHaveLength(1);
    expect(Buffer.from(images[0] ?? '', 'base64').subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    const noPhoto = await user.caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult() });
    await collect(await user.caller.advice.stream({ diagnosisId: noPhoto.id, language: 'en', usePhoto: true }));
    expect(fake?.chats.at(-1)?.model).toBe('gemma2:9b');
    expect(fake?.chats.at(-1)?.messages.some((m) => m.images)).toBe(false);
  });

  it.skipIf(realOllama)('replays stored advice only when it was made with the same photo choice', async () => {
    const { user, kept } = await userWithKeptPhoto();
    const ask = async (usePhoto: boolean) => (await collect(await user.caller.advice.stream({ diagnosisId: kept.id, language: 'en', usePhoto }))).at(-1);
    const asked = (): number => fake?.chats.length ?? 0;

    expect(await ask(false)).toMatchObject({ advice: { usedPhoto: false } });
    const textOnly = asked();
    expect(await ask(false)).toMatchObject({ advice: { usedPhoto: false } });
    expect(asked()).toBe(textOnly);
    expect(await ask(true)).toMatchObject({ advice: { usedPhoto: true } });
    expect(asked()).toBe(textOnly + 1);
    expect(fake?.chats.at(-1)?.model).toBe('llava');
    expect(await ask(true)).toMatchObject({ advice: { usedPhoto: true } });
    expect(asked()).toBe(textOnly + 1);
    expect(await user.caller.advice.get({ diagnosisId: kept.id, language: 'en' })).toMatchObject({ usedPhoto: true, status: 'done' });
  });

  it.skipIf(realOllama)('replays text advice when the kept photo file is gone, instead of asking Ollama on every view', async () => {
    const { user, kept, photos } = await userWithKeptPhoto();
    await photos.remove(user.session.user.id, kept.id);
    const ask = async () => (await collect(await user.caller.advice.stream({ diagnosisId: kept.id, language: 'en', usePhoto: true }))).at(-1);
    expect(await ask()).toMatchObject({ advice: { usedPhoto: false } });
    const asked = fake?.chats.length;
    expect(await ask()).toMatchObject({ advice: { usedPhoto: false } });
    expect(fake?.chats.length).toBe(asked);
  });

  it.skipIf(realOllama)('replays stored advice without asking Ollama again', async () => {
    const { caller, diagnosis } = await userWithDiagnosis();
    const first = await collect(await caller.advice.stream({ diagnosisId: diagnosis.id, language: 'en' }));
    const asked = fake?.chats.length;
    const again = await collect(await caller.advice.stream({ diagnosisId: diagnosis.id, language: 'en' }));
    expect(fake?.chats.length).toBe(asked);
    expect(again.at(-1)).toEqual(first.at(-1));
  });

  it.skipIf(realOllama)('marks advice failed with SERVICE_UNAVAILABLE on an Ollama error, keeps the diagnosis, and retries later', async () => {
    const { caller, diagnosis } = await userWithDiagnosis();
    fake?.configure({ failure: 'server-error' });
    await expect(collect(await caller.advice.stream({ diagnosisId: diagnosis.id, language: 'en' }))).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(await caller.advice.get({ diagnosisId: diagnosis.id, language: 'en' })).toMatchObject({ status: 'failed' });
    expect((await caller.diagnosis.byId({ id: diagnosis.id })).id).toBe(diagnosis.id);
    fake?.configure({ failure: 'none' });
    const retried = await collect(await caller.advice.stream({ diagnosisId: diagnosis.id, language: 'en' }));
    expect(retried.at(-1)).toMatchObject({ type: 'done', advice: { status: 'done' } });
  });

  it.skipIf(realOllama)('fails with SERVICE_UNAVAILABLE when Ollama is slower than the timeout', async () => {
    const { caller, diagnosis } = await userWithDiagnosis();
    fake?.configure({ firstTokenDelayMs: 5_000 });
    const started = performance.now();
    await expect(collect(await caller.advice.stream({ diagnosisId: diagnosis.id, language: 'en' }))).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      message: expect.stringContaining('within 1 s'),
    });
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it.skipIf(realOllama)('fails with SERVICE_UNAVAILABLE when Ollama breaks off mid-stream', async () => {
    const { caller, diagnosis } = await userWithDiagnosis();
    fake?.configure({ failure: 'mid-stream-error' });
    await expect(collect(await caller.advice.stream({ diagnosisId: diagnosis.id, language: 'en' }))).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(await caller.advice.get({ diagnosisId: diagnosis.id, language: 'en' })).toMatchObject({ status: 'failed', error: expect.stringContaining('error') });
  });

  it('fails with SERVICE_UNAVAILABLE when Ollama is not running', async () => {
    const down = createTestDeps(database.db, { ollamaHost: 'http://127.0.0.1:9' });
    const { caller } = await signUpCaller(down);
    const diagnosis = await caller.diagnosis.submit({ clientId: randomUUID(), result: makeResult() });
    await expect(collect(await caller.advice.stream({ diagnosisId: diagnosis.id, language: 'en' }))).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });

  it('returns null from advice.get before any advice was asked for', async () => {
    const { caller, diagnosis } = await userWithDiagnosis();
    expect(await caller.advice.get({ diagnosisId: diagnosis.id, language: 'ko' })).toBeNull();
  });
});
