import type { PoolAnalysis } from '../../inference/pool/inference-pool';
import type { Metrics } from '../../observability/metrics';

/** Records the stage timings of one server analysis, in seconds. */
export function observeAnalysis(metrics: Metrics, analysis: PoolAnalysis): void {
  const { timings } = analysis;
  const stages: Record<string, number> = {
    queue: timings.queueMs,
    decode: timings.decodeMs,
    face: analysis.result.timings.face,
    preprocess: analysis.result.timings.preprocess,
    inference: analysis.result.timings.inference,
    postprocess: analysis.result.timings.postprocess,
    total: timings.queueMs + timings.decodeMs + timings.pipelineMs,
  };
  for (const [stage, ms] of Object.entries(stages)) metrics.analysisStage.observe({ stage }, ms / 1000);
}
