import type { AnalyzeOutput, RgbaImage } from '@derma/shared';
import { QUALITY_REASONS } from '@derma/shared';
import { TRPCClientError } from '@trpc/client';
import { uploadJpeg } from '../../../lib/image/upload-jpeg';
import type { Language } from '../../../lib/settings/settings-schema';
import { api } from '../../../lib/trpc/trpc-client';
import type { WorkerFailure } from '../../../lib/worker/worker-protocol';

export interface ServerAnalysis {
  output: AnalyzeOutput;
  /** Pixels of the analysed image per pixel of the upload, to map the result's crop back. */
  scale: number;
}

/**
 * The failure codes the diagnose screen words itself, by the API's `reason`. A quality-gate
 * refusal keeps its code, as an on-device run reports it.
 */
const BY_REASON: Record<string, string> = {
  ...Object.fromEntries(QUALITY_REASONS.map((reason) => [reason, reason])),
  UNSUPPORTED_TYPE: 'IMAGE_UNREADABLE',
  UNREADABLE: 'IMAGE_UNREADABLE',
  TOO_LARGE: 'SERVER_TOO_LARGE',
  TOO_MANY_PIXELS: 'SERVER_TOO_LARGE',
  BUSY: 'SERVER_BUSY',
  TIMEOUT: 'SERVER_TIMEOUT',
  UNAVAILABLE: 'SERVER_UNAVAILABLE',
};

/** Turns a failed upload into a failure the diagnose screen can word in the user's language. */
export function serverFailure(error: unknown): WorkerFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof TRPCClientError)) return { code: 'SERVER_UNREACHABLE', message };
  const data = error.data as { code?: string; reason?: string } | undefined;
  if (!data) return { code: 'SERVER_UNREACHABLE', message };
  if (data.reason && BY_REASON[data.reason]) return { code: BY_REASON[data.reason] ?? 'INTERNAL', message };
  if (data.code === 'TOO_MANY_REQUESTS') return { code: 'SERVER_BUSY', message };
  if (data.code === 'SERVICE_UNAVAILABLE') return { code: 'SERVER_UNAVAILABLE', message };
  return { code: 'INTERNAL', message };
}

/**
 * The server fallback: uploads the photo downscaled to 1024 px as JPEG and has the server run
 * the same pipeline. Signed in, the server stores the result (and the photo when kept).
 * @throws WorkerFailure-shaped errors (see `serverFailure`)
 */
export async function analyzeOnServer(image: RgbaImage, options: { clientId: string; keepPhoto: boolean; language: Language }): Promise<ServerAnalysis> {
  if (!navigator.onLine) throw Object.assign(new Error('offline'), { code: 'OFFLINE' });
  const upload = await uploadJpeg(image);
  const form = new FormData();
  form.set('image', upload.blob, 'photo.jpg');
  form.set('clientId', options.clientId);
  form.set('keepPhoto', String(options.keepPhoto));
  form.set('language', options.language);
  try {
    const output = await api.diagnosis.analyze.mutate(form);
    return { output, scale: image.width / upload.width };
  } catch (error) {
    const failure = serverFailure(error);
    throw Object.assign(new Error(failure.message), { code: failure.code });
  }
}
