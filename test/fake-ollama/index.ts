export { startFakeOllama, type FakeOllama } from './server';
export type { FailureMode, FakeOllamaOptions, RecordedChat, ChatMessage } from './options';
