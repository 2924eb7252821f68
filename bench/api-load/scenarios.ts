import { makeResult } from '@derma/api/testing';
import type { MixEntry } from '../lib/open-loop';

/** One kind of request the load test sends, with a fresh token (and body) for every request. */
export interface Scenario {
  name: string;
  read: boolean;
  /** The raw reference server answers it too (same request, same answer). */
  reference: boolean;
  method: 'GET' | 'POST';
  path: () => string;
  body?: () => string;
}

const q = (input: unknown) => `?input=${encodeURIComponent(JSON.stringify(input))}`;

/** A result as a device submits it, pre-serialised: only the client id changes per request. */
const RESULT_JSON = JSON.stringify(makeResult({ pixels: { acne: 1800, atopy: 600 }, lesions: { acne: 12, atopy: 4 } }));

/** The end of the history window: fixed for the run, so the reference's answer can be compared. */
const HISTORY_END = new Date().toISOString();

const list: Scenario = { name: 'diagnosis.list', read: true, reference: true, method: 'GET', path: () => `/trpc/diagnosis.list${q({ limit: 20 })}` };
const latest: Scenario = { name: 'diagnosis.latest', read: true, reference: true, method: 'GET', path: () => '/trpc/diagnosis.latest' };
const history: Scenario = { name: 'diagnosis.history', read: true, reference: true, method: 'GET', path: () => `/trpc/diagnosis.history${q({ range: 'month', endDate: HISTORY_END })}` };
const insightsHit: Scenario = { name: 'insights.get (cache hit)', read: true, reference: true, method: 'GET', path: () => `/trpc/insights.get${q({ days: 30 })}` };
const submit: Scenario = {
  name: 'diagnosis.submit',
  read: false,
  reference: false,
  method: 'POST',
  path: () => '/trpc/diagnosis.submit',
  body: () => `{"clientId":"${crypto.randomUUID()}","result":${RESULT_JSON}}`,
};

/**
 * The procedures under load, reads first: `diagnosis.submit` invalidates the user's insight
 * cache, so it runs last. Cache misses ask for a random period, a key nobody asked for yet.
 */
export const SCENARIOS: Scenario[] = [
  list,
  latest,
  history,
  insightsHit,
  { name: 'insights.get (cache miss)', read: true, reference: false, method: 'GET', path: () => `/trpc/insights.get${q({ days: 31 + Math.floor(Math.random() * 335) })}` },
  submit,
];

/** What users do at once in the open-loop run: mostly reads, 5 % new diagnoses. */
export const MIX: MixEntry[] = [
  { ...list, weight: 35 },
  { ...latest, weight: 25 },
  { ...history, weight: 15 },
  { ...insightsHit, weight: 20 },
  { ...submit, weight: 5 },
];

/** Fills the insight cache for `days` = 30 for every token before the cache-hit scenario. */
export async function warmInsights(url: string, tokens: readonly string[]): Promise<void> {
  for (let i = 0; i < tokens.length; i += 50) {
    await Promise.all(
      tokens.slice(i, i + 50).map(async (token) => {
        const response = await fetch(`${url}/trpc/insights.get${q({ days: 30 })}`, { headers: { authorization: `Bearer ${token}` } });
        await response.arrayBuffer();
      }),
    );
  }
}
