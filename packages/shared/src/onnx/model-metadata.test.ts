import { describe, expect, it } from 'vitest';
import { parseUltralyticsMetadata } from './model-metadata';

// As written by `yolo export format=onnx` (ultralytics/engine/exporter.py, metadata dict str()-ed).
const exported = {
  description: 'Ultralytics YOLOv8n-seg model trained on skin.yaml',
  author: 'Ultralytics',
  date: '2024-05-01T10:00:00.000000',
  version: '8.2.0',
  license: 'AGPL-3.0 License (https://ultralytics.com/license)',
  docs: 'https://docs.ultralytics.com',
  stride: '32',
  task: 'segment',
  batch: '1',
  imgsz: '[640, 640]',
  names: "{0: 'acne', 1: 'papule', 2: 'pustule'}",
  args: "{'batch': 1, 'half': False, 'int8': False, 'dynamic': False, 'nms': False}",
};

describe('parseUltralyticsMetadata', () => {
  it('reads task, names by index, imgsz and stride from a real export', () => {
    const meta = parseUltralyticsMetadata(exported);
    expect(meta).toMatchObject({ task: 'segment', names: ['acne', 'papule', 'pustule'], imgsz: [640, 640], stride: 32, version: '8.2.0' });
  });

  it('accepts a single-int imgsz and a names list', () => {
    const meta = parseUltralyticsMetadata({ ...exported, imgsz: '320', names: "['face']", task: 'detect' });
    expect(meta).toMatchObject({ imgsz: [320, 320], names: ['face'], task: 'detect' });
  });

  it('reads a pose export: task pose and kpt_shape [K, D] from its Python list', () => {
    const meta = parseUltralyticsMetadata({ ...exported, task: 'pose', names: "{0: 'face'}", kpt_shape: '[5, 3]' });
    expect(meta).toMatchObject({ task: 'pose', names: ['face'], kptShape: [5, 3] });
    expect(parseUltralyticsMetadata({ ...exported, task: 'pose', kpt_shape: '[17, 2]' }).kptShape).toEqual([17, 2]);
  });

  it('gives no kptShape to detect and segment models, even when the key is present', () => {
    expect(parseUltralyticsMetadata({ ...exported, kpt_shape: '[5, 3]' }).kptShape).toBeUndefined();
  });

  it.each([
    [{ task: 'pose' }, /pose model needs kpt_shape/],
    [{ task: 'pose', kpt_shape: '[5, 4]' }, /kpt_shape must be/],
    [{ task: 'pose', kpt_shape: '[0, 3]' }, /kpt_shape must be/],
    [{ task: 'pose', kpt_shape: '[5.5, 3]' }, /kpt_shape must be/],
    [{ task: 'pose', kpt_shape: '[5]' }, /kpt_shape must be/],
    [{ names: "{0: 'a', 2: 'c'}" }, /indices/],
    [{ names: '{}' }, /non-empty/],
    [{ names: "{'a': 0}" }, /not index/],
    [{ imgsz: '[640]' }, /imgsz/],
    [{ imgsz: "'640'" }, /imgsz/],
    [{ task: 'classify' }, /task/],
    [{ stride: '0' }, /stride/],
    [{ names: "{0: 'acne'" }, /invalid Python literal/],
  ])('rejects malformed metadata %j', (patch, message) => {
    expect(() => parseUltralyticsMetadata({ ...exported, ...patch })).toThrow(message);
  });

  it('names every missing key', () => {
    expect(() => parseUltralyticsMetadata({ stride: '32' })).toThrow('metadata is missing names, imgsz, task');
  });
});
