import type { ManifestModel, ModelVariant, OnnxRuntime, VariantAgreement } from '@derma/shared';
import { loadModel, preprocess, sha256Hex } from '@derma/shared';
import type { AgreementBound } from './agreement';
import { AGREEMENT_BOUND, agreement, disagreement } from './agreement';
import type { CalibrationImage } from './calibration-images';
import { fp16Graph } from './fp16-graph';
import { fp16Weights } from './fp16-weights';
import { resizeInput, smallerSize } from './input-size';
import { activationRanges, int8Static } from './int8-static';
import { int8Weights } from './int8-weights';
import type { ModelOutcome } from './model-outcome';
import { modelOutcome } from './model-outcome';

/** A lighter file this command knows how to write from an fp32 export. */
export type VariantKind = 'fp16' | 'fp16-compute' | 'int8' | 'int8-static' | 'imgsz';

/** Every kind, in the order the command writes them. */
export const VARIANT_KINDS: readonly VariantKind[] = ['fp16', 'fp16-compute', 'int8', 'int8-static', 'imgsz'];

/** What a transform wrote: the file, how many tensors it changed (0: nothing to shrink), its input size when it changed it, and why it wrote nothing. */
export interface TransformOutput {
  bytes: Uint8Array;
  converted: number;
  imgsz?: number;
  skipped?: string;
}

/** What a transform may look at besides the file: the calibration images, as the model sees them. */
export interface TransformInput {
  runtime: OnnxRuntime;
  entry: ManifestModel;
  images: readonly CalibrationImage[];
}

/** A variant that met the agreement bound, with the bytes to write at `variant.file`. */
export interface AcceptedVariant {
  variant: ModelVariant;
  bytes: Uint8Array;
}

/** A variant that did not: the figure and why. */
export interface RefusedVariant {
  id: string;
  kind: VariantKind;
  agreement: VariantAgreement;
  reason: string;
}

/** A variant not written because the transform found nothing to shrink. */
export interface SkippedVariant {
  id: string;
  kind: VariantKind;
  reason: string;
}

/** The transform that writes each kind of variant. */
export const VARIANT_TRANSFORMS: Record<VariantKind, (bytes: Uint8Array, input: TransformInput) => Promise<TransformOutput>> = {
  fp16: async (bytes) => fp16Weights(bytes),
  'fp16-compute': async (bytes) => fp16Graph(bytes),
  int8: async (bytes) => int8Weights(bytes),
  'int8-static': async (bytes, { runtime, entry, images }) => {
    const inputs = images.map(({ image }) => preprocess(image, { x: 0, y: 0, width: image.width, height: image.height }, entry.imgsz).data);
    return int8Static(bytes, await activationRanges(runtime, bytes, inputs, entry.imgsz));
  },
  imgsz: async (bytes, { runtime, entry }) => {
    const size = smallerSize(entry.imgsz);
    if (size === undefined) return { bytes, converted: 0, skipped: `imgsz ${entry.imgsz} has no smaller multiple of 32` };
    const resized = { ...resizeInput(bytes, size), imgsz: size };
    if (resized.converted === 0) return resized;
    // A graph that fixes another size somewhere (a Resize to set sizes, a baked prior box) fails here.
    const failure = await runsOnce(runtime, resized.bytes, size);
    return failure ? { bytes, converted: 0, imgsz: size, skipped: `the graph does not run at ${size}: ${failure}` } : resized;
  },
};

/** Why a file cannot run one blank image of `size`², or undefined when it can. */
async function runsOnce(runtime: OnnxRuntime, bytes: Uint8Array, size: number): Promise<string | undefined> {
  let session;
  try {
    session = await runtime.createSession(bytes);
    await session.run({ [session.inputNames[0] ?? 'images']: runtime.createTensor(new Float32Array(3 * size * size), [1, 3, size, size]) });
    return undefined;
  } catch (error) {
    return (error as Error).message.split('\n')[0];
  } finally {
    await session?.release();
  }
}

const SKIP_REASONS: Record<VariantKind, string> = {
  fp16: 'no float32 tensor fp16 can hold',
  'fp16-compute': 'no float32 tensor to compute in fp16',
  int8: 'no Conv, MatMul or Gemm weights to quantize',
  'int8-static': 'no convolution with constant weights to quantize (or opset < 13)',
  imgsz: 'nothing depends on the input size',
};

