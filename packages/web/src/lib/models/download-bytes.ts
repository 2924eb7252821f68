/** Bytes received so far for one file; `total` is the expected size from the manifest. */
export interface ByteProgress {
  loaded: number;
  total: number;
}

/** An HTTP answer other than 2xx: worth a retry only for server errors. */
export class HttpStatusError extends Error {
  override readonly name = 'HttpStatusError';

  constructor(readonly status: number, url: string) {
    super(`HTTP ${status} for ${url}`);
  }
}

/**
 * Fetches a URL into memory, reporting bytes as they arrive. `expected` sizes the buffer and
 * the progress total when the server sends no Content-Length or an encoded body.
 * @throws HttpStatusError on a non-2xx answer; TypeError on a network failure
 */
export async function downloadBytes(
  url: string,
  expected: number,
  onProgress: (progress: ByteProgress) => void,
  fetchImpl: typeof fetch = fetch,
): Promise<Uint8Array> {
  // `no-store`: the Cache API is our cache; the HTTP cache would keep a second copy.
  const response = await fetchImpl(url, { cache: 'no-store' });
  if (!response.ok) throw new HttpStatusError(response.status, url);
  // An encoded answer (the server sends models brotli- or gzip-compressed) gives the compressed
  // length, while the body read here is decompressed: count against the manifest's size then.
  const encoded = (response.headers.get('Content-Encoding') ?? 'identity') !== 'identity';
  const total = (!encoded && Number(response.headers.get('Content-Length'))) || expected;
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    onProgress({ loaded: bytes.length, total });
    return bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  onProgress({ loaded, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onProgress({ loaded, total: Math.max(total, loaded) });
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
