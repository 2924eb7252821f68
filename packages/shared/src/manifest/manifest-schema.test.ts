import { describe, expect, it } from 'vitest';
import type { ManifestModelInput } from './manifest-schema';
import { manifestSchema, taskForRole } from './manifest-schema';

const face: ManifestModelInput = {
  id: 'yunet-face',
  role: 'face',
  task: 'pose',
  file: 'yunet/yunet_n_640.onnx',
  sha256: 'a'.repeat(64),
  bytes: 1,
  imgsz: 640,
  names: ['face'],
  kptShape: [5, 3],
  version: '1',
};
const acne: ManifestModelInput = { ...face, id: 'acne', role: 'acne', task: 'segment', file: 'acne.onnx', names: ['acne'], kptShape: undefined };

const issues = (models: ManifestModelInput[]): string[] => {
  const parsed = manifestSchema.safeParse({ schemaVersion: 1, models });
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};

describe('manifestSchema tasks', () => {
  it('accepts a pose face model with five keypoints beside segment condition models', () => {
    expect(issues([face, acne])).toEqual([]);
  });

  it('requires task pose for the face role and segment for conditions', () => {
    expect(taskForRole('face')).toBe('pose');
    expect(taskForRole('wrinkle')).toBe('segment');
    expect(issues([{ ...face, task: 'detect', kptShape: undefined }])).toEqual(['yunet-face: role face needs task pose']);
  });

  it('requires kptShape on pose models and refuses it elsewhere', () => {
    expect(issues([{ ...face, kptShape: undefined }])).toEqual(['yunet-face: a pose model needs kptShape [K, D]']);
    expect(issues([{ ...acne, kptShape: [5, 3] }])).toEqual(['acne: kptShape is for pose models only']);
  });

  it('refuses a face model whose keypoints are not the five face landmarks', () => {
    expect(issues([{ ...face, kptShape: [17, 3] }])).toEqual(['a face model needs 5 keypoints (eyes, nose tip, mouth corners), this one has 17']);
  });

  it('accepts an alternative network of the same family as a variant', () => {
    const variant = { id: 'yunet-s', kind: 'alternative', file: 'yunet/yunet_s_640.onnx', sha256: 'b'.repeat(64), bytes: 2, imgsz: 640 } as const;
    expect(issues([{ ...face, variants: [variant] }])).toEqual([]);
  });
});

describe('manifestSchema variants written by derma models optimize', () => {
  const variant = { id: 'acne-int8', kind: 'int8', file: 'acne.int8.onnx', sha256: 'c'.repeat(64), bytes: 3, imgsz: 640 } as const;

  it('keeps precision and measured agreement, and still parses variants written before them', () => {
    const agreement = { images: 15, boxIou: 0.95, maskIou: 0.97, scoreDiff: 1 };
    const parsed = manifestSchema.parse({ schemaVersion: 1, models: [{ ...acne, variants: [{ ...variant, precision: 'int8', agreement }, { ...variant, id: 'old' }] }] });
    expect(parsed.models[0]?.variants.map((v) => [v.precision, v.agreement])).toEqual([['int8', agreement], [undefined, undefined]]);
  });

  it('refuses an agreement IoU above 1', () => {
    expect(issues([{ ...acne, variants: [{ ...variant, agreement: { images: 1, boxIou: 1.2, scoreDiff: 0 } }] }])).toEqual(['Too big: expected number to be <=1']);
  });
});
