import type { LocalResult } from './local-db';
import { localDb } from './local-db';

/** Stores (or replaces) a result on this device. */
export async function saveLocalResult(entry: LocalResult): Promise<void> {
  await (await localDb()).put('results', entry);
}

export async function getLocalResult(clientId: string): Promise<LocalResult | undefined> {
  return (await localDb()).get('results', clientId);
}

/** Results made between two ISO instants (inclusive), newest first. */
export async function listLocalResults(from: string, to: string): Promise<LocalResult[]> {
  const rows = await (await localDb()).getAllFromIndex('results', 'byCreatedAt', IDBKeyRange.bound(from, to));
  return rows.reverse();
}

/** Results that are on this device only (never stored in an account). */
export async function listUnsyncedResults(): Promise<LocalResult[]> {
  const rows = await (await localDb()).getAll('results');
  return rows.filter((r) => r.serverId === null);
}

/** The newest result before a given instant, for "change since last check". */
export async function previousLocalResult(before: string): Promise<LocalResult | undefined> {
  const db = await localDb();
  const cursor = await db.transaction('results').store.index('byCreatedAt').openCursor(IDBKeyRange.upperBound(before, true), 'prev');
  return cursor?.value;
}

export async function markSynced(clientId: string, serverId: string): Promise<void> {
  const db = await localDb();
  const row = await db.get('results', clientId);
  if (row) await db.put('results', { ...row, serverId });
}

export async function deleteLocalResult(clientId: string): Promise<void> {
  await (await localDb()).delete('results', clientId);
}
