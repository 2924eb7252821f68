import type { AbortableAsyncIterator, ChatRequest, ChatResponse, Ollama } from 'ollama';

/** Raised when Ollama does not finish within the time allowed. */
export class OllamaTimeoutError extends Error {
  constructor(ms: number) {
    super(`Ollama did not answer within ${Math.round(ms / 1000)} s`);
    this.name = 'OllamaTimeoutError';
  }
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Streams an Ollama chat, ending it when `timeoutMs` passes (OllamaTimeoutError) or `signal`
 * aborts (the client went away). Ollama's own errors, HTTP or mid-stream, are rethrown.
 */
export async function* streamChat(
  ollama: Ollama,
  request: Omit<ChatRequest, 'stream'>,
  timeoutMs: number,
  signal?: AbortSignal,
): AsyncGenerator<ChatResponse> {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new OllamaTimeoutError(timeoutMs)), timeoutMs);
  const stop = signal ? AbortSignal.any([deadline.signal, signal]) : deadline.signal;
  const pending = ollama.chat({ ...request, stream: true });
  let iterator: AbortableAsyncIterator<ChatResponse> | undefined;
  const onStop = (): void => iterator?.abort();
  try {
    iterator = await abortable(pending, stop);
    stop.addEventListener('abort', onStop, { once: true });
    for await (const part of iterator) yield part;
  } catch (error) {
    if (stop.aborted) throw stop.reason instanceof Error ? stop.reason : new Error('aborted');
    throw error;
  } finally {
    clearTimeout(timer);
    stop.removeEventListener('abort', onStop);
    // A chat that answered after the deadline is closed rather than left streaming.
    if (!iterator) void pending.then((late) => late.abort()).catch(() => undefined);
  }
}
