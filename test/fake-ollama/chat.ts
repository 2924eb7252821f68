import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { knowsModel, type ChatMessage, type FakeOllamaOptions, type RecordedChat } from './options';

function sendError(res: ServerResponse, status: number, error: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error }));
}

function chunk(model: string, content: string, done: false): Record<string, unknown> {
  return { model, created_at: new Date().toISOString(), message: { role: 'assistant', content }, done };
}

// Field set and order of Ollama's final chat object (docs: /api/chat "Response", final response).
function finalChunk(model: string, content: string, tokens: number, startedNs: bigint): Record<string, unknown> {
  const total = Number(process.hrtime.bigint() - startedNs);
  return {
    model,
    created_at: new Date().toISOString(),
    message: { role: 'assistant', content },
    done_reason: 'stop',
    done: true,
    total_duration: total,
    load_duration: Math.round(total * 0.1),
    prompt_eval_count: 26,
    prompt_eval_duration: Math.round(total * 0.2),
    eval_count: tokens,
    eval_duration: Math.round(total * 0.7),
  };
}

function parseChat(body: string): RecordedChat | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return 'invalid character in request body';
  }
  if (typeof parsed !== 'object' || parsed === null) return 'invalid request body';
  const request = parsed as { model?: unknown; messages?: unknown; stream?: unknown; options?: Record<string, unknown> };
  if (typeof request.model !== 'string' || request.model === '') return 'model is required';
  const messages = Array.isArray(request.messages) ? (request.messages as ChatMessage[]) : [];
  return { model: request.model, messages, stream: request.stream !== false, ...(request.options ? { options: request.options } : {}) };
}

/** Handles `POST /api/chat` as Ollama does: NDJSON stream by default, one JSON object with `stream: false`. */
export async function handleChat(body: string, res: ServerResponse, req: IncomingMessage, options: FakeOllamaOptions, record: (c: RecordedChat) => void): Promise<void> {
  const chat = parseChat(body);
  if (typeof chat === 'string') return sendError(res, 400, chat);
  record(chat);
  if (!knowsModel(options.models, chat.model)) return sendError(res, 404, `model "${chat.model}" not found, try pulling it first`);
  const aborted = new AbortController();
  req.on('close', () => aborted.abort());
  res.on('close', () => aborted.abort());
  const wait = (ms: number): Promise<unknown> => (ms > 0 ? delay(ms, undefined, { signal: aborted.signal }) : Promise.resolve());
  const started = process.hrtime.bigint();
  const tokens = typeof options.reply === 'function' ? options.reply(chat.messages) : options.reply;
  try {
    if (options.failure === 'hang') await delay(3_600_000, undefined, { signal: aborted.signal });
    await wait(options.firstTokenDelayMs);
    if (options.failure === 'server-error') return sendError(res, 500, 'llama runner process has terminated: exit status 2');
    if (!chat.stream) {
      await wait(options.tokenDelayMs * tokens.length);
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
      return void res.end(JSON.stringify(finalChunk(chat.model, tokens.join(''), tokens.length, started)));
    }
    res.writeHead(200, { 'Content-Type': 'application/x-ndjson' });
    for (const [i, token] of tokens.entries()) {
      if (i > 0) await wait(options.tokenDelayMs);
      res.write(`${JSON.stringify(chunk(chat.model, token, false))}\n`);
      if (options.failure === 'disconnect') return void res.destroy();
      if (options.failure === 'mid-stream-error' && i === 1) {
        return void res.end(`${JSON.stringify({ error: 'an error was encountered while running the model: unexpected EOF' })}\n`);
      }
    }
    res.end(`${JSON.stringify(finalChunk(chat.model, '', tokens.length, started))}\n`);
  } catch {
    if (!res.destroyed) res.destroy();
  }
}
