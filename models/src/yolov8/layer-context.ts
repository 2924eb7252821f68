import type { GraphBuilder } from '../onnx-graph';
import type { Calib } from './calibration-ops';
import { calibConv, calibConvTranspose, calibMap } from './calibration-ops';
import type { SeededRandom } from './seeded-random';

/**
 * A tensor in the graph with its NCHW shape (batch is always 1), and `calib`, the same tensor
 * computed in JavaScript on the small calibration image.
 */
export interface Feature {
  name: string;
  c: number;
  h: number;
  w: number;
  calib: Calib;
}

/** One convolution as written to the graph; the FLOP and parameter counters read these. */
export interface ConvRecord {
  scope: string;
  kind: 'Conv' | 'ConvTranspose';
  cin: number;
  cout: number;
  kernel: number;
  outH: number;
  outW: number;
  bias: boolean;
}

/** Per-channel output of a calibrated conv: std `gain` around `bias` (default: std 2 around N(0, 0.1) per channel). */
export interface ConvInit {
  gain?: number;
  bias?: number;
}

const BETA_STD = 0.1;
// Pre-activation std of every calibrated conv. At 2, SiLU gates rather than passes its input, as
// in a trained net, so a photo busier than the calibration image does not carry its extra
// contrast linearly to the class logits (at 1, one seed in four saturated on real photos; at
// 0.5 most did).
const ACTIVATION_STD = 2;
const silu = (v: number): number => v / (1 + Math.exp(-v));
// Rounding the folded statistics keeps weights byte-identical even if Math.exp differs by an ulp.
const round = (v: number): number => Number(v.toPrecision(5));

/**
 * The shared state of one model build: the graph, the seeded weight source, the calibration
 * activations and the record of every convolution. Each conv's seeded weights are normalised
 * per output channel on the calibration image, as folding a trained BatchNorm would do, so
 * activations keep a sane scale at any depth.
 */
export class LayerContext {
  readonly convs: ConvRecord[] = [];

  constructor(
    readonly g: GraphBuilder,
    private readonly rng: SeededRandom,
  ) {}

  /** Conv2d with bias (BatchNorm folded in), no activation; `same` padding as ultralytics' autopad. */
  conv2d(x: Feature, scope: string, cout: number, kernel: number, stride = 1, init: ConvInit = {}): Feature {
    const fanIn = x.c * kernel * kernel;
    const w = this.rng.normals(cout * fanIn, 1 / Math.sqrt(fanIn));
    const calib = calibConv(x.calib, w, cout, kernel, stride);
    const b = this.fold(calib, w, (i) => Math.floor(i / fanIn), init);
    const pad = Math.floor(kernel / 2);
    const name = this.g.op('Conv', [x.name, this.g.weight(`${scope}.weight`, w, [cout, x.c, kernel, kernel]), this.g.weight(`${scope}.bias`, b, [cout])], {
      dilations: { ints: [1, 1] },
      group: { i: 1 },
      kernel_shape: { ints: [kernel, kernel] },
      pads: { ints: [pad, pad, pad, pad] },
      strides: { ints: [stride, stride] },
    });
    const side = (n: number): number => Math.floor((n + 2 * pad - kernel) / stride) + 1;
    return this.record(scope, 'Conv', x, { name, c: cout, h: side(x.h), w: side(x.w), calib }, kernel);
  }

  /** Ultralytics `Conv`: conv (BatchNorm folded) followed by SiLU written as x * Sigmoid(x), as torch exports it. */
  conv(x: Feature, scope: string, cout: number, kernel: number, stride = 1): Feature {
    const y = this.conv2d(x, `${scope}.conv`, cout, kernel, stride);
    return { ...y, name: this.g.op('Mul', [y.name, this.g.op('Sigmoid', [y.name])]), calib: calibMap(y.calib, silu) };
  }

  /** ConvTranspose2d with kernel = stride (Proto's 2x upsample), with bias, normalised like conv2d. */
  convTranspose(x: Feature, scope: string, cout: number, kernel: number): Feature {
    const w = this.rng.normals(x.c * cout * kernel * kernel, 1 / Math.sqrt(x.c));
    const calib = calibConvTranspose(x.calib, w, cout, kernel);
    const b = this.fold(calib, w, (i) => Math.floor(i / kernel / kernel) % cout, {});
    const name = this.g.op('ConvTranspose', [x.name, this.g.weight(`${scope}.weight`, w, [x.c, cout, kernel, kernel]), this.g.weight(`${scope}.bias`, b, [cout])], {
      dilations: { ints: [1, 1] },
      group: { i: 1 },
      kernel_shape: { ints: [kernel, kernel] },
      pads: { ints: [0, 0, 0, 0] },
      strides: { ints: [kernel, kernel] },
    });
    return this.record(scope, 'ConvTranspose', x, { name, c: cout, h: x.h * kernel, w: x.w * kernel, calib }, kernel);
  }

  /** A 1x1 Conv2d without bias on `input` ([1, cin, h, w]) whose weights are given, not drawn (DFL). */
  fixedConv1x1(input: string, scope: string, weight: Float32Array, cin: number, h: number, w: number): string {
    const name = this.g.op('Conv', [input, this.g.weight(`${scope}.weight`, weight, [weight.length / cin, cin, 1, 1])], {
      kernel_shape: { ints: [1, 1] },
    });
    this.convs.push({ scope, kind: 'Conv', cin, cout: weight.length / cin, kernel: 1, outH: h, outW: w, bias: false });
    return name;
  }

  /**
   * Scales each output channel's weights so the channel has std `gain` on the calibration
   * image and returns biases that put its mean at `init.bias` (or a small random shift);
   * `raw`, the bias-free conv output, is updated in place to the folded output.
   */
  private fold(raw: Calib, w: Float32Array, channelOf: (weightIndex: number) => number, init: ConvInit): Float32Array {
    const plane = raw.h * raw.w;
    // Statistics over the whole layer, not per channel: per-channel ones fitted on a small image
    // blow up channels that happen to be flat there (SPPF on a 4 x 4 map is nearly constant).
    const mean = raw.data.reduce((s, v) => s + v, 0) / raw.data.length;
    const variance = raw.data.reduce((s, v) => s + (v - mean) ** 2, 0) / raw.data.length;
    const gain = round((init.gain ?? ACTIVATION_STD) / Math.sqrt(Math.max(variance, 1e-6)));
    const scale = new Float64Array(raw.c).fill(gain);
    const bias = new Float32Array(raw.c);
    for (let c = 0; c < raw.c; c++) bias[c] = (init.bias ?? BETA_STD * this.rng.normal()) - round(mean) * gain;
    w.forEach((v, i) => (w[i] = v * (scale[channelOf(i)] ?? 1)));
    raw.data.forEach((v, i) => {
      const c = Math.floor(i / plane);
      raw.data[i] = v * (scale[c] ?? 1) + (bias[c] ?? 0);
    });
    return bias;
  }

  private record(scope: string, kind: ConvRecord['kind'], x: Feature, out: Feature, kernel: number): Feature {
    this.convs.push({ scope, kind, cin: x.c, cout: out.c, kernel, outH: out.h, outW: out.w, bias: true });
    return out;
  }
}
