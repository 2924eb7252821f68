import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestSchema } from '@derma/shared';
import { MODELS_DIR } from '../testing/baseline-pipeline';
import { buildBaselines, keepVariants, mergeBaselineEntries } from './baseline-manifest';
import { BASELINE_MODELS } from './baseline-models';

const built = buildBaselines(BASELINE_MODELS);
const committed = manifestSchema.parse(JSON.parse(readFileSync(join(MODELS_DIR, 'manifest.json'), 'utf8')));

describe('baseline generation', () => {
  it('reproduces the committed .onnx files byte for byte', () => {
    for (const { entry, bytes } of built) {
      const onDisk = readFileSync(join(MODELS_DIR, entry.file));
      expect(Buffer.from(bytes).equals(onDisk), entry.file).toBe(true);
    }
  });

  it('matches the committed manifest entries, hash and size included', () => {
    for (const { entry } of built) {
      // Variants are listed by `derma models optimize` from the committed file, not by the generator.
      const listed = committed.models.find((m) => m.id === entry.id);
      expect(listed && { ...listed, variants: [] }).toEqual(manifestSchema.shape.models.element.parse(entry));
    }
  });

  it('keeps files small and marks every entry as a described baseline', () => {
    for (const { entry, bytes } of built) {
      expect(bytes.length).toBeLessThan(300 * 1024);
      expect(entry.baseline).toBe(true);
      expect(entry.description).toMatch(/NOT a (clinical|trained)/);
    }
  });

  it('replaces entries of the same role and keeps the others when merging', () => {
    const other = { ...built[0]?.entry, id: 'trained-acne' };
    const merged = mergeBaselineEntries({ schemaVersion: 1, models: [other] }, built);
    expect(merged.models.map((m) => m.id)).toEqual(BASELINE_MODELS.map((m) => m.entry.id));
  });

  it('writes no face model and keeps the committed YuNet face entry when merging', () => {
    expect(BASELINE_MODELS.map((m) => m.role)).not.toContain('face');
    const merged = mergeBaselineEntries(committed, built);
    expect(merged.models.find((m) => m.role === 'face')).toEqual(committed.models.find((m) => m.id === 'yunet-face'));
  });

  it('lists the variants again when the built file is the one they were measured on, from the committed manifest if need be', () => {
    const acne = committed.models.find((m) => m.id === 'baseline-acne');
    const variant = acne?.variants[0];
    if (!acne || !variant) throw new Error('the committed acne baseline has no variant');
    const onDisk = (file: string) => acne.variants.find((v) => v.file === file)?.sha256;
    const fresh = { ...acne, variants: [] };
    // After a reverted experiment the manifest on disk lost them; the committed one still lists them.
    expect(keepVariants([fresh], [[fresh], [acne]], onDisk)[0]?.variants).toEqual(acne.variants);
    // A changed main file, or a variant file rewritten since, keeps none.
    expect(keepVariants([{ ...fresh, sha256: '0'.repeat(64) }], [[acne]], onDisk)[0]?.variants).toEqual([]);
    expect(keepVariants([fresh], [[{ ...acne, variants: [variant] }]], () => 'rewritten')[0]?.variants).toEqual([]);
  });
});
