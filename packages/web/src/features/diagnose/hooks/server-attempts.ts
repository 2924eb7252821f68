import type { RgbaImage } from '@derma/shared';

/**
 * Client ids for server analyses. A failed upload may still have been stored (the answer was
 * lost on a bad connection), so trying the same photo again reuses the failed attempt's id and the
 * server's idempotent store keeps one record. A success, or another photo, starts a new id.
 */
export class ServerAttempts {
  private unsettled: { key: string; clientId: string } | null = null;

  constructor(private readonly newId: () => string = () => crypto.randomUUID()) {}

  /** The client id to analyse the photo identified by `key` (with its user) with. */
  idFor(key: string): string {
    if (this.unsettled?.key !== key) this.unsettled = { key, clientId: this.newId() };
    return this.unsettled.clientId;
  }

  /** The attempt with this id got an answer: the next try of any photo gets a new id. */
  settle(clientId: string): void {
    if (this.unsettled?.clientId === clientId) this.unsettled = null;
  }
}

/** Identifies a decoded photo by its pixels: the same picture picked again has the same key. */
export async function photoKey(image: RgbaImage): Promise<string> {
  // A copy: digest() refuses views of a SharedArrayBuffer.
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(image.data)));
  return `${image.width}x${image.height}:${Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
