import { describe, expect, it } from 'vitest';
import { manifestSchema } from '@derma/shared';
import shipped from '../../../../../models/manifest.json';
import { STANDARD_VARIANT, deviceVariants } from './device-variants';

const manifest = manifestSchema.parse(shipped);

describe('deviceVariants', () => {
  it('runs the face model at its smallest input size on WASM, and the skin models as they are', () => {
    expect(deviceVariants(manifest, {}, 'wasm')).toEqual({ face: 'yunet-n-320' });
  });

  it('runs a skin model on WASM with its int8 static variant where the manifest lists one', () => {
    const v = (id: string, kind: 'int8' | 'int8-static', bytes: number) => ({ id, kind, file: `${id}.onnx`, sha256: 'a'.repeat(64), bytes, imgsz: 640, precision: kind });
    const withStatic = { ...manifest, models: manifest.models.map((m) => (m.role === 'acne' ? { ...m, variants: [v('acne-int8', 'int8', 10), v('acne-int8-static', 'int8-static', 11)] } : m)) };
    expect(deviceVariants(withStatic, {}, 'wasm')).toEqual({ face: 'yunet-n-320', acne: 'acne-int8-static' });
    expect(deviceVariants(withStatic, {}, 'webgpu').acne).toBeUndefined();
  });

  it('loads the fp16 variants on WebGPU, and the face model, which has none, as it is', () => {
    expect(deviceVariants(manifest, {}, 'webgpu')).toEqual({ acne: 'baseline-acne-fp16', atopy: 'baseline-atopy-fp16', wrinkle: 'baseline-wrinkle-fp16' });
  });

  it('computes in float16 where the WebGPU adapter has shader-f16, and keeps fp16 weights on one without', () => {
    expect(deviceVariants(manifest, {}, 'webgpu-f16')).toEqual({ acne: 'baseline-acne-fp16-compute', atopy: 'baseline-atopy-fp16-compute', wrinkle: 'baseline-wrinkle-fp16-compute' });
    const weightsOnly = { ...manifest, models: manifest.models.map((m) => ({ ...m, variants: m.variants.filter((v) => v.kind !== 'fp16-compute') })) };
    expect(deviceVariants(weightsOnly, {}, 'webgpu-f16')).toEqual({ acne: 'baseline-acne-fp16', atopy: 'baseline-atopy-fp16', wrinkle: 'baseline-wrinkle-fp16' });
  });

  it('never takes a float16 graph as the smallest download where no float16 shader runs it', () => {
    const compute = (id: string) => manifest.models.flatMap((m) => m.variants).find((v) => v.id === id);
    expect(compute('baseline-acne-fp16-compute')?.bytes).toBeLessThan(compute('baseline-acne-fp16')?.bytes ?? 0);
    expect(deviceVariants(manifest, {}, 'wasm', { saveData: true }).acne).toBe('baseline-acne-fp16');
    expect(deviceVariants(manifest, {}, 'webgpu-f16', { saveData: true }).acne).toBe('baseline-acne-fp16-compute');
  });

  it('takes the smallest download on save-data or a 3g connection, never a smaller input for a skin model', () => {
    const smallest = { face: 'yunet-s-640', acne: 'baseline-acne-fp16', atopy: 'baseline-atopy-fp16', wrinkle: 'baseline-wrinkle-int8' };
    expect(deviceVariants(manifest, {}, 'wasm', { saveData: true, effectiveType: '4g' })).toEqual(smallest);
    expect(deviceVariants(manifest, {}, 'webgpu', { effectiveType: '3g' })).toEqual(smallest);
    const skinAt320 = { ...manifest, models: manifest.models.map((m) => (m.role === 'acne' ? { ...m, variants: [{ id: 'acne-320', kind: 'imgsz' as const, file: 'a.onnx', sha256: m.sha256, bytes: 1, imgsz: 320 }] } : m)) };
    expect(deviceVariants(skinAt320, {}, 'wasm', { saveData: true }).acne).toBeUndefined();
  });

  it('keeps the device default on a 4g connection', () => {
    expect(deviceVariants(manifest, {}, 'wasm', { saveData: false, effectiveType: '4g' })).toEqual({ face: 'yunet-n-320' });
  });

  it("follows the person's choice in settings on any backend, standard included", () => {
    expect(deviceVariants(manifest, { face: 'yunet-s-640' }, 'wasm')).toEqual({ face: 'yunet-s-640' });
    expect(deviceVariants(manifest, { face: 'yunet-n-320' }, 'webgpu')).toMatchObject({ face: 'yunet-n-320' });
    expect(deviceVariants(manifest, { face: STANDARD_VARIANT }, 'wasm')).toEqual({});
    expect(deviceVariants(manifest, { wrinkle: STANDARD_VARIANT }, 'wasm', { saveData: true }).wrinkle).toBeUndefined();
  });

  it('loads every main file on any device when the person prefers the best quality, a per-model choice still winning', () => {
    expect(deviceVariants(manifest, {}, 'wasm', {}, 'quality')).toEqual({});
    expect(deviceVariants(manifest, {}, 'webgpu', { saveData: true }, 'quality')).toEqual({});
    expect(deviceVariants(manifest, { wrinkle: 'baseline-wrinkle-int8' }, 'webgpu', {}, 'quality')).toEqual({ wrinkle: 'baseline-wrinkle-int8' });
  });

  it('loads the smallest files that find the same on a fast connection when the person prefers the smallest download', () => {
    const smallest = { face: 'yunet-s-640', acne: 'baseline-acne-fp16', atopy: 'baseline-atopy-fp16', wrinkle: 'baseline-wrinkle-int8' };
    expect(deviceVariants(manifest, {}, 'wasm', { effectiveType: '4g' }, 'small')).toEqual(smallest);
    expect(deviceVariants(manifest, { face: STANDARD_VARIANT }, 'webgpu', {}, 'small')).toEqual({ ...smallest, face: undefined });
  });

  it('falls back to the device default when a chosen variant is no longer in the manifest', () => {
    expect(deviceVariants(manifest, { face: 'yunet-gone' }, 'wasm')).toEqual({ face: 'yunet-n-320' });
  });
});
