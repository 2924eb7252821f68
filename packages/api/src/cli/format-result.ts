import type { DiagnosisResult } from '@derma/shared';
import { CONDITION_IDS, CONDITIONS } from '@derma/shared';
import { formatFace, formatNotices, formatZones } from './format-face';

/** Label shown next to results of models that are classical baselines, not trained ones. */
export const BASELINE_NOTICE = 'non-clinical baseline model';

function pad(text: string | number, width: number, right = false): string {
  const s = String(text);
  return right ? s.padStart(width) : s.padEnd(width);
}

/** A human-readable table of one diagnosis, for the terminal; version 2 results add the zones. */
export function formatResult(name: string, result: DiagnosisResult): string {
  const { backend, timings, face, crop } = result;
  const lines = [
    `${name}  ${result.image.width}×${result.image.height}  ${face ? formatFace(face, crop.angle) : 'no face model (centre crop)'}  crop ${crop.size}px at (${crop.x}, ${crop.y})`,
    ...formatNotices(result),
    `backend ${backend.runtime} ${backend.executionProvider} ×${backend.threads}`,
    `${pad('condition', 20)}${pad('score', 6, true)}${pad('lesions', 9, true)}${pad('area', 9, true)}  model`,
  ];
  for (const id of CONDITION_IDS) {
    const f = result.findings[id];
    const model = result.models.find((m) => m.id === f.modelId);
    const note = model?.baseline ? ` (${BASELINE_NOTICE})` : '';
    lines.push(
      `${pad(CONDITIONS[id].label.en, 20)}${pad(f.score, 6, true)}${pad(f.lesionCount, 9, true)}${pad(`${(f.areaRatio * 100).toFixed(2)}%`, 9, true)}  ${f.modelId} ${model?.version ?? ''}${note}`,
    );
  }
  lines.push(`${pad('total', 20)}${pad(result.totalScore, 6, true)}`);
  lines.push(...formatZones(result));
  lines.push(
    `timings ms: face ${timings.face.toFixed(1)}, preprocess ${timings.preprocess.toFixed(1)}, inference ${timings.inference.toFixed(1)}, postprocess ${timings.postprocess.toFixed(1)}, total ${timings.total.toFixed(1)}`,
  );
  return lines.join('\n');
}
