import type { Advice, AdviceLanguage, AdviceStatus } from '@derma/shared';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { advice } from '../../db/schema/index';

const adviceColumns = {
  diagnosisId: advice.diagnosisId,
  language: advice.language,
  status: advice.status,
  model: advice.model,
  usedPhoto: advice.usedPhoto,
  content: advice.content,
  error: advice.error,
  updatedAt: advice.updatedAt,
};

/** Stored advice of a diagnosis in a language, or null. Ownership is checked by the caller. */
export async function findAdvice(db: Database, diagnosisId: string, language: AdviceLanguage): Promise<Advice | null> {
  const [row] = await db
    .select(adviceColumns)
    .from(advice)
    .where(and(eq(advice.diagnosisId, diagnosisId), eq(advice.language, language)))
    .limit(1);
  return row ? { ...row, updatedAt: row.updatedAt.toISOString() } : null;
}

export interface AdviceUpdate {
  status: AdviceStatus;
  model: string;
  usedPhoto: boolean;
  content: string;
  error: string | null;
}

/** Creates or replaces the advice row of a diagnosis and language; returns it as stored. */
export async function saveAdvice(db: Database, diagnosisId: string, language: AdviceLanguage, update: AdviceUpdate): Promise<Advice> {
  const now = new Date();
  const error = update.error?.slice(0, 500) ?? null;
  await db
    .insert(advice)
    .values({ diagnosisId, language, ...update, error, createdAt: now, updatedAt: now })
    .onDuplicateKeyUpdate({ set: { ...update, error, updatedAt: now } });
  return { diagnosisId, language, ...update, error, updatedAt: now.toISOString() };
}
