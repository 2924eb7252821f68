import type { DiagnosisResult, Layout, Pipeline, RgbaImage } from '@derma/shared';
import { GUIDE_LAYOUT, PipelineError, isQualityReason, loadPipeline } from '@derma/shared';
import { createNodeRuntime, readManifestFile } from '@derma/api/inference';

/** Where the skin layout of an analysed photo came from. */
export type LayoutSource = 'result' | 'guide fallback';

/** What the pipeline made of one photo: a result with its layout, or a quality-gate refusal. */
export type Outcome =
  | { kind: 'result'; result: DiagnosisResult; layout: Layout; layoutSource: LayoutSource; ms: number }
  | { kind: 'refused'; code: string; ms: number };

/** The shipped pipeline, opened once for the whole evaluation. */
export interface Analyser {
  analyse(image: RgbaImage): Promise<Outcome>;
  dispose(): Promise<void>;
}

/**
 * The layout the skin zones come from. Results before schema version 2 carry none: their crop is
 * the face box widened by the face model's `cropScale`, close to how the on-screen guide frames a
 * face, so the guide's landmarks stand in (flagged, because the zones then only roughly fit).
 */
export function layoutOf(result: DiagnosisResult): { layout: Layout; layoutSource: LayoutSource } {
  return result.layout ? { layout: result.layout, layoutSource: 'result' } : { layout: GUIDE_LAYOUT, layoutSource: 'guide fallback' };
}

/**
 * Opens the pipeline as the server and the CLI run it: `models/manifest.json` (or another
 * manifest, to measure a candidate model set before it ships), onnxruntime-node
 * on the CPU, the face model and quality gate on (the app runs the same shared code in a Worker).
 */
export async function openAnalyser(manifestPath?: string): Promise<Analyser> {
  const { manifest, readFile } = await readManifestFile(manifestPath);
  const pipeline: Pipeline = await loadPipeline({ manifest, runtime: createNodeRuntime({ threads: 2 }), readFile });
  await pipeline.warmUp();
  return {
    analyse: async (image) => {
      const started = performance.now();
      try {
        const result = await pipeline.run(image);
        return { kind: 'result', result, ...layoutOf(result), ms: performance.now() - started };
      } catch (error) {
        if (error instanceof PipelineError && isQualityReason(error.code)) return { kind: 'refused', code: error.code, ms: performance.now() - started };
        throw error;
      }
    },
    dispose: () => pipeline.dispose(),
  };
}
