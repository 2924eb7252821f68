import { PipelineError, QUALITY_MESSAGES, QUALITY_REASONS } from '@derma/shared';
import { describe, expect, it } from 'vitest';
import { CliError, qualityRefusal } from './cli-error';

describe('qualityRefusal', () => {
  it.each(QUALITY_REASONS)('words the refusal %s as "<file>: <code>: <English message>" with exit code 1', (code) => {
    const refusal = qualityRefusal('photos/me.jpg', new PipelineError(code, 'detail'));
    expect(refusal).toBeInstanceOf(CliError);
    expect(refusal?.message).toBe(`photos/me.jpg: ${code}: ${QUALITY_MESSAGES[code].en}`);
    expect(refusal?.message).not.toContain('\n');
    expect(refusal?.exitCode).toBe(1);
  });

  it('leaves model and runtime failures to the caller', () => {
    expect(qualityRefusal('me.jpg', new PipelineError('MODEL_MISSING', 'cannot read', 'baseline-acne'))).toBeNull();
    expect(qualityRefusal('me.jpg', new Error('NO_FACE'))).toBeNull();
  });
});
