import { makeResult } from '@derma/api/testing';

/** One kind of request the load test sends, with a fresh token (and body) for every request. */
export interface Scenario {
  name: string;
  read: boolean;
  method: 'GET' | 'POST';
  path: () => string;
  body?: () => string;
}

const q = (input: unknown) => `?input=${encodeURIComponent(JSON.stringify(input))}`;

/** A result as a device submits it, pre-serialised: only the client id changes per request. */
const RESULT_JSON = JSON.stringify(makeResult({ pixels: { acne: 1800, atopy: 600 }, lesions: { acne: 12, atopy: 4 } }));

/**
 * The procedures under load, reads first: `diagnosis.submit` invalidates the user's insight
 * cache, so it runs last. Cache misses ask for a random period, a key nobody asked for yet.
 */
export const SCENARIOS: Scenario[] = [
  { name: 'diagnosis.list', read: true, method: 'GET', path: () => `/trpc/diagnosis.list${q({ limit: 20 })}` },
  { name: 'diagnosis.latest', read: true, method: 'GET', path: () => '/trpc/diagnosis.latest' },
  { name: 'insights.get (cache hit)', read: true, method: 'GET', path: () => `/trpc/insights.get${q({ days: 30 })}` },
  { name: 'insights.get (cache miss)', read: true, method: 'GET', path: () => `/trpc/insights.get${q({ days: 31 + Math.floor(Math.random() * 335) })}` },
  { name: 'diagnosis.submit', read: false, method: 'POST', path: () => '/trpc/diagnosis.submit', body: () => `{"clientId":"${crypto.randomUUID()}","result":${RESULT_JSON}}` },
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
