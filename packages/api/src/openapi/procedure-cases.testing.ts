import { expect, it } from 'vitest';
import type { Answer, conformanceClient } from './openapi-conformance.testing';

/** One success and one error call per procedure, checked against the served document. */
export type ProcedureCases = Record<string, { success: () => Promise<Answer>; failure: () => Promise<Answer> }>;

/**
 * Declares, for every case, a test that the success answers 200 and a test that the failure
 * answers ≥ 400, each with a body matching the document's schema for that procedure.
 * @param client the conformance client, read when the tests run (it is made in `beforeAll`)
 */
export function itConformsToTheDocument(cases: ProcedureCases, client: () => ReturnType<typeof conformanceClient>): void {
  for (const [path, { success, failure }] of Object.entries(cases)) {
    it(`${path} answers 200 with a body matching its documented schema`, async () => {
      const answer = await success();
      expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(200);
      expect(client().check(path, answer)).toEqual([]);
    });

    it(`${path} answers an error with a body matching the documented error envelope`, async () => {
      const answer = await failure();
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(client().check(path, answer)).toEqual([]);
    });
  }
}
