import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { photoRefused } from './send-to-account';

function apiError(httpStatus: number): unknown {
  return TRPCClientError.from({ error: { message: 'refused', code: -32600, data: { httpStatus } } });
}

describe('photoRefused', () => {
  it('gives up on a photo the server refused for what it is', () => {
    expect(photoRefused(apiError(400))).toBe(true);
    expect(photoRefused(apiError(413))).toBe(true);
  });

  it('retries a photo that failed for a passing reason', () => {
    for (const status of [401, 408, 429, 500, 503]) expect(photoRefused(apiError(status))).toBe(false);
    expect(photoRefused(new TypeError('Failed to fetch'))).toBe(false);
  });
});
