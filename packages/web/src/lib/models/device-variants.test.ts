import { describe, expect, it } from 'vitest';
import { manifestSchema } from '@derma/shared';
import shipped from '../../../../../models/manifest.json';
import { STANDARD_VARIANT, deviceVariants } from './device-variants';

const manifest = manifestSchema.parse(shipped);

describe('deviceVariants', () => {
  it('runs the face model at its smallest input size on WASM, and the skin models as they are', () => {
    expect(deviceVariants(manifest, {}, 'wasm')).toEqual({ face: 'yunet-n-320' });
  });

  it('keeps every standard file on WebGPU', () => {
    expect(deviceVariants(manifest, {}, 'webgpu')).toEqual({});
  });

  it("follows the person's choice in settings on any backend, standard included", () => {
    expect(deviceVariants(manifest, { face: 'yunet-s-640' }, 'wasm')).toEqual({ face: 'yunet-s-640' });
    expect(deviceVariants(manifest, { face: 'yunet-n-320' }, 'webgpu')).toEqual({ face: 'yunet-n-320' });
    expect(deviceVariants(manifest, { face: STANDARD_VARIANT }, 'wasm')).toEqual({});
  });

  it('falls back to the device default when a chosen variant is no longer in the manifest', () => {
    expect(deviceVariants(manifest, { face: 'yunet-gone' }, 'wasm')).toEqual({ face: 'yunet-n-320' });
  });
});
