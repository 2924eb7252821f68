import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../onnx-graph';
import { anchorGrid } from './anchors';
import { decodeKeypoints } from './keypoint-head';
import { LayerContext } from './layer-context';
import { SeededRandom } from './seeded-random';

// imgsz 64: 8x8 + 4x4 + 2x2 = 84 anchors, small enough to check every value.
const IMGSZ = 64;
const grid = anchorGrid(IMGSZ);

async function decoded(raw: Float32Array, kptShape: readonly [number, 2 | 3]): Promise<Float32Array> {
  const ctx = new LayerContext(new GraphBuilder(), new SeededRandom(0));
  const rows = kptShape[0] * kptShape[1];
  const input = ctx.g.input('raw', [1, rows, grid.count]);
  ctx.g.output('kpts', decodeKeypoints(ctx, input, kptShape, IMGSZ), [1, rows, grid.count]);
  const session = await ort.InferenceSession.create(ctx.g.build({ name: 'kpts', metadata: {} }));
  const out = await session.run({ raw: new ort.Tensor('float32', raw, [1, rows, grid.count]) });
  return out.kpts?.data as Float32Array;
}

describe('decodeKeypoints', () => {
  it('decodes as ultralytics Pose.kpts_decode: (raw·2 + anchor - 0.5)·stride, sigmoid visibility', async () => {
    const a = grid.count;
    const raw = Float32Array.from({ length: 2 * 3 * a }, (_, i) => Math.sin(i) * 3);
    const out = await decoded(raw, [2, 3]);
    for (let k = 0; k < 2; k++) {
      for (let i = 0; i < a; i++) {
        const s = grid.strides[i] ?? 0;
        const at = (d: number): number => (k * 3 + d) * a + i;
        expect(out[at(0)]).toBeCloseTo(((raw[at(0)] ?? 0) * 2 + (grid.points[i] ?? 0) - 0.5) * s, 3);
        expect(out[at(1)]).toBeCloseTo(((raw[at(1)] ?? 0) * 2 + (grid.points[a + i] ?? 0) - 0.5) * s, 3);
        expect(out[at(2)]).toBeCloseTo(1 / (1 + Math.exp(-(raw[at(2)] ?? 0))), 5);
      }
    }
  });

  it('keeps x, y only when kpt_shape has two values per keypoint', async () => {
    const raw = new Float32Array(5 * 2 * grid.count);
    const out = await decoded(raw, [5, 2]);
    // Raw zeros put every keypoint at its cell's corner: (anchor - 0.5) · stride.
    expect(out[0]).toBe(0);
    expect(out[grid.count + 9]).toBe(8);
    expect(out).toHaveLength(raw.length);
  });
});
