import { describe, expect, it } from 'vitest';
import * as ort from 'onnxruntime-node';
import { GraphBuilder } from './onnx-graph';

function tinyModel(): Uint8Array {
  const g = new GraphBuilder();
  const x = g.input('images', [1, 3, 4, 4]);
  const w = g.weight('w', new Float32Array(3).fill(1), [1, 3, 1, 1]);
  const sum = g.op('Conv', [x, w], { kernel_shape: { ints: [1, 1] } });
  g.output('output0', g.op('Mul', [sum, g.scalar('two', 2)]), [1, 1, 4, 4]);
  return g.build({ name: 'tiny', metadata: { names: "{0: 'a'}" } });
}

describe('GraphBuilder', () => {
  it('writes a model that onnxruntime runs with the declared arithmetic', async () => {
    const session = await ort.InferenceSession.create(tinyModel());
    const data = Float32Array.from({ length: 48 }, (_, i) => i % 16);
    const out = await session.run({ images: new ort.Tensor('float32', data, [1, 3, 4, 4]) });
    const y = out.output0?.data as Float32Array;
    expect(Array.from(y.slice(0, 3))).toEqual([0, 6, 12]);
  });

  it('serialises identically when the same graph is built twice', () => {
    expect(Buffer.from(tinyModel()).equals(Buffer.from(tinyModel()))).toBe(true);
  });
});
