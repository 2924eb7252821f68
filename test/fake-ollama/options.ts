/** How the fake answers `/api/chat`. */
export type FailureMode =
  /** Answer normally. */
  | 'none'
  /** 500 with Ollama's `{error}` body before any token. */
  | 'server-error'
  /** Stream some tokens, then an `{error}` line, as Ollama does when generation fails mid-way. */
  | 'mid-stream-error'
  /** Accept the request and never answer (a hung model load). */
  | 'hang'
  /** Close the connection after the first token without ending the stream. */
  | 'disconnect';

export interface FakeOllamaOptions {
  /** Models that `/api/tags` lists and `/api/chat` accepts; others get 404. */
  models: string[];
  /** Tokens of every answer; a function sees the request's messages. */
  reply: string[] | ((messages: ChatMessage[]) => string[]);
  /** Delay before the first byte of a chat answer, in ms. */
  firstTokenDelayMs: number;
  /** Delay between streamed tokens, in ms. */
  tokenDelayMs: number;
  failure: FailureMode;
  version: string;
}

export interface ChatMessage {
  role: string;
  content: string;
  images?: string[];
}

/** A chat request as the fake received it. */
export interface RecordedChat {
  model: string;
  messages: ChatMessage[];
  stream: boolean;
  options?: Record<string, unknown>;
}

export const DEFAULT_OPTIONS: FakeOllamaOptions = {
  models: ['gemma2:9b', 'llava:latest'],
  reply: ['Keep ', 'your ', 'skin ', 'moisturised ', 'and ', 'use ', 'sunscreen.'],
  firstTokenDelayMs: 0,
  tokenDelayMs: 0,
  failure: 'none',
  version: '0.6.5',
};

/** Ollama accepts a model name with or without the `:latest` tag. */
export function knowsModel(models: readonly string[], name: string): boolean {
  const full = name.includes(':') ? name : `${name}:latest`;
  return models.some((m) => m === name || m === full);
}