/** The manifest precision of a kind's file. */
const PRECISION: Record<VariantKind, ModelVariant['precision']> = { fp16: 'fp16', 'fp16-compute': 'fp16', int8: 'int8', 'int8-static': 'int8-static', imgsz: 'fp32' };

/** `acne/best.onnx` → `acne/best.int8.onnx`; `suffix` names a file at another input size: `acne/best.320.onnx`. */
export function variantFile(file: string, suffix: string): string {
  return file.replace(/(\.onnx)?$/i, `.${suffix}.onnx`);
}

/** What names a kind's file and id: the kind, or the input size of an `imgsz` file (`-320`). */
function variantSuffix(kind: VariantKind, out: TransformOutput): string {
  return kind === 'imgsz' && out.imgsz !== undefined ? String(out.imgsz) : kind;
}

/** The variant entry a transform's output gets (without agreement): id, file and input size from its kind. */
export async function variantEntry(entry: ManifestModel, kind: VariantKind, out: TransformOutput): Promise<ModelVariant> {
  const imgsz = out.imgsz ?? entry.imgsz;
  const suffix = variantSuffix(kind, out);
  return { id: `${entry.id}-${suffix}`, kind, file: variantFile(entry.file, suffix), sha256: await sha256Hex(out.bytes), bytes: out.bytes.length, imgsz, precision: PRECISION[kind] };
}

async function outcomes(runtime: OnnxRuntime, entry: ManifestModel, bytes: Uint8Array, images: readonly CalibrationImage[], variantId?: string): Promise<ModelOutcome[]> {
  const model = await loadModel(runtime, entry, bytes, variantId);
  try {
    const out: ModelOutcome[] = [];
    for (const { image } of images) out.push(await modelOutcome(runtime, model, image));
    return out;
  } finally {
    await model.session.release();
  }
}

/**
 * Writes the fp16-weights, fp16-compute, int8 weight-only, int8 static and half-input-size
 * variants of a manifest model from its fp32 file and measures each against the fp32 file on the
 * calibration images; a variant outside `AGREEMENT_BOUND` is refused with its figure instead of
 * listed. Deterministic: the same file gives the same variant bytes.
 * A transform that changes no tensor (a model without conv weights has nothing for int8, one
 * without a YOLO anchor grid, or whose resized graph does not run, cannot be resized) is
 * skipped, not listed.
 * @param kinds which variants to try (default all of `VARIANT_KINDS`)
 * @param bound the agreement a variant must reach (default `AGREEMENT_BOUND`)
 */
export async function optimizeModel(
  runtime: OnnxRuntime,
  entry: ManifestModel,
  bytes: Uint8Array,
  images: readonly CalibrationImage[],
  kinds: readonly VariantKind[] = VARIANT_KINDS,
  bound: AgreementBound = AGREEMENT_BOUND,
): Promise<{ accepted: AcceptedVariant[]; refused: RefusedVariant[]; skipped: SkippedVariant[] }> {
  const reference = await outcomes(runtime, entry, bytes, images);
  const accepted: AcceptedVariant[] = [];
  const refused: RefusedVariant[] = [];
  const skipped: SkippedVariant[] = [];
  for (const kind of kinds) {
    const out = await VARIANT_TRANSFORMS[kind](bytes, { runtime, entry, images });
    if (out.converted === 0) {
      skipped.push({ id: `${entry.id}-${variantSuffix(kind, out)}`, kind, reason: out.skipped ?? SKIP_REASONS[kind] });
      continue;
    }
    const base = await variantEntry(entry, kind, out);
    const others = entry.variants.filter((v) => v.id !== base.id);
    let measured;
    try {
      measured = agreement(reference, await outcomes(runtime, { ...entry, variants: [...others, base] }, out.bytes, images, base.id));
    } catch (error) {
      // An export the transform cannot serve (an operator without a float16 kernel anywhere) is skipped, not fatal to the others.
      skipped.push({ id: base.id, kind, reason: `the written file does not run: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    const reason = disagreement(measured, bound);
    if (reason) refused.push({ id: base.id, kind, agreement: measured, reason });
    else accepted.push({ variant: { ...base, agreement: measured }, bytes: out.bytes });
  }
  return { accepted, refused, skipped };
}
