import { connect, type Socket } from 'node:net';

/** What one request on a connection came back with. */
export interface RawResponse {
  status: number;
  /** Body bytes received (Content-Length or the sum of the chunks). */
  bytes: number;
}

const HEADER_END = Buffer.from('\r\n\r\n');

/** Where a response ends in `buffer`, or -1 while incomplete; its status and body length. */
function parseResponse(buffer: Buffer): { end: number; status: number; bytes: number } {
  const head = buffer.indexOf(HEADER_END);
  if (head < 0) return { end: -1, status: 0, bytes: 0 };
  const header = buffer.toString('latin1', 0, head);
  const status = Number(header.slice(9, 12));
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(header);
  if (length?.[1]) {
    const end = head + 4 + Number(length[1]);
    return { end: buffer.length >= end ? end : -1, status, bytes: Number(length[1]) };
  }
  if (!/\r\ntransfer-encoding:\s*chunked/i.test(header)) return { end: head + 4, status, bytes: 0 };
  // Chunked: walk the chunk sizes up to the final zero-length chunk.
  let at = head + 4;
  let bytes = 0;
  for (;;) {
    const line = buffer.indexOf('\r\n', at);
    if (line < 0) return { end: -1, status, bytes };
    const size = Number.parseInt(buffer.toString('latin1', at, line), 16);
    if (size === 0) return buffer.length >= line + 4 ? { end: line + 4, status, bytes } : { end: -1, status, bytes };
    at = line + 2 + size + 2;
    bytes += size;
    if (at > buffer.length) return { end: -1, status, bytes };
  }
}

/**
 * One HTTP/1.1 keep-alive connection that carries one request at a time, as a browser's does.
 * Hand-rolled on a socket so the load generator spends little CPU next to the server it measures.
 */
export class RawConnection {
  private buffer: Buffer = Buffer.alloc(0);
  private pending: { resolve: (r: RawResponse) => void; reject: (e: Error) => void } | null = null;

  private constructor(private readonly socket: Socket) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    const fail = (error: Error) => {
      this.pending?.reject(error);
      this.pending = null;
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('connection closed')));
  }

  /** Opens a connection to `host:port`. */
  static open(host: string, port: number): Promise<RawConnection> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, host);
      socket.once('connect', () => resolve(new RawConnection(socket)));
      socket.once('error', reject);
    });
  }

  get busy(): boolean {
    return this.pending !== null;
  }

  get open(): boolean {
    return !this.socket.destroyed;
  }

  /** Sends one request (already serialised) and resolves with its response. */
  send(request: string | Buffer): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.socket.write(request);
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const { end, status, bytes } = parseResponse(this.buffer);
    if (end < 0) return;
    this.buffer = this.buffer.subarray(end);
    const pending = this.pending;
    this.pending = null;
    pending?.resolve({ status, bytes });
  }
}

/** Serialises a request for a RawConnection. */
export function rawRequest(method: 'GET' | 'POST', host: string, path: string, headers: Record<string, string>, body?: string): string {
  const lines = [`${method} ${path} HTTP/1.1`, `host: ${host}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  if (body !== undefined) lines.push(`content-length: ${Buffer.byteLength(body)}`);
  return `${lines.join('\r\n')}\r\n\r\n${body ?? ''}`;
}
