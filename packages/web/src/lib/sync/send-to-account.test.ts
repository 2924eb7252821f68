import type { DiagnosisResult } from '@derma/shared';
import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import type { LocalResult, OutboxEntry } from '../storage/local-db';
import { createSendToAccount, photoRefused, type AccountCalls } from './send-to-account';

function apiError(httpStatus: number): unknown {
  return TRPCClientError.from({ error: { message: 'refused', code: -32600, data: { httpStatus } } });
}

const entry: OutboxEntry = { clientId: 'c1', userId: 'u1', queuedAt: '2026-01-01T00:00:00.000Z', keepPhoto: true };

function local(serverId: string | null = null): LocalResult {
  return { clientId: 'c1', createdAt: entry.queuedAt, result: {} as DiagnosisResult, photo: new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' }), serverId };
}

/** Records the calls; `attach` decides how the photo upload ends. */
function recorder(attach: () => Promise<unknown> = async () => ({ ok: true })) {
  const log: string[] = [];
  const calls: AccountCalls = {
    submit: async ({ clientId }) => (log.push(`submit ${clientId}`), { id: 'server-1', hasPhoto: false }),
    attachPhoto: async (form) => (log.push(`attach ${String(form.get('id'))}`), attach()),
  };
  return { log, calls };
}

describe('sendToAccount', () => {
  it('submits the result, then attaches its photo to the stored id', async () => {
    const { log, calls } = recorder();
    expect(await createSendToAccount(calls, () => true)(local(), entry)).toEqual({ id: 'server-1' });
    expect(log).toEqual(['submit c1', 'attach server-1']);
  });

  it('sends only the photo of a result already in the account, never the result again', async () => {
    const { log, calls } = recorder();
    expect(await createSendToAccount(calls, () => true)(local('server-9'), entry)).toEqual({ id: 'server-9' });
    expect(log).toEqual(['attach server-9']);
  });

  it('sends no photo once the user has turned "keep photos" off', async () => {
    const { log, calls } = recorder();
    await createSendToAccount(calls, () => false)(local(), entry);
    expect(log).toEqual(['submit c1']);
  });

  it('reports a photo that failed for a passing reason as pending, and one the server refused as done', async () => {
    const offline = recorder(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await createSendToAccount(offline.calls, () => true)(local(), entry)).toEqual({ id: 'server-1', photoPending: true });
    const refused = recorder(() => Promise.reject(apiError(413)));
    expect(await createSendToAccount(refused.calls, () => true)(local(), entry)).toEqual({ id: 'server-1', photoPending: false });
  });
});

describe('photoRefused', () => {
  it('gives up on a photo the server refused for what it is, or whose diagnosis is gone', () => {
    for (const status of [400, 404, 413]) expect(photoRefused(apiError(status))).toBe(true);
  });

  it('retries a photo that failed for a passing reason', () => {
    for (const status of [401, 408, 429, 500, 503]) expect(photoRefused(apiError(status))).toBe(false);
    expect(photoRefused(new TypeError('Failed to fetch'))).toBe(false);
  });
});
