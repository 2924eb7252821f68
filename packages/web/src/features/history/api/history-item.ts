import type { ConditionScores, DiagnosisResult } from '@derma/shared';
import { CONDITION_IDS } from '@derma/shared';
import type { LocalResult } from '../../../lib/storage/local-db';

/** A diagnosis as history lists and charts it, from the account or from this device. */
export interface HistoryItem {
  /** What `/result/:id` takes: the server id, or the client id of a device-only result. */
  id: string;
  clientId: string;
  createdAt: string;
  totalScore: number;
  scores: ConditionScores;
  source: 'server' | 'device';
}

/** Per-condition scores of a result. */
export function conditionScores(result: DiagnosisResult): ConditionScores {
  return Object.fromEntries(CONDITION_IDS.map((id) => [id, result.findings[id]?.score ?? 100])) as ConditionScores;
}

/** A device result as a history item. */
export function fromLocal(row: LocalResult): HistoryItem {
  return {
    id: row.clientId,
    clientId: row.clientId,
    createdAt: row.createdAt,
    totalScore: row.result.totalScore,
    scores: conditionScores(row.result),
    source: 'device',
  };
}

/** ISO bounds of a date range picked as local calendar days (`YYYY-MM-DD`), both days included. */
export function dayBounds(from: string, to: string): { from: string; to: string } {
  const start = new Date(`${from}T00:00:00`);
  const end = new Date(`${to}T23:59:59.999`);
  return { from: start.toISOString(), to: end.toISOString() };
}

/** `YYYY-MM-DD` of a local date. */
export function toDay(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The range `days` back from today (the original app's default is a year). */
export function pastDays(days: number, today = new Date()): { from: string; to: string } {
  const start = new Date(today);
  start.setDate(start.getDate() - days);
  return { from: toDay(start), to: toDay(today) };
}
