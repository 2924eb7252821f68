import { diagnosisListSchema, latestDiagnosisSchema, type DiagnosisDetail, type DiagnosisList, type DiagnosisScores, type DiagnosisSummary, type LatestDiagnosis } from '@derma/shared';
import { validated } from '../../trpc/validated-output';
import { parseReadKey, type RecentScores } from '../read-memory';
import { encodeCursor } from './list-diagnoses';
import { BETWEEN_LIMIT } from './scored-heads';

/** `diagnosis.latest` for a user whose newest diagnosis is `newest`: it, with its change since the one before. */
export function withChange(newest: DiagnosisDetail): NonNullable<LatestDiagnosis> {
  const previous = newest.recent.find((r) => r.id !== newest.id);
  const comparedToPrevious = previous
    ? {
        totalScore: newest.totalScore - previous.totalScore,
        scores: {
          acne: newest.scores.acne - previous.scores.acne,
          atopy: newest.scores.atopy - previous.scores.atopy,
          wrinkle: newest.scores.wrinkle - previous.scores.wrinkle,
        },
      }
    : null;
  return { ...newest, comparedToPrevious };
}

const summaryOf = ({ id, createdAt, totalScore, scores, clientId, lesionCounts, location }: DiagnosisDetail): DiagnosisSummary => ({ id, createdAt, totalScore, scores, clientId, lesionCounts, location });
const scoresOf = ({ id, createdAt, totalScore, scores }: DiagnosisDetail): DiagnosisScores => ({ id, createdAt, totalScore, scores });

/**
 * What each kept read of a user (see `readKeys`) becomes once `added`, just stored, is in the
 * database: the value the same read would now return (outputs `validated`), or undefined where that is not known for
 * certain (then the read is dropped and runs again). `added` is the user's newest diagnosis unless
 * a kept read holds one as new or newer (stored in the same millisecond, or by another process):
 * then that read is dropped. A read that already holds `added` is kept as it is.
 * - `latest`: `added` with its change since the one before.
 * - the first page of `list` without `from`, `to` or `cursor`: `added` first, the page cut to its
 *   limit and its cursor moved; other pages are dropped.
 * - the recent scores behind `history` ending now: `added` appended (oldest first).
 * - `history` with an end date before `added`, and details of older diagnoses: unchanged.
 * - insights, and everything else: dropped.
 */
export function withAddedDiagnosis(added: DiagnosisDetail): (key: string, value: unknown) => unknown {
  const at = Date.parse(added.createdAt);
  const older = (createdAt: string) => Date.parse(createdAt) < at;
  return (key, value) => {
    const read = parseReadKey(key);
    switch (read?.kind) {
      case 'latest': {
        const latest = value as LatestDiagnosis;
        if (latest?.id === added.id) return latest;
        return latest === null || older(latest.createdAt) ? validated(latestDiagnosisSchema, withChange(added)) : undefined;
      }
      case 'list': {
        const { cursor, from, to, limit = 20 } = read.input;
        const page = value as DiagnosisList;
        const first = page.items[0];
        if (cursor !== undefined || from !== undefined || to !== undefined || (first && first.id !== added.id && !older(first.createdAt))) return undefined;
        if (first?.id === added.id) return page;
        const items = [summaryOf(added), ...page.items];
        const last = items[limit - 1];
        const revised = items.length <= limit || !last ? { items, nextCursor: null } : { items: items.slice(0, limit), nextCursor: encodeCursor(new Date(last.createdAt), last.id) };
        return validated(diagnosisListSchema, revised);
      }
      case 'recentScores': {
        const recent = value as RecentScores;
        const last = recent.points.at(-1);
        if (last?.id === added.id) return recent;
        if ((last && !older(last.createdAt)) || recent.points.length + 1 >= BETWEEN_LIMIT) return undefined;
        return { since: recent.since, points: [...recent.points, scoresOf(added)] };
      }
      case 'history':
        return Date.parse(read.endDate) < at ? value : undefined;
      case 'detail': {
        const detail = value as DiagnosisDetail | null;
        if (read.id === added.id) return undefined;
        return detail === null || older(detail.createdAt) ? detail : undefined;
      }
      default:
        return undefined;
    }
  };
}
