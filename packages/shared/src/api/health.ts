import { z } from 'zod';

export const healthCheckSchema = z.object({
  status: z.enum(['ok', 'down']),
  message: z.string().optional(),
  latencyMs: z.number().optional(),
});

/** Answer of `GET /health`; `degraded` when only optional parts (Ollama, models) are missing. */
export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded', 'down']),
  timestamp: z.iso.datetime(),
  uptime: z.number().min(0),
  checks: z.object({ database: healthCheckSchema, ollama: healthCheckSchema, models: healthCheckSchema }),
});

export type HealthCheck = z.infer<typeof healthCheckSchema>;
export type Health = z.infer<typeof healthSchema>;
