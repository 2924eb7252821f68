import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama } from './index';

let fake: FakeOllama;
beforeAll(async () => {
  fake = await startFakeOllama();
});
beforeEach(() => fake.configure({ failure: 'none', firstTokenDelayMs: 0, tokenDelayMs: 0 }));
afterAll(() => fake.close());

const chat = (body: unknown): Promise<Response> =>
  fetch(`${fake.url}/api/chat`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

const lines = async (res: Response): Promise<Record<string, unknown>[]> =>
  (await res.text())
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('fake Ollama', () => {
  it('streams NDJSON chat chunks ending with a done object carrying done_reason and counters', async () => {
    const res = await chat({ model: 'gemma2:9b', messages: [{ role: 'user', content: 'hi' }] });
    expect(res.headers.get('content-type')).toBe('application/x-ndjson');
    const chunks = await lines(res);
    const last = chunks[chunks.length - 1];
    expect(chunks.slice(0, -1).every((c) => c['done'] === false)).toBe(true);
    expect(last).toMatchObject({ done: true, done_reason: 'stop', model: 'gemma2:9b', message: { role: 'assistant', content: '' } });
    expect(typeof last?.['eval_count']).toBe('number');
    expect(chunks.map((c) => (c['message'] as { content: string }).content).join('')).toBe('Keep your skin moisturised and use sunscreen.');
  });

  it('answers one JSON object with the whole message when stream is false', async () => {
    const res = await chat({ model: 'gemma2:9b', messages: [], stream: false });
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(await res.json()).toMatchObject({ done: true, message: { content: 'Keep your skin moisturised and use sunscreen.' } });
  });

  it('accepts a model name without its :latest tag', async () => {
    expect((await chat({ model: 'llava', messages: [], stream: false })).status).toBe(200);
  });

  it("refuses an unknown model with 404 and Ollama's error body", async () => {
    const res = await chat({ model: 'nope', messages: [] });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'model "nope" not found, try pulling it first' });
  });

  it('refuses a request without a model with 400', async () => {
    const res = await chat({ messages: [] });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'model is required' });
  });

  it('answers 500 with an error body in server-error mode', async () => {
    fake.configure({ failure: 'server-error' });
    const res = await chat({ model: 'gemma2:9b', messages: [] });
    expect(res.status).toBe(500);
    expect(await res.json()).toHaveProperty('error');
  });

  it('ends a stream with an error line in mid-stream-error mode', async () => {
    fake.configure({ failure: 'mid-stream-error' });
    const chunks = await lines(await chat({ model: 'gemma2:9b', messages: [] }));
    expect(chunks.at(-1)).toHaveProperty('error');
    expect(chunks.some((c) => c['done'] === true)).toBe(false);
  });

  it('waits the configured delay before the first token', async () => {
    fake.configure({ firstTokenDelayMs: 150 });
    const started = performance.now();
    await (await chat({ model: 'gemma2:9b', messages: [] })).text();
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('records the messages it was sent', async () => {
    await (await chat({ model: 'gemma2:9b', messages: [{ role: 'user', content: 'record me' }] })).text();
    expect(fake.chats.at(-1)?.messages).toEqual([{ role: 'user', content: 'record me' }]);
  });

  it('lists its models in /api/tags and reports a version', async () => {
    const tags = (await (await fetch(`${fake.url}/api/tags`)).json()) as { models: { name: string }[] };
    expect(tags.models.map((m) => m.name)).toEqual(['gemma2:9b', 'llava:latest']);
    expect(await (await fetch(`${fake.url}/api/version`)).json()).toEqual({ version: '0.6.5' });
  });
});
