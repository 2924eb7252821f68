/**
 * Whether the database is usable: set by the start-up migration loop, read by `/health` and by
 * the procedures that need the database. An outage after start-up shows as failed queries, which
 * the tRPC middleware answers with SERVICE_UNAVAILABLE (`isDatabaseUnavailableError`).
 */
export class DatabaseStatus {
  private readyFlag: boolean;
  private reason: string | null;

  constructor(ready = true, reason: string | null = null) {
    this.readyFlag = ready;
    this.reason = reason;
  }

  get ready(): boolean {
    return this.readyFlag;
  }

  get message(): string | null {
    return this.reason;
  }

  markReady(): void {
    this.readyFlag = true;
    this.reason = null;
  }

  markUnavailable(reason: string): void {
    this.readyFlag = false;
    this.reason = reason;
  }
}

const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'PROTOCOL_CONNECTION_LOST',
  'ER_BAD_DB_ERROR',
  'ER_ACCESS_DENIED_ERROR',
  'ER_NO_SUCH_TABLE',
  'ER_CON_COUNT_ERROR',
]);

/** True when an error (or its cause) means the database cannot be reached or is not migrated. */
export function isDatabaseUnavailableError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string' && CONNECTION_ERROR_CODES.has(code)) return true;
    current = current.cause;
  }
  return false;
}
