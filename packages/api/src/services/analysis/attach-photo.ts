import type { DiagnosisDetail } from '@derma/shared';
import { TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { diagnoses } from '../../db/schema/index';
import type { SessionValidation } from '../../auth/session';
import { checkUpload, ImageRejectedError } from '../../inference/image-intake';
import type { Context } from '../../trpc/context';
import { enforceRateLimit } from '../../trpc/enforce-rate-limit';
import { findDetail } from '../diagnosis/diagnosis-queries';
import { AnalysisError, toAnalysisError } from './analysis-error';

const idSchema = z.uuid();

/**
 * Keeps the photo of a diagnosis analysed on the device (the user turned "keep photos" on):
 * the same intake checks as the server analysis, then the photo store re-encodes it without
 * metadata. Only the diagnosis's owner may attach; an existing photo is replaced.
 */
export async function attachPhoto(ctx: Omit<Context, 'session'> & Pick<SessionValidation, 'user'>, form: FormData): Promise<DiagnosisDetail> {
  const id = idSchema.safeParse(form.get('id'));
  if (!id.success) throw new TRPCError({ code: 'BAD_REQUEST', message: 'Invalid fields: id: the diagnosis id must be a UUID.' });
  const image = form.get('image');
  if (!(image instanceof Blob) || image.size === 0) {
    throw new AnalysisError('BAD_REQUEST', 'UNREADABLE', 'Attach the photo as a JPEG, PNG or WebP file in the "image" field.');
  }
  await enforceRateLimit(ctx, `analyze-user:${ctx.user.id}`, ctx.config.analyzeRateLimit.userPerMinute, 60_000);
  if (image.size > ctx.config.maxImageBytes) {
    throw new AnalysisError('PAYLOAD_TOO_LARGE', 'TOO_LARGE', `The photo is ${image.size} bytes; the limit is ${ctx.config.maxImageBytes}.`);
  }
  const bytes = new Uint8Array(await image.arrayBuffer());
  try {
    checkUpload(bytes, { maxBytes: ctx.config.maxImageBytes, maxPixels: ctx.config.maxImagePixels });
  } catch (error) {
    throw toAnalysisError(error, ctx.resHeaders);
  }
  const owned = and(eq(diagnoses.id, id.data), eq(diagnoses.userId, ctx.user.id));
  const [row] = await ctx.db.select({ id: diagnoses.id }).from(diagnoses).where(owned);
  if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: 'No such diagnosis.' });
  if (!ctx.photos) throw new AnalysisError('SERVICE_UNAVAILABLE', 'UNAVAILABLE', 'This server does not keep photos.');
  // The header was sound but the pixels are not: sharp fails while re-encoding.
  const photoPath = await ctx.photos.save(ctx.user.id, id.data, bytes).catch((error: unknown) => {
    throw toAnalysisError(new ImageRejectedError('UNREADABLE', `unreadable image: ${(error as Error).message}`), ctx.resHeaders);
  });
  await ctx.db.update(diagnoses).set({ photoPath }).where(owned);
  // `hasPhoto` changed: kept reads of this user's diagnoses are stale (their insights are not).
  ctx.readMemory?.evictUser(ctx.user.id);
  const detail = await findDetail(ctx.db, ctx.user.id, id.data);
  if (!detail) throw new TRPCError({ code: 'NOT_FOUND', message: 'No such diagnosis.' });
  return detail;
}
