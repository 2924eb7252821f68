import { describe, expect, it } from 'vitest';
import { parseUltralyticsMetadata } from '../../../packages/shared/src/onnx/model-metadata';
import { readOnnxModelInfo } from '../../../packages/shared/src/onnx/onnx-model-info';
import { parsePythonLiteral } from '../../../packages/shared/src/onnx/python-literal';
import { buildYolov8 } from './build-yolov8';
import { pythonNames, pythonString } from './metadata';

const model = buildYolov8({ task: 'segment', names: ['acne', 'papule'], imgsz: 320, calibrationSize: 32 });
const info = readOnnxModelInfo(model.bytes);

describe('YOLOv8 metadata_props', () => {
  it('parses with the pipeline reader as a 2-class segment model at 320 with stride 32', () => {
    const meta = parseUltralyticsMetadata(info.metadata);
    expect(meta).toMatchObject({ task: 'segment', names: ['acne', 'papule'], imgsz: [320, 320], stride: 32 });
  });

  it('writes names, imgsz and args as Python literals exactly as str() of the dict and list', () => {
    expect(info.metadata.names).toBe("{0: 'acne', 1: 'papule'}");
    expect(info.metadata.imgsz).toBe('[320, 320]');
    expect(info.metadata.args).toBe("{'batch': 1, 'half': False, 'int8': False, 'dynamic': False, 'nms': False}");
    expect(parsePythonLiteral(info.metadata.args ?? '')).toEqual({
      kind: 'dict',
      entries: [['batch', 1], ['half', false], ['int8', false], ['dynamic', false], ['nms', false]],
    });
    expect(parsePythonLiteral(info.metadata.batch ?? '')).toBe(1);
  });

  it('says it is an architecture-equivalent graph with seeded weights, not a diagnostic model', () => {
    expect(info.metadata.description).toMatch(/architecture-equivalent YOLOv8n-seg/);
    expect(info.metadata.description).toMatch(/not a diagnostic model/);
    expect(Object.keys(info.metadata)).toEqual(
      expect.arrayContaining(['author', 'date', 'version', 'license', 'docs', 'stride', 'task', 'batch', 'imgsz', 'names', 'args']),
    );
  });

  it('names a single-class detect model without names face', () => {
    const face = readOnnxModelInfo(buildYolov8({ task: 'detect', imgsz: 320, calibrationSize: 32 }).bytes);
    expect(face.metadata.names).toBe("{0: 'face'}");
    expect(face.metadata.task).toBe('detect');
  });

  it('writes task pose and kpt_shape as a Python list for a pose model, and a face name', () => {
    const pose = readOnnxModelInfo(buildYolov8({ task: 'pose', imgsz: 320, calibrationSize: 32 }).bytes);
    expect(pose.metadata).toMatchObject({ task: 'pose', kpt_shape: '[5, 3]', names: "{0: 'face'}" });
    expect(Object.keys(pose.metadata).at(-1)).toBe('kpt_shape');
  });

  it('quotes names the way Python repr does, so quotes and backslashes survive a parse', () => {
    expect(pythonString("it's")).toBe(`"it's"`);
    expect(pythonString('a\\b')).toBe("'a\\\\b'");
    const names = ["it's", 'say "hi"', 'both \' "'];
    expect(parsePythonLiteral(pythonNames(names))).toEqual({ kind: 'dict', entries: names.map((n, i) => [i, n]) });
  });
});
