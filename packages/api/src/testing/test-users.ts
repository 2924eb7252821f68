import type { ApiDeps } from '../trpc/context';
import { createContextInner } from '../trpc/context';
import { createCaller } from '../trpc/root';

let counter = 0;

/** Signs up a fresh user and returns a caller acting as them, with their token. */
export async function signUpCaller(deps: ApiDeps, password = 'passw0rd-ok') {
  counter++;
  const tag = `${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 6)}`;
  const email = `user_${tag}@example.com`;
  const anonymous = createCaller(createContextInner(deps));
  const session = await anonymous.auth.signup({ email, username: `u_${tag}`, password });
  return { caller: createCaller(createContextInner({ ...deps, sessionToken: session.token })), session, email, username: session.user.username, password };
}
