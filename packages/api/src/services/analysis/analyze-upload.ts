import type { AnalyzeFields, AnalyzeOutput } from '@derma/shared';
import { analyzeFieldsSchema } from '@derma/shared';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { isDatabaseUnavailableError } from '../../db/database-status';
import { diagnoses } from '../../db/schema/index';
import type { Context } from '../../trpc/context';
import { enforceRateLimit } from '../../trpc/enforce-rate-limit';
import { resolveSession } from '../../trpc/resolve-session';
import { findDetail } from '../diagnosis/diagnosis-queries';
import { submitDiagnosis } from '../diagnosis/submit-diagnosis';
import { AnalysisError, toAnalysisError } from './analysis-error';
import { observeAnalysis } from './analysis-metrics';

function readFields(form: FormData): { fields: AnalyzeFields; image: Blob } {
  const text = (name: string): string | undefined => {
    const v = form.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  const parsed = analyzeFieldsSchema.safeParse({ clientId: text('clientId'), keepPhoto: text('keepPhoto'), skipFace: text('skipFace'), language: text('language') });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new TRPCError({ code: 'BAD_REQUEST', message: `Invalid fields: ${issues}` });
  }
  const image = form.get('image');
  if (!(image instanceof Blob) || image.size === 0) {
    throw new AnalysisError('BAD_REQUEST', 'UNREADABLE', 'Attach the photo as a JPEG, PNG or WebP file in the "image" field.');
  }
  return { fields: parsed.data, image };
}

/** Null for a database that cannot be reached (logged); any other error is rethrown. */
function nullWhenDatabaseDown(ctx: Context, step: string): (error: unknown) => null {
  return (error) => {
    if (!isDatabaseUnavailableError(error)) throw error;
    ctx.logger.warn({ err: error, step }, 'database unavailable: analysing without storing');
    return null;
  };
}

/**
 * The server fallback: analyses an uploaded photo with the shared pipeline on onnxruntime-node.
 * Signed in, the result is stored exactly like `diagnosis.submit` (idempotent on `clientId`)
 * and the photo kept only when asked; as a guest, nothing is stored. The analysis needs no
 * database: while it is down the result still comes back, with `diagnosis: null`, for the client
 * to submit later under the same `clientId`.
 */
export async function analyzeUpload(ctx: Context, form: FormData): Promise<AnalyzeOutput> {
  const { fields, image } = readFields(form);
  const limits = ctx.config.analyzeRateLimit;
  const validated = ctx.dbStatus.ready ? await resolveSession(ctx).catch(nullWhenDatabaseDown(ctx, 'session')) : null;
  if (validated) await enforceRateLimit(ctx, `analyze-user:${validated.user.id}`, limits.userPerMinute, 60_000);
  else await enforceRateLimit(ctx, `analyze-guest:${ctx.ip}`, limits.guestPerMinute, 60_000);
  if (image.size > ctx.config.maxImageBytes) {
    throw new AnalysisError('PAYLOAD_TOO_LARGE', 'TOO_LARGE', `The photo is ${image.size} bytes; the limit is ${ctx.config.maxImageBytes}.`);
  }
  if (!ctx.inference) throw new AnalysisError('SERVICE_UNAVAILABLE', 'UNAVAILABLE', 'Server analysis is not enabled on this server; analyse on the device.');
  const bytes = new Uint8Array(await image.arrayBuffer());
  const analysis = await ctx.inference.analyze(bytes, { skipFace: fields.skipFace }).catch((error: unknown) => {
    const mapped = toAnalysisError(error, ctx.resHeaders);
    ctx.metrics.analysisRejected.inc({ reason: mapped instanceof AnalysisError ? mapped.reason : 'ERROR' });
    throw mapped;
  });
  observeAnalysis(ctx.metrics, analysis);
  if (!validated) return { result: analysis.result, diagnosis: null };
  const stored = await submitDiagnosis(ctx, validated.user.id, { clientId: fields.clientId, result: analysis.result }).catch(nullWhenDatabaseDown(ctx, 'store'));
  if (!stored) return { result: analysis.result, diagnosis: null };
  if (!fields.keepPhoto || stored.hasPhoto || !ctx.photos) return { result: stored.result, diagnosis: stored };
  const photoPath = await ctx.photos.save(validated.user.id, stored.id, bytes);
  await ctx.db.update(diagnoses).set({ photoPath }).where(eq(diagnoses.id, stored.id));
  ctx.readMemory?.evictUser(validated.user.id);
  return { result: stored.result, diagnosis: await findDetail(ctx.db, validated.user.id, stored.id) };
}
