import type { AdviceEvent, AdviceInput } from '@derma/shared';
import { TRPCError } from '@trpc/server';
import type { SessionUser } from '../../auth/session';
import type { Context } from '../../trpc/context';
import { findDetail } from '../diagnosis/diagnosis-queries';
import { adviceMessages } from './advice-prompt';
import { findAdvice, saveAdvice } from './advice-store';
import { streamChat } from './ollama-stream';

type AdviceContext = Pick<Context, 'db' | 'ollama' | 'config' | 'metrics' | 'logger'> & Partial<Pick<Context, 'photos'>>;

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/**
 * Relays Ollama's advice on a diagnosis token by token, then stores it. Advice already done is
 * replayed when it was made the way this request asks (with or without the photo); otherwise,
 * and when it failed, it is made again. With `usePhoto` and a photo the user kept, the vision
 * model (`OLLAMA_VISION_MODEL`) also sees the photo; otherwise only the findings leave the
 * server. Ollama down, slow or failing marks the advice failed and throws SERVICE_UNAVAILABLE;
 * the diagnosis itself is untouched.
 */
export async function* streamAdvice(ctx: AdviceContext, user: SessionUser, input: AdviceInput, signal?: AbortSignal): AsyncGenerator<AdviceEvent> {
  const language = input.language;
  const detail = await findDetail(ctx.db, user.id, input.diagnosisId);
  if (!detail) throw new TRPCError({ code: 'NOT_FOUND', message: 'No such diagnosis.' });
  // The photo as it is now: a kept photo whose file is gone gives text advice, replayed as such.
  const photo = input.usePhoto && detail.hasPhoto ? ((await ctx.photos?.read(user.id, detail.id)) ?? null) : null;
  const usedPhoto = photo !== null;
  const stored = await findAdvice(ctx.db, detail.id, language);
  if (stored?.status === 'done' && stored.usedPhoto === usedPhoto) {
    yield { type: 'token', text: stored.content };
    yield { type: 'done', advice: stored };
    return;
  }
  const model = photo ? ctx.config.ollamaVisionModel : ctx.config.ollamaModel;
  await saveAdvice(ctx.db, detail.id, language, { status: 'pending', model, usedPhoto, content: '', error: null });
  const stopTimer = ctx.metrics.adviceDuration.startTimer();
  let content = '';
  let answeredBy = model;
  try {
    for await (const part of streamChat(ctx.ollama, { model, messages: adviceMessages(detail, language, photo ?? undefined) }, ctx.config.requestTimeoutMs, signal)) {
      answeredBy = part.model || model;
      const text = part.message.content;
      if (text) {
        content += text;
        yield { type: 'token', text };
      }
    }
  } catch (error) {
    stopTimer({ status: 'failed' });
    const message = describe(error);
    await saveAdvice(ctx.db, detail.id, language, { status: 'failed', model, usedPhoto, content, error: message });
    ctx.logger.warn({ err: error, diagnosisId: detail.id }, 'advice failed');
    throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: `Advice is unavailable right now: ${message}`, cause: error });
  }
  stopTimer({ status: 'done' });
  const advice = await saveAdvice(ctx.db, detail.id, language, { status: 'done', model: answeredBy, usedPhoto, content, error: null });
  yield { type: 'done', advice };
}
