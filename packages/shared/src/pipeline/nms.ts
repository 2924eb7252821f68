import type { Candidate } from './decode';

/**
 * Most candidates considered by NMS, and the class offset trick's equivalent: boxes of different
 * classes never suppress each other. Source: ultralytics/utils/nms.py (`max_nms=30000`).
 */
const MAX_NMS = 30_000;

function iou(a: Candidate, b: Candidate): number {
  const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  if (w <= 0 || h <= 0) return 0;
  const inter = w * h;
  const union = (a.x2 - a.x1) * (a.y2 - a.y1) + (b.x2 - b.x1) * (b.y2 - b.y1) - inter;
  return union > 0 ? inter / union : 0;
}

/**
 * Class-aware greedy non-maximum suppression: highest score first, a box is dropped when its
 * IoU with a kept box of the same class exceeds `iouThreshold`; at most `maxDet` are kept.
 * Defaults of ultralytics predict: iou 0.7, max_det 300 (ultralytics/cfg/default.yaml).
 */
export function nonMaxSuppression(candidates: readonly Candidate[], iouThreshold: number, maxDet: number): Candidate[] {
  // Ties are broken by anchor so the order never depends on the sort implementation.
  const sorted = [...candidates].sort((a, b) => b.score - a.score || a.anchor - b.anchor).slice(0, MAX_NMS);
  const keptByClass = new Map<number, Candidate[]>();
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const same = keptByClass.get(c.classIndex) ?? [];
    if (same.some((k) => iou(k, c) > iouThreshold)) continue;
    same.push(c);
    keptByClass.set(c.classIndex, same);
    kept.push(c);
    if (kept.length >= maxDet) break;
  }
  return kept;
}
