import onnxProto from 'onnx-proto';
import { describe, expect, it } from 'vitest';
import { buildYolov8 } from './build-yolov8';
import { yolov8Gflops, yolov8Params } from './flops';

// Architecture only: a small calibration image changes the weights, never a layer or shape.
const cheap = { imgsz: 640, calibrationSize: 32 } as const;
const detect80 = buildYolov8({ task: 'detect', nc: 80, ...cheap });
const segment80 = buildYolov8({ task: 'segment', nc: 80, ...cheap });

/** Sums the elements of every Conv/ConvTranspose weight and bias initializer in the ONNX bytes. */
function onnxConvParams(bytes: Uint8Array): number {
  const graph = onnxProto.onnx.ModelProto.decode(bytes).graph;
  const sizes = new Map((graph?.initializer ?? []).map((t) => [t.name ?? '', (t.dims ?? []).reduce((a: number, d) => a * Number(d), 1)]));
  const convInputs = (graph?.node ?? []).filter((n) => n.opType === 'Conv' || n.opType === 'ConvTranspose').flatMap((n) => (n.input ?? []).slice(1));
  return convInputs.reduce((sum, name) => sum + (sizes.get(name) ?? 0), 0);
}

describe('YOLOv8n architecture', () => {
  it('costs 8.7 GFLOPs at 640 with 80 classes, as ultralytics reports for yolov8n', () => {
    expect(yolov8Gflops(detect80.convs)).toBeGreaterThan(8.7 * 0.97);
    expect(yolov8Gflops(detect80.convs)).toBeLessThan(8.7 * 1.03);
  });

  it('costs 12.6 GFLOPs at 640 with 80 classes, as ultralytics reports for yolov8n-seg', () => {
    expect(yolov8Gflops(segment80.convs)).toBeGreaterThan(12.6 * 0.97);
    expect(yolov8Gflops(segment80.convs)).toBeLessThan(12.6 * 1.03);
  });

  it('has exactly the parameters of ultralytics fused yolov8n (3,151,904) and yolov8n-seg (3,404,320)', () => {
    expect(yolov8Params(detect80.convs)).toBe(3_151_904);
    expect(yolov8Params(segment80.convs)).toBe(3_404_320);
  });

  it('has the parameters (3,289,964) and 9.2 GFLOPs of ultralytics fused yolov8n-pose with 17 keypoints', () => {
    const coco = buildYolov8({ task: 'pose', nc: 1, kptShape: [17, 3], ...cheap });
    expect(yolov8Params(coco.convs)).toBe(3_289_964);
    expect(yolov8Gflops(coco.convs)).toBeGreaterThan(9.2 * 0.97);
    expect(yolov8Gflops(coco.convs)).toBeLessThan(9.2 * 1.03);
    expect(onnxConvParams(coco.bytes)).toBe(yolov8Params(coco.convs));
  });

  it('declares a face pose output0 [1, 4 + 1 + 5·3, A] by default', () => {
    expect(buildYolov8({ task: 'pose', ...cheap }).outputs).toEqual({ output0: [1, 20, 8400] });
    expect(() => buildYolov8({ task: 'pose', kptShape: [5, 4], ...cheap })).toThrow(/kptShape/);
  });

  it('writes every counted parameter into the ONNX file as a conv initializer', () => {
    expect(onnxConvParams(detect80.bytes)).toBe(yolov8Params(detect80.convs));
    expect(onnxConvParams(segment80.bytes)).toBe(yolov8Params(segment80.convs));
  });

  it('scales FLOPs with the input area and keeps 8400 anchors at 640, 2100 at 320', () => {
    const small = buildYolov8({ task: 'detect', nc: 80, imgsz: 320, calibrationSize: 32 });
    expect(yolov8Gflops(small.convs) * 4).toBeCloseTo(yolov8Gflops(detect80.convs), 6);
    expect(detect80.outputs.output0).toEqual([1, 84, 8400]);
    expect(small.outputs.output0).toEqual([1, 84, 2100]);
  });

  it('declares the seg outputs [1, 4+nc+32, A] and protos [1, 32, S/4, S/4]', () => {
    expect(segment80.outputs).toEqual({ output0: [1, 116, 8400], output1: [1, 32, 160, 160] });
  });

  it('rejects an imgsz that is not a multiple of 32 and a class count below 1', () => {
    expect(() => buildYolov8({ task: 'detect', imgsz: 300 })).toThrow(/multiple of 32/);
    expect(() => buildYolov8({ task: 'segment', nc: 0 })).toThrow(/nc/);
  });
});
