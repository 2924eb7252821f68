import { describe, expect, it } from 'vitest';
import { sha256Hex } from '@derma/shared';
import { readManifestFile } from '../inference/manifest-file';
import { fp16Weights } from './fp16-weights';
import { int8Weights } from './int8-weights';

const { manifest, readFile } = await readManifestFile();
const optimized = manifest.models.flatMap((entry) => entry.variants.filter((v) => v.precision === 'fp16' || v.precision === 'int8').map((variant) => ({ entry, variant })));

describe('shipped fp16 and int8 variants', () => {
  it('are listed for the baselines, each with its measured agreement within the bound', () => {
    expect(optimized.map((o) => o.variant.id)).toEqual(expect.arrayContaining(['baseline-acne-fp16', 'baseline-atopy-int8', 'baseline-wrinkle-int8']));
    for (const { variant } of optimized) {
      expect(variant.agreement?.boxIou, variant.id).toBeGreaterThanOrEqual(0.9);
      expect(variant.agreement?.scoreDiff, variant.id).toBeLessThanOrEqual(3);
    }
  });

  it('are what derma models optimize writes from the committed main file, byte for byte', async () => {
    for (const { entry, variant } of optimized) {
      const main = await readFile(entry.file);
      const bytes = variant.precision === 'fp16' ? fp16Weights(main).bytes : int8Weights(main).bytes;
      expect(await sha256Hex(bytes), variant.id).toBe(variant.sha256);
    }
  });
});
