import { QUALITY_REASONS } from '@derma/shared';
import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { serverFailure } from './analyze-on-server';

function apiError(data: Record<string, unknown>): unknown {
  return TRPCClientError.from({ error: { message: 'refused', code: -32600, data } });
}

describe('serverFailure', () => {
  it.each([
    ['NO_FACE', 'BAD_REQUEST', 'NO_FACE'],
    ['UNSUPPORTED_TYPE', 'BAD_REQUEST', 'IMAGE_UNREADABLE'],
    ['TOO_MANY_PIXELS', 'PAYLOAD_TOO_LARGE', 'SERVER_TOO_LARGE'],
    ['BUSY', 'TOO_MANY_REQUESTS', 'SERVER_BUSY'],
    ['UNAVAILABLE', 'SERVICE_UNAVAILABLE', 'SERVER_UNAVAILABLE'],
  ])('words the API reason %s (%s) as %s', (reason, code, expected) => {
    expect(serverFailure(apiError({ code, reason })).code).toBe(expected);
  });

  it.each(QUALITY_REASONS)('keeps the quality-gate reason %s as its code, so it is worded like an on-device refusal', (reason) => {
    expect(serverFailure(apiError({ code: 'BAD_REQUEST', reason })).code).toBe(reason);
  });

  it('treats a rate-limit answer without a reason as a busy server', () => {
    expect(serverFailure(apiError({ code: 'TOO_MANY_REQUESTS' })).code).toBe('SERVER_BUSY');
  });

  it('treats a failed fetch as an unreachable server, keeping its message', () => {
    expect(serverFailure(new TypeError('Failed to fetch'))).toEqual({ code: 'SERVER_UNREACHABLE', message: 'Failed to fetch' });
  });
});
