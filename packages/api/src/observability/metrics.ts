import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The Prometheus metrics of one app instance, in their own registry (tests build several apps). */
export interface Metrics {
  registry: Registry;
  requests: Counter<'procedure' | 'status'>;
  requestDuration: Histogram<'procedure' | 'status'>;
  inferenceDuration: Histogram<'location' | 'provider'>;
  adviceDuration: Histogram<'status'>;
  insightsCache: Counter<'result'>;
  insightsGeneration: Histogram;
  /** Server fallback analyses: seconds per stage (queue, decode, face, preprocess, inference, postprocess, total). */
  analysisStage: Histogram<'stage'>;
  analysisRejected: Counter<'reason'>;
}

/**
 * Creates the metrics: tRPC requests and latency by procedure and status, reported inference
 * timings by backend, advice latency, insight cache hits and misses, and process metrics.
 */
export function createMetrics(withProcessMetrics = true): Metrics {
  const registry = new Registry();
  if (withProcessMetrics) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    requests: new Counter({ name: 'derma_trpc_requests_total', help: 'tRPC calls by procedure and status', labelNames: ['procedure', 'status'], registers }),
    requestDuration: new Histogram({
      name: 'derma_trpc_request_duration_seconds',
      help: 'tRPC call latency by procedure and status',
      labelNames: ['procedure', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    inferenceDuration: new Histogram({
      name: 'derma_inference_duration_seconds',
      help: 'Pipeline time of submitted diagnoses by backend',
      labelNames: ['location', 'provider'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
      registers,
    }),
    adviceDuration: new Histogram({
      name: 'derma_advice_duration_seconds',
      help: 'Time to produce advice with Ollama, by outcome',
      labelNames: ['status'],
      buckets: [0.5, 1, 2.5, 5, 10, 20, 40, 80, 120],
      registers,
    }),
    insightsCache: new Counter({ name: 'derma_insights_cache_total', help: 'Insight cache lookups by result', labelNames: ['result'], registers }),
    insightsGeneration: new Histogram({
      name: 'derma_insights_generation_seconds',
      help: 'Time to compute insights on a cache miss',
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1],
      registers,
    }),
    analysisStage: new Histogram({
      name: 'derma_analysis_stage_seconds',
      help: 'Server fallback analysis time by stage',
      labelNames: ['stage'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    analysisRejected: new Counter({ name: 'derma_analysis_rejected_total', help: 'Server analyses refused or failed, by reason', labelNames: ['reason'], registers }),
  };
}
