/** Why a model file could not be obtained after every retry. */
export type ModelDownloadReason = 'network' | 'http' | 'corrupted';

/** A model file that failed to download or failed its sha256 check on every attempt. */
export class ModelDownloadError extends Error {
  override readonly name = 'ModelDownloadError';

  constructor(
    readonly file: string,
    readonly reason: ModelDownloadReason,
    readonly attempts: number,
    detail: string,
  ) {
    super(`${file}: ${detail} (after ${attempts} attempt${attempts === 1 ? '' : 's'})`);
  }
}
