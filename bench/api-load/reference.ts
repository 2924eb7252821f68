import { startChild, type ChildServer } from '../lib/child-server';
import type { Scenario } from './scenarios';

const REFERENCE = new URL('./reference-server.ts', import.meta.url).pathname;

/** How the reference's answer to a request compares with the API's. */
export type Sameness = 'identical bytes' | 'same JSON and length';

/** Starts the raw reference server on the seeded database. */
export function startReference(databaseUrl: string): Promise<ChildServer<{ url: string }>> {
  return startChild<{ url: string }>(REFERENCE, [databaseUrl]);
}

/** JSON with every object's keys sorted: equal for the same value whatever the key order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  return value;
}

async function body(url: string, scenario: Scenario, token: string): Promise<string> {
  const response = await fetch(`${url}${scenario.path()}`, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`${scenario.name} at ${url}: HTTP ${response.status}`);
  return response.text();
}

/**
 * Asks the API and the reference the same request for a few users and checks the answers are the
 * same JSON value of the same length in bytes; throws, naming the procedure, when they are not.
 */
export async function checkSameAnswers(apiUrl: string, referenceUrl: string, scenario: Scenario, tokens: readonly string[]): Promise<Sameness> {
  let identical = true;
  for (const token of tokens.slice(0, 5)) {
    const [ours, theirs] = [await body(apiUrl, scenario, token), await body(referenceUrl, scenario, token)];
    if (ours === theirs) continue;
    identical = false;
    const sameValue = JSON.stringify(canonical(JSON.parse(ours))) === JSON.stringify(canonical(JSON.parse(theirs)));
    if (!sameValue || Buffer.byteLength(ours) !== Buffer.byteLength(theirs)) {
      throw new Error(`the reference answers ${scenario.name} differently:\n  api:       ${ours.slice(0, 400)}\n  reference: ${theirs.slice(0, 400)}`);
    }
  }
  return identical ? 'identical bytes' : 'same JSON and length';
}
