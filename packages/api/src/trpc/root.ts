import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { adviceRouter } from '../routers/advice';
import { authRouter } from '../routers/auth';
import { diagnosisRouter } from '../routers/diagnosis';
import { insightsRouter } from '../routers/insights';
import { reviewRouter } from '../routers/review';
import { createCallerFactory, router } from './trpc';

/** The whole API: one router per domain. */
export const appRouter = router({
  auth: authRouter,
  diagnosis: diagnosisRouter,
  insights: insightsRouter,
  advice: adviceRouter,
  review: reviewRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** Server-side callers: `createCaller(createContextInner({ ...deps, sessionToken }))`. */
export const createCaller = createCallerFactory(appRouter);
