import type { AuthReason } from '@derma/shared';
import { ReasonedError } from '../../trpc/reasoned-error';

/** Why an account procedure refused, in `error.data.reason`. */
export class AuthError extends ReasonedError<AuthReason> {}
