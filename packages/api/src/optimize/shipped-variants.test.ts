import { describe, expect, it } from 'vitest';
import { sha256Hex } from '@derma/shared';
import { readManifestFile } from '../inference/manifest-file';
import { createNodeRuntime } from '../inference/node-runtime';
import { VARIANT_TRANSFORMS } from './optimize-model';

const { manifest, readFile } = await readManifestFile();
const KINDS = new Set(['fp16', 'fp16-compute', 'int8']);
const optimized = manifest.models.flatMap((entry) => entry.variants.filter((v) => KINDS.has(v.kind)).map((variant) => ({ entry, variant, kind: variant.kind as 'fp16' | 'fp16-compute' | 'int8' })));

describe('shipped fp16, fp16-compute and int8 variants', () => {
  it('are listed for the baselines, each with its measured agreement within the bound', () => {
    expect(optimized.map((o) => o.variant.id)).toEqual(expect.arrayContaining(['baseline-acne-fp16', 'baseline-acne-fp16-compute', 'baseline-atopy-int8', 'baseline-wrinkle-int8']));
    for (const { variant } of optimized) {
      expect(variant.agreement?.boxIou, variant.id).toBeGreaterThanOrEqual(0.9);
      expect(variant.agreement?.scoreDiff, variant.id).toBeLessThanOrEqual(3);
    }
  });

  it('are what derma models optimize writes from the committed main file, byte for byte', async () => {
    const runtime = createNodeRuntime({ threads: 1 });
    for (const { entry, variant, kind } of optimized) {
      const { bytes } = await VARIANT_TRANSFORMS[kind](await readFile(entry.file), { runtime, entry, images: [] });
      expect(await sha256Hex(bytes), variant.id).toBe(variant.sha256);
    }
  });
});
