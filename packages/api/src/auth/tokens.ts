import { createHash } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/**
 * A random secret token as Lucia's guide makes it: 20 random bytes in lower-case base32 without
 * padding (32 characters, 160 bits of entropy).
 */
export function generateToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

/** The stored id of a token: hex SHA-256, so a leaked database yields no usable token. */
export function hashToken(token: string): string {
  // node:crypto rather than @oslojs' JavaScript SHA-256: the same hex, computed natively (every request).
  return createHash('sha256').update(token).digest('hex');
}
