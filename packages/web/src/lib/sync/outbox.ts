import type { LocalResult, OutboxEntry } from '../storage/local-db';
import { localDb } from '../storage/local-db';
import { getLocalResult, markSynced } from '../storage/local-results';

/**
 * Sends one queued result to the account. Resolves to its server id, with `photoPending` when
 * the result was stored but its photo could not be sent yet (the entry stays queued for it).
 */
export type SendQueued = (local: LocalResult, entry: OutboxEntry) => Promise<{ id: string; photoPending?: boolean }>;

/** What one flush did: results stored in the account, and the errors of entries left queued. */
export interface FlushReport {
  sent: number;
  failures: unknown[];
}

/** The window event `enqueue` fires, so the app's sync loop knows there is something to send. */
export const OUTBOX_EVENT = 'derma-outbox';

/** Queues a stored result for submission to the account of `userId`, with its photo when `keepPhoto`. */
export async function enqueue(clientId: string, userId: string, keepPhoto = false): Promise<void> {
  const entry: OutboxEntry = { clientId, userId, queuedAt: new Date().toISOString(), keepPhoto };
  await (await localDb()).put('outbox', entry);
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(OUTBOX_EVENT));
}

export async function outboxSize(): Promise<number> {
  return (await localDb()).count('outbox');
}

/** How many entries of `userId` are waiting to be sent. */
export async function queuedFor(userId: string): Promise<number> {
  return (await (await localDb()).getAll('outbox')).filter((e) => e.userId === userId).length;
}

async function flushOnce(userId: string, send: SendQueued): Promise<FlushReport> {
  const report: FlushReport = { sent: 0, failures: [] };
  const entries = (await (await localDb()).getAll('outbox')).filter((e) => e.userId === userId);
  entries.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
  for (const entry of entries) {
    const local = await getLocalResult(entry.clientId);
    if (local) {
      let stored: Awaited<ReturnType<SendQueued>>;
      try {
        stored = await send(local, entry);
      } catch (error) {
        report.failures.push(error);
        continue;
      }
      await markSynced(entry.clientId, stored.id);
      report.sent++;
      // Stored, but its photo is still to be sent: the entry stays queued for it.
      if (stored.photoPending) continue;
    }
    await (await localDb()).delete('outbox', entry.clientId);
  }
  return report;
}

let running: Promise<FlushReport> | null = null;
let followUp: Promise<FlushReport> | null = null;

/**
 * Submits every queued result of `userId`, oldest first, and removes each once the server has
 * it (and its photo, when one is to be kept). An entry that fails stays queued and does not hold
 * back the ones after it. One run at a time: a call during a run gets one more run after it (the
 * running one may have read the queue before the caller's entry was added), shared by every such
 * call. The server's submit is idempotent on the client id, so a result is stored exactly once.
 */
export function flushOutbox(userId: string, send: SendQueued): Promise<FlushReport> {
  if (running) {
    followUp ??= running.then(
      () => ((followUp = null), flushOutbox(userId, send)),
      () => ((followUp = null), flushOutbox(userId, send)),
    );
    return followUp;
  }
  running = flushOnce(userId, send).finally(() => {
    running = null;
  });
  return running;
}
