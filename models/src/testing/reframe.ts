import type { DiagnosisResult, Point } from '@derma/shared';
import { cropToImage, imageToCrop } from '@derma/shared';
import type { Box, PlannedLesion } from './lesion-plan';

type Crop = DiagnosisResult['crop'];

function move(from: Crop, to: Crop, p: Point): [number, number] {
  const [u, v] = imageToCrop(to, cropToImage(from, [p[0] * from.size, p[1] * from.size]));
  return [u / to.size, v / to.size];
}

/**
 * Lesions planned in one crop's frame, expressed in another's: the painted photo is analysed
 * afresh and its face model may place the crop a little differently, and its detections are
 * fractions of that new crop.
 */
export function reframe(lesions: readonly PlannedLesion[], from: Crop, to: Crop): PlannedLesion[] {
  const scale = from.size / to.size;
  return lesions.map((l) => {
    const centre = move(from, to, l.centre);
    const ends = l.ends ? ([move(from, to, l.ends[0]), move(from, to, l.ends[1])] as [Point, Point]) : undefined;
    const corners = [
      [l.box[0], l.box[1]],
      [l.box[2], l.box[1]],
      [l.box[0], l.box[3]],
      [l.box[2], l.box[3]],
    ].map((c) => move(from, to, c as [number, number]));
    // A turned box's corners give a slightly larger upright box; the turn between crops is small.
    const box: Box = ends
      ? [Math.min(ends[0][0], ends[1][0]), Math.min(ends[0][1], ends[1][1]), Math.max(ends[0][0], ends[1][0]), Math.max(ends[0][1], ends[1][1])]
      : [Math.min(...corners.map((c) => c[0])), Math.min(...corners.map((c) => c[1])), Math.max(...corners.map((c) => c[0])), Math.max(...corners.map((c) => c[1]))];
    const radius = l.radius * scale;
    if (ends) [box[0], box[1], box[2], box[3]] = [box[0] - radius, box[1] - radius, box[2] + radius, box[3] + radius];
    return { ...l, centre, radius, box, ...(ends ? { ends } : {}) };
  });
}

/** A box of one crop's frame (fractions) as the upright box around it in another crop's frame. */
export function reframeBox(box: Box, from: Crop, to: Crop): Box {
  const corners = [
    [box[0], box[1]],
    [box[2], box[1]],
    [box[0], box[3]],
    [box[2], box[3]],
  ].map((c) => move(from, to, c as [number, number]));
  return [Math.min(...corners.map((c) => c[0])), Math.min(...corners.map((c) => c[1])), Math.max(...corners.map((c) => c[0])), Math.max(...corners.map((c) => c[1]))];
}
