export { createApp, type AppDeps } from './server/app';
export { createDepsFromEnv } from './server/create-deps';
export { appRouter, createCaller, type AppRouter, type RouterInputs, type RouterOutputs } from './trpc/root';
export { createContextInner, type ApiDeps, type Context } from './trpc/context';
export { parseEnv, type Env } from './env';
