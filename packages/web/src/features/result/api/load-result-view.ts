import type { ConditionScores, DiagnosisResult, User } from '@derma/shared';
import { CONDITION_IDS } from '@derma/shared';
import { getLocalResult, previousLocalResult } from '../../../lib/storage/local-results';
import { api } from '../../../lib/trpc/trpc-client';

/** Scores to compare against: the diagnosis before this one. */
export interface Comparison {
  totalScore: number;
  scores: ConditionScores;
}

/** Everything the result screen shows about one diagnosis. */
export interface ResultView {
  clientId: string;
  createdAt: string;
  result: DiagnosisResult;
  photo: Blob | null;
  serverId: string | null;
  previous: Comparison | null;
}

function scoresOf(result: DiagnosisResult): Comparison {
  const scores = Object.fromEntries(CONDITION_IDS.map((id) => [id, result.findings[id]?.score ?? 100])) as ConditionScores;
  return { totalScore: result.totalScore, scores };
}

/**
 * A diagnosis by id: a result on this device (id = client id), else one in the account
 * (id = server id), with the local photo when this device made it.
 * @returns null when neither has it
 */
export async function loadResultView(id: string, user: User | null): Promise<ResultView | null> {
  const local = await getLocalResult(id);
  if (local) {
    const before = await previousLocalResult(local.createdAt);
    return { ...local, previous: before ? scoresOf(before.result) : null };
  }
  if (!user) return null;
  const detail = await api.diagnosis.byId.query({ id });
  const mine = await getLocalResult(detail.clientId);
  const previous = detail.recent.find((r) => r.id !== detail.id && r.createdAt < detail.createdAt) ?? null;
  return {
    clientId: detail.clientId,
    createdAt: detail.createdAt,
    result: detail.result,
    photo: mine?.photo ?? null,
    serverId: detail.id,
    previous: previous ? { totalScore: previous.totalScore, scores: previous.scores } : null,
  };
}
