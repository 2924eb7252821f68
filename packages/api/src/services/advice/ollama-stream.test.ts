import { startFakeOllama, type FakeOllama } from '@derma/test/fake-ollama';
import { Ollama } from 'ollama';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OllamaTimeoutError, streamChat } from './ollama-stream';

let fake: FakeOllama;
let ollama: Ollama;
beforeAll(async () => {
  fake = await startFakeOllama();
  ollama = new Ollama({ host: fake.url });
});
beforeEach(() => fake.configure({ failure: 'none', firstTokenDelayMs: 0, tokenDelayMs: 0 }));
afterAll(() => fake.close());

const request = { model: 'gemma2:9b', messages: [{ role: 'user', content: 'hi' }] };

async function texts(stream: AsyncIterable<{ message: { content: string } }>): Promise<string> {
  let out = '';
  for await (const part of stream) out += part.message.content;
  return out;
}

describe('streamChat with the official ollama client', () => {
  it('yields the chunks of a streamed chat in order', async () => {
    expect(await texts(streamChat(ollama, request, 5_000))).toBe('Keep your skin moisturised and use sunscreen.');
  });

  it('throws OllamaTimeoutError when the first token is later than the timeout', async () => {
    fake.configure({ failure: 'hang' });
    await expect(texts(streamChat(ollama, request, 200))).rejects.toBeInstanceOf(OllamaTimeoutError);
  });

  it('throws OllamaTimeoutError when a slow stream outlasts the timeout', async () => {
    fake.configure({ tokenDelayMs: 100 });
    await expect(texts(streamChat(ollama, request, 250))).rejects.toBeInstanceOf(OllamaTimeoutError);
  });

  it("rethrows Ollama's error message for an unknown model", async () => {
    await expect(texts(streamChat(ollama, { ...request, model: 'missing' }, 5_000))).rejects.toThrow('model "missing" not found');
  });

  it('ends the stream when the caller aborts', async () => {
    fake.configure({ tokenDelayMs: 100 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('client left')), 150);
    await expect(texts(streamChat(ollama, request, 5_000, controller.signal))).rejects.toThrow('client left');
  });

  it('fails when the connection drops mid-stream', async () => {
    fake.configure({ failure: 'disconnect' });
    await expect(texts(streamChat(ollama, request, 5_000))).rejects.toThrow();
  });
});
