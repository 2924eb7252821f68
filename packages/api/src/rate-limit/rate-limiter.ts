/** Outcome of counting one hit against a fixed-window limit. */
export interface RateLimitResult {
  allowed: boolean;
  remaining: number;
  /** Milliseconds until the window resets. */
  retryAfterMs: number;
}

/**
 * Counts hits per key in fixed windows. In memory for one replica; in Redis when several replicas
 * share a load balancer, so a client cannot multiply its allowance by spreading requests.
 */
export interface RateLimiter {
  hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult>;
  /** Forgets a key (a successful login clears its failure count). */
  reset(key: string): Promise<void>;
  close(): Promise<void>;
}

export function toResult(count: number, limit: number, retryAfterMs: number): RateLimitResult {
  return { allowed: count <= limit, remaining: Math.max(0, limit - count), retryAfterMs: Math.max(0, retryAfterMs) };
}
