import { TRPCError } from '@trpc/server';

/**
 * A TRPCError that also says why in a machine-readable `error.data.reason` (see the error
 * formatter), so clients can word it in the user's language instead of showing `message`.
 */
export class ReasonedError<R extends string = string> extends TRPCError {
  readonly reason: R;

  constructor(code: TRPCError['code'], reason: R, message: string, cause?: unknown) {
    super({ code, message, cause });
    this.reason = reason;
  }
}
