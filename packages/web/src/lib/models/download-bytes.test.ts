import { describe, expect, it } from 'vitest';
import type { ByteProgress } from './download-bytes';
import { downloadBytes } from './download-bytes';

const body = new Uint8Array(3000).fill(7);

async function totals(headers: Record<string, string>): Promise<number[]> {
  const seen: ByteProgress[] = [];
  const fetchImpl = (async () => new Response(body, { headers })) as unknown as typeof fetch;
  await downloadBytes('/models/acne.onnx', 3000, (p) => seen.push(p), fetchImpl);
  return [...new Set(seen.map((p) => p.total))];
}

describe('downloadBytes', () => {
  it('counts progress against the Content-Length of a plain answer', async () => {
    expect(await totals({ 'Content-Length': '3000' })).toEqual([3000]);
  });

  it("counts an encoded answer against the manifest's size, not the compressed length", async () => {
    // The compressed length would make progress run past 100 %.
    expect(await totals({ 'Content-Length': '120', 'Content-Encoding': 'br' })).toEqual([3000]);
  });
});
