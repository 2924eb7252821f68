import type { MiddlewareHandler } from 'hono';

export interface DrainLimits {
  /** Most bytes read and discarded after the answer is ready. */
  maxBytes: number;
  /** Longest wait for the client to finish sending. */
  maxMs: number;
}

/** Reads a body to its end within the limits; false when it was cut short or failed. */
async function discard(body: ReadableStream<Uint8Array>, limits: DrainLimits): Promise<boolean> {
  const reader = body.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), limits.maxMs);
  });
  let bytes = 0;
  try {
    for (;;) {
      const step = await Promise.race([reader.read(), timeout]);
      if (step === 'timeout') return false;
      if (step.done) return true;
      bytes += step.value.byteLength;
      if (bytes > limits.maxBytes) return false;
    }
  } catch {
    // The client went away: there is nobody left to answer.
    return false;
  } finally {
    clearTimeout(timer);
    // Released, not cancelled: cancelling destroys the socket before the answer is written.
    reader.releaseLock();
  }
}

/**
 * Lets a request answered without reading its body (a 413 from its declared length, a refusal
 * before parsing) still get that answer. Closing a socket while the client is still sending makes
 * the kernel reset it, and the client sees `write EPIPE` instead of the answer; so what is left of
 * the body is read and discarded before the answer goes out. Beyond the limits the answer goes out
 * with `Connection: close`, and the server closes once it is written.
 */
export function drainUnreadBody(limits: DrainLimits): MiddlewareHandler {
  return async (c, next) => {
    const request = c.req.raw;
    await next();
    // Without a body to drain, asking for one would only build the full fetch Request.
    if (request.method === 'GET' || request.method === 'HEAD') return;
    if (request.bodyUsed || !request.body) return;
    if (!(await discard(request.body, limits))) c.header('Connection', 'close');
  };
}
