import type { DiagnosisResult } from '@derma/shared';
import { TRPCClientError } from '@trpc/client';
import { getSettings } from '../settings/use-settings';
import { api } from '../trpc/trpc-client';
import type { SendQueued } from './outbox';

/** The two account calls a queued result needs. */
export interface AccountCalls {
  submit(input: { clientId: string; result: DiagnosisResult }): Promise<{ id: string; hasPhoto: boolean }>;
  attachPhoto(form: FormData): Promise<unknown>;
}

/**
 * True when a failed photo upload would fail the same way again: the server refused the photo
 * itself, or the diagnosis is gone (a 4xx other than an expired session, a timeout or a rate limit).
 */
export function photoRefused(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return false;
  const status = (error.data as { httpStatus?: unknown } | undefined)?.httpStatus;
  return typeof status === 'number' && status >= 400 && status < 500 && ![401, 408, 429].includes(status);
}

/**
 * Sends a queued result to the signed-in account: the result (idempotent on its client id), then
 * its photo when it was queued to be kept and the user still keeps photos. A result already in
 * the account is never submitted again (it may have been deleted since): only its photo is sent.
 * A photo that fails to upload is reported as pending and retried, unless the server refused it.
 */
export function createSendToAccount(calls: AccountCalls, keepsPhotos: () => boolean): SendQueued {
  return async (local, entry) => {
    let id = local.serverId;
    let hasPhoto = false;
    if (!id) ({ id, hasPhoto } = await calls.submit({ clientId: local.clientId, result: local.result }));
    if (!entry.keepPhoto || !keepsPhotos() || !local.photo || hasPhoto) return { id };
    const form = new FormData();
    form.set('id', id);
    form.set('image', local.photo, 'photo.jpg');
    try {
      await calls.attachPhoto(form);
      return { id };
    } catch (error) {
      return { id, photoPending: !photoRefused(error) };
    }
  };
}

/** `createSendToAccount` on the app's tRPC client and settings. */
export const sendToAccount: SendQueued = createSendToAccount(
  { submit: (input) => api.diagnosis.submit.mutate(input), attachPhoto: (form) => api.diagnosis.attachPhoto.mutate(form) },
  () => getSettings().keepPhotos,
);
