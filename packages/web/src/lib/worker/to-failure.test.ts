import { PipelineError, QUALITY_REASONS } from '@derma/shared';
import { describe, expect, it } from 'vitest';
import { ModelDownloadError } from '../models/model-download-error';
import { NoWasmError, toFailure } from './to-failure';

describe('toFailure', () => {
  it('keeps the pipeline error code so the UI can show the "no face" message', () => {
    expect(toFailure(new PipelineError('NO_FACE', 'no face')).code).toBe('NO_FACE');
  });

  it.each(QUALITY_REASONS)('keeps the quality-gate reason %s across the worker boundary', (reason) => {
    expect(toFailure(new PipelineError(reason, 'refused'))).toMatchObject({ code: reason, message: 'refused' });
  });

  it('names a corrupted download as such', () => {
    expect(toFailure(new ModelDownloadError('/models/a.onnx', 'corrupted', 3, 'bad hash')).code).toBe('DOWNLOAD_CORRUPTED');
  });

  it('names a browser without WebAssembly, so the person is told why the device cannot analyse', () => {
    expect(toFailure(new NoWasmError('no wasm')).code).toBe('NO_WASM');
  });

  it('wraps values that are not errors', () => {
    expect(toFailure('boom')).toEqual({ code: 'INTERNAL', message: 'boom' });
  });
});
