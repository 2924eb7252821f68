import type { ConditionId, DiagnosisResult, Pipeline, RgbaImage as PipelineImage } from '@derma/shared';
import type { PlannedLesion } from './lesion-plan';
import { planLesions } from './lesion-plan';
import { paintLesions } from './paint-lesions';
import { reframeBox } from './reframe';
import type { RgbaImage } from './synthetic-image';

/** A real face with lesions painted into its skin zones, as `pnpm eval` paints them. */
export interface PaintedFace {
  image: RgbaImage;
  lesions: PlannedLesion[];
  /** The clean run's crop, the frame the lesions are planned in. */
  crop: DiagnosisResult['crop'];
}

/**
 * Paints up to `count` lesions of one condition into the skin zones of a real face with the
 * evaluation's planner and painter (sizes in the face's own IOD), where the pipeline's clean
 * run laid its crop and layout. Deterministic for a seed.
 */
export async function paintOnFace(pipeline: Pipeline, photo: PipelineImage, condition: ConditionId, count: number, seed = 11): Promise<PaintedFace> {
  const clean = await pipeline.run(photo);
  if (!clean.layout) throw new Error('painting lesions needs a version 2 result with a layout');
  const lesions = planLesions(clean.layout, clean.crop.size, condition, count, seed);
  return { image: paintLesions(photo, clean.crop, lesions, seed), lesions, crop: clean.crop };
}

/**
 * Share of the painted lesions that some detection box of the condition overlaps, in the painted
 * run's own crop (its face model may place the crop a little differently).
 */
export function foundShare(result: DiagnosisResult, condition: ConditionId, painted: Pick<PaintedFace, 'lesions' | 'crop'>): number {
  const boxes = result.findings[condition]?.detections.map((d) => d.box) ?? [];
  const found = painted.lesions.filter((l) => {
    const b = reframeBox(l.box, painted.crop, result.crop);
    return boxes.some((d) => d[0] <= b[2] && b[0] <= d[2] && d[1] <= b[3] && b[1] <= d[3]);
  });
  return painted.lesions.length ? found.length / painted.lesions.length : 0;
}
