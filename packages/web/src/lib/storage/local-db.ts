import type { DiagnosisResult } from '@derma/shared';
import type { DBSchema, IDBPDatabase } from 'idb';
import { openDB } from 'idb';

/** A diagnosis kept on this device: every result, guest or signed in. */
export interface LocalResult {
  /** Client-generated UUID; also the idempotency key of the server submit. */
  clientId: string;
  createdAt: string;
  result: DiagnosisResult;
  /** The analysed square crop as a JPEG, for the overlay; never uploaded while keep-photos is off. */
  photo: Blob | null;
  /** Id of the server copy once it is stored in an account. */
  serverId: string | null;
}

/** A result waiting to be submitted to the account that made it. */
export interface OutboxEntry {
  clientId: string;
  userId: string;
  queuedAt: string;
  /** Upload the photo with it (the user had "keep photos" on when it was queued). */
  keepPhoto?: boolean;
}

interface DermaDb extends DBSchema {
  results: { key: string; value: LocalResult; indexes: { byCreatedAt: string } };
  outbox: { key: string; value: OutboxEntry };
}

const DB_NAME = 'derma-edge';
let opened: Promise<IDBPDatabase<DermaDb>> | null = null;

/** The app's IndexedDB database, opened once per page. */
export function localDb(): Promise<IDBPDatabase<DermaDb>> {
  opened ??= openDB<DermaDb>(DB_NAME, 1, {
    upgrade(db) {
      const results = db.createObjectStore('results', { keyPath: 'clientId' });
      results.createIndex('byCreatedAt', 'createdAt');
      db.createObjectStore('outbox', { keyPath: 'clientId' });
    },
  });
  return opened;
}

/** Forgets the open handle; tests call it after swapping the IndexedDB implementation. */
export function resetLocalDbForTests(): void {
  opened = null;
}
