import type { LocalResult, OutboxEntry } from '../storage/local-db';
import { localDb } from '../storage/local-db';
import { getLocalResult, markSynced } from '../storage/local-results';

/** Sends one queued result to the account; resolves to its server id. */
export type SendQueued = (local: LocalResult, entry: OutboxEntry) => Promise<{ id: string }>;

/** Queues a stored result for submission to the account of `userId`, with its photo when `keepPhoto`. */
export async function enqueue(clientId: string, userId: string, keepPhoto = false): Promise<void> {
  const entry: OutboxEntry = { clientId, userId, queuedAt: new Date().toISOString(), keepPhoto };
  await (await localDb()).put('outbox', entry);
}

export async function outboxSize(): Promise<number> {
  return (await localDb()).count('outbox');
}

let running: Promise<number> | null = null;

/**
 * Submits every queued result of `userId`, oldest first, and removes each once the server has
 * it. Concurrent calls share one run, and the server's submit is idempotent on the client id,
 * so a result is stored exactly once even when a response is lost and the entry is retried.
 * @returns how many results were sent
 */
export function flushOutbox(userId: string, send: SendQueued): Promise<number> {
  running ??= (async () => {
    let sent = 0;
    try {
      const entries = (await (await localDb()).getAll('outbox')).filter((e) => e.userId === userId);
      entries.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
      for (const entry of entries) {
        const local = await getLocalResult(entry.clientId);
        if (local) {
          const stored = await send(local, entry);
          await markSynced(entry.clientId, stored.id);
          sent++;
        }
        await (await localDb()).delete('outbox', entry.clientId);
      }
      return sent;
    } finally {
      running = null;
    }
  })();
  return running;
}
