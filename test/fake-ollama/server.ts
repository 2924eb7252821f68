import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleChat } from './chat';
import { DEFAULT_OPTIONS, type FakeOllamaOptions, type RecordedChat } from './options';

export interface FakeOllama {
  /** Base URL, e.g. `http://127.0.0.1:41234`: pass it as the Ollama client's `host`. */
  url: string;
  /** Chat requests received, oldest first. */
  chats: RecordedChat[];
  /** Changes how later requests are answered. */
  configure(options: Partial<FakeOllamaOptions>): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function tags(models: readonly string[]): unknown {
  return {
    models: models.map((name) => ({
      name,
      model: name,
      modified_at: '2025-01-01T00:00:00.000000000Z',
      size: 5_443_152_417,
      digest: 'ff02c3702f322b9e075e9568332d96c0a7028002f1a5a056e0a6784320a4db0b',
      details: { parent_model: '', format: 'gguf', family: 'gemma2', families: ['gemma2'], parameter_size: '9.2B', quantization_level: 'Q4_0' },
    })),
  };
}

/**
 * Starts a protocol-faithful fake of the Ollama HTTP API on 127.0.0.1 and an ephemeral port:
 * `GET /`, `GET /api/version`, `GET /api/tags`, `POST /api/chat` (streaming NDJSON or one JSON
 * object), Ollama's `{error}` bodies and statuses, with configurable delays and failures.
 */
export async function startFakeOllama(options: Partial<FakeOllamaOptions> = {}): Promise<FakeOllama> {
  let current: FakeOllamaOptions = { ...DEFAULT_OPTIONS, ...options };
  const chats: RecordedChat[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    if (req.method === 'GET' && path === '/') return void res.end('Ollama is running');
    if (req.method === 'GET' && path === '/api/version') return json(res, 200, { version: current.version });
    if (req.method === 'GET' && path === '/api/tags') return json(res, 200, tags(current.models));
    if (req.method === 'POST' && path === '/api/chat') {
      return void readBody(req).then((body) => handleChat(body, res, req, current, (c) => chats.push(c)));
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('404 page not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    chats,
    configure: (next) => {
      current = { ...current, ...next };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
