import { isQualityReason, PipelineError, QUALITY_MESSAGES } from '@derma/shared';

/** A failure the CLI reports as one line on stderr with a non-zero exit code. */
export class CliError extends Error {
  override readonly name = 'CliError';

  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/**
 * The one line `derma diagnose` exits with when the quality gate refused a photo:
 * `<file>: <code>: <what to do>`, the code for scripts to match and the English message the web
 * app shows; null for any other error.
 * @example qualityRefusal('me.jpg', new PipelineError('TOO_DARK', '…'))?.message // "me.jpg: TOO_DARK: The photo is too dark. …"
 */
export function qualityRefusal(path: string, error: unknown): CliError | null {
  if (!(error instanceof PipelineError) || !isQualityReason(error.code)) return null;
  return new CliError(`${path}: ${error.code}: ${QUALITY_MESSAGES[error.code].en}`);
}
