import 'fake-indexeddb/auto';
import type { DiagnosisResult } from '@derma/shared';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { resetLocalDbForTests } from '../storage/local-db';
import { getLocalResult, saveLocalResult } from '../storage/local-results';
import { enqueue, flushOutbox, outboxSize } from './outbox';

const result = { totalScore: 90 } as unknown as DiagnosisResult;

async function stored(clientId: string, keepPhoto = false): Promise<void> {
  await saveLocalResult({ clientId, createdAt: new Date().toISOString(), result, photo: null, serverId: null });
  await enqueue(clientId, 'user-1', keepPhoto);
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetLocalDbForTests();
});

describe('offline outbox', () => {
  it('submits a queued result once and marks it as stored in the account', async () => {
    await stored('a');
    const calls: string[] = [];
    await flushOutbox('user-1', async (local) => (calls.push(local.clientId), { id: 'server-a' }));
    expect(calls).toEqual(['a']);
    expect((await getLocalResult('a'))?.serverId).toBe('server-a');
    expect(await outboxSize()).toBe(0);
  });

  it('shares one run between concurrent flushes, so nothing is sent twice', async () => {
    await stored('a');
    let calls = 0;
    const submit = async (): Promise<{ id: string }> => (calls++, { id: 's' });
    await Promise.all([flushOutbox('user-1', submit), flushOutbox('user-1', submit)]);
    expect(calls).toBe(1);
  });

  it('sends an entry queued during a run in one more run after it', async () => {
    await stored('a');
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const sent: string[] = [];
    const send = async (local: { clientId: string }): Promise<{ id: string }> => {
      sent.push(local.clientId);
      if (local.clientId === 'a') await gate;
      return { id: `s-${local.clientId}` };
    };
    const first = flushOutbox('user-1', send);
    await vi.waitFor(() => expect(sent).toEqual(['a']));
    await stored('b');
    const second = flushOutbox('user-1', send);
    release();
    expect((await first).sent).toBe(1);
    expect((await second).sent).toBe(1);
    expect(sent).toEqual(['a', 'b']);
    expect(await outboxSize()).toBe(0);
  });

  it('keeps an entry whose submit failed for the next flush and reports the failure', async () => {
    await stored('a');
    const report = await flushOutbox('user-1', async () => Promise.reject(new Error('offline')));
    expect(report).toEqual({ sent: 0, failures: [new Error('offline')] });
    expect(await outboxSize()).toBe(1);
    expect((await getLocalResult('a'))?.serverId).toBeNull();
  });

  it('does not let one failing entry hold back the entries queued after it', async () => {
    await stored('broken');
    await stored('fine');
    const report = await flushOutbox('user-1', async (local) => {
      if (local.clientId === 'broken') throw new Error('refused');
      return { id: 'server-fine' };
    });
    expect(report.sent).toBe(1);
    expect((await getLocalResult('fine'))?.serverId).toBe('server-fine');
    expect(await outboxSize()).toBe(1);
  });

  it('marks a result stored whose photo is still pending, and keeps its entry to send the photo later', async () => {
    await stored('a', true);
    await flushOutbox('user-1', async () => ({ id: 'server-a', photoPending: true }));
    expect((await getLocalResult('a'))?.serverId).toBe('server-a');
    expect(await outboxSize()).toBe(1);
    await flushOutbox('user-1', async () => ({ id: 'server-a' }));
    expect(await outboxSize()).toBe(0);
  });

  it('hands the sender the keep-photo choice made when the result was queued', async () => {
    await stored('kept', true);
    await stored('private', false);
    const choices: Record<string, boolean | undefined> = {};
    await flushOutbox('user-1', async (local, entry) => ((choices[local.clientId] = entry.keepPhoto), { id: `s-${local.clientId}` }));
    expect(choices).toEqual({ kept: true, private: false });
  });

  it('leaves entries of another account alone', async () => {
    await stored('a');
    let calls = 0;
    await flushOutbox('user-2', async () => (calls++, { id: 's' }));
    expect(calls).toBe(0);
  });
});
