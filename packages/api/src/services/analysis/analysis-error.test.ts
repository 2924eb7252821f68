import { PipelineError, QUALITY_MESSAGES, QUALITY_REASONS } from '@derma/shared';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { describe, expect, it } from 'vitest';
import { AnalysisError, toAnalysisError } from './analysis-error';

describe('toAnalysisError', () => {
  it.each(QUALITY_REASONS)('answers the quality-gate refusal %s with BAD_REQUEST, that reason and its English message', (code) => {
    const cause = new PipelineError(code, 'gate detail for the logs');
    const mapped = toAnalysisError(cause, null);
    expect(mapped).toBeInstanceOf(AnalysisError);
    expect(mapped).toMatchObject({ code: 'BAD_REQUEST', reason: code, message: QUALITY_MESSAGES[code].en, cause });
    expect(getHTTPStatusCodeFromError(mapped as AnalysisError)).toBe(400);
  });

  it('keeps a model failure the server’s: SERVICE_UNAVAILABLE with reason UNAVAILABLE', () => {
    const mapped = toAnalysisError(new PipelineError('INFERENCE_FAILED', 'session run failed', 'baseline-acne'), null);
    expect(mapped).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'UNAVAILABLE' });
  });
});
