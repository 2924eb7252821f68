import { describe, expect, it } from 'vitest';
import type { ManifestModelInput } from '../manifest/manifest-schema';
import { manifestModelSchema } from '../manifest/manifest-schema';
import type { OnnxModelInfo } from '../onnx/onnx-model-info';
import { validateModelContract } from './model-contract';

const poseEntry: ManifestModelInput = {
  id: 'face-pose',
  role: 'face',
  task: 'pose',
  file: 'face.onnx',
  sha256: 'a'.repeat(64),
  bytes: 1,
  imgsz: 640,
  names: ['face'],
  kptShape: [5, 3],
  version: '1',
};

function poseInfo(output0: (number | string)[], metadata: Record<string, string> = {}): OnnxModelInfo {
  return {
    irVersion: 8,
    opset: 13,
    metadata: { task: 'pose', names: "{0: 'face'}", imgsz: '[640, 640]', kpt_shape: '[5, 3]', ...metadata },
    inputs: [{ name: 'images', elemType: 1, dims: [1, 3, 640, 640] }],
    outputs: [{ name: 'output0', elemType: 1, dims: output0 }],
  };
}

const validate = (info: OnnxModelInfo, entry: Partial<ManifestModelInput> = {}) =>
  validateModelContract(manifestModelSchema.parse({ ...poseEntry, ...entry }), info, 640);

describe('validateModelContract for pose models', () => {
  it('accepts output0 [1, 4 + nc + K x D, N] and exposes kptShape', () => {
    const contract = validate(poseInfo([1, 20, 8400]));
    expect(contract).toMatchObject({ task: 'pose', names: ['face'], kptShape: [5, 3], imgsz: 640 });
  });

  it('accepts two-value keypoints (x, y) when kpt_shape says D = 2', () => {
    expect(validate(poseInfo([1, 15, 'N'], { kpt_shape: '[5, 2]' }), { kptShape: [5, 2] }).kptShape).toEqual([5, 2]);
  });

  it('names the expected row count when output0 does not hold the keypoints', () => {
    expect(() => validate(poseInfo([1, 5, 8400]))).toThrow('output0 must be [1, 20, N] for 1 classes + 5 keypoints x 3, is [1, 5, 8400]');
  });

  it('refuses a file whose kpt_shape disagrees with the manifest', () => {
    expect(() => validate(poseInfo([1, 56, 8400], { kpt_shape: '[17, 3]' }), { kptShape: [5, 3] })).toThrow(/kpt_shape is \[17,3\], manifest says \[5,3\]/);
  });

  it('refuses a pose file without kpt_shape metadata, saying so', () => {
    const info = poseInfo([1, 20, 8400]);
    delete info.metadata.kpt_shape;
    expect(() => validate(info)).toThrow(/metadata: a pose model needs kpt_shape/);
  });

  it('gives detect and segment contracts no kptShape', () => {
    const info = { ...poseInfo([1, 37, 8400], { task: 'segment', names: "{0: 'acne'}" }) };
    info.outputs.push({ name: 'output1', elemType: 1, dims: [1, 32, 160, 160] });
    const contract = validate(info, { role: 'acne', task: 'segment', names: ['acne'], kptShape: undefined });
    expect(contract).not.toHaveProperty('kptShape');
  });
});
