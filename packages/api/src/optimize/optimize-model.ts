import type { ManifestModel, ModelVariant, OnnxRuntime, VariantAgreement } from '@derma/shared';
import { loadModel, preprocess, sha256Hex } from '@derma/shared';
import type { AgreementBound } from './agreement';
import { AGREEMENT_BOUND, agreement, disagreement } from './agreement';
import type { CalibrationImage } from './calibration-images';
import { fp16Weights } from './fp16-weights';
import { activationRanges, int8Static } from './int8-static';
import { int8Weights } from './int8-weights';
import type { ModelOutcome } from './model-outcome';
import { modelOutcome } from './model-outcome';

/** A lighter file this command knows how to write from an fp32 export. */
export type VariantKind = 'fp16' | 'int8' | 'int8-static';

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

/** The transform that writes each kind of variant, and how many tensors it changed. */
export const VARIANT_TRANSFORMS: Record<VariantKind, (bytes: Uint8Array, input: TransformInput) => Promise<{ bytes: Uint8Array; converted: number }>> = {
  fp16: async (bytes) => fp16Weights(bytes),
  int8: async (bytes) => int8Weights(bytes),
  'int8-static': async (bytes, { runtime, entry, images }) => {
    const inputs = images.map(({ image }) => preprocess(image, { x: 0, y: 0, width: image.width, height: image.height }, entry.imgsz).data);
    return int8Static(bytes, await activationRanges(runtime, bytes, inputs, entry.imgsz));
  },
};

const SKIP_REASONS: Record<VariantKind, string> = {
  fp16: 'no float32 tensor fp16 can hold',
  int8: 'no Conv, MatMul or Gemm weights to quantize',
  'int8-static': 'no convolution with constant weights to quantize (or opset < 13)',
};

/** `acne/best.onnx` → `acne/best.int8.onnx`. */
export function variantFile(file: string, kind: VariantKind): string {
  return file.replace(/(\.onnx)?$/i, `.${kind}.onnx`);
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
 * Writes the fp16-weights, int8 weight-only and int8 static variants of a manifest model from its fp32 file
 * and measures each against the fp32 file on the calibration images; a variant outside
 * `AGREEMENT_BOUND` is refused with its figure instead of listed. Deterministic: the same file
 * gives the same variant bytes.
 * A transform that changes no tensor (a model without conv weights has nothing for int8) is
 * skipped, not listed.
 * @param kinds which variants to try (default all three)
 * @param bound the agreement a variant must reach (default `AGREEMENT_BOUND`)
 */
export async function optimizeModel(
  runtime: OnnxRuntime,
  entry: ManifestModel,
  bytes: Uint8Array,
  images: readonly CalibrationImage[],
  kinds: readonly VariantKind[] = ['fp16', 'int8', 'int8-static'],
  bound: AgreementBound = AGREEMENT_BOUND,
): Promise<{ accepted: AcceptedVariant[]; refused: RefusedVariant[]; skipped: SkippedVariant[] }> {
  const reference = await outcomes(runtime, entry, bytes, images);
  const accepted: AcceptedVariant[] = [];
  const refused: RefusedVariant[] = [];
  const skipped: SkippedVariant[] = [];
  for (const kind of kinds) {
    const { bytes: out, converted } = await VARIANT_TRANSFORMS[kind](bytes, { runtime, entry, images });
    if (converted === 0) {
      skipped.push({ id: `${entry.id}-${kind}`, kind, reason: SKIP_REASONS[kind] });
      continue;
    }
    const base = { id: `${entry.id}-${kind}`, kind, file: variantFile(entry.file, kind), sha256: await sha256Hex(out), bytes: out.length, imgsz: entry.imgsz, precision: kind } as const;
    const others = entry.variants.filter((v) => v.id !== base.id);
    const measured = agreement(reference, await outcomes(runtime, { ...entry, variants: [...others, base] }, out, images, base.id));
    const reason = disagreement(measured, bound);
    if (reason) refused.push({ id: base.id, kind, agreement: measured, reason });
    else accepted.push({ variant: { ...base, agreement: measured }, bytes: out });
  }
  return { accepted, refused, skipped };
}
