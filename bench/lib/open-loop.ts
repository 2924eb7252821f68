import { quantile } from './stats';
import { RawConnection, rawRequest } from './raw-connection';

/** One kind of request of an open-loop mix, drawn with probability `weight / Σ weights`. */
export interface MixEntry {
  name: string;
  weight: number;
  method: 'GET' | 'POST';
  path: () => string;
  body?: () => string;
}

export interface OpenLoopOptions {
  url: string;
  tokens: readonly string[];
  mix: readonly MixEntry[];
  /** Keep-alive connections, all opened before the clock starts. */
  connections: number;
  /** Requests per second, sent at an even spacing of 1 / rate. */
  rate: number;
  durationS: number;
  /** A request unanswered this long after its scheduled time counts as a timeout. */
  timeoutMs?: number;
}

/** Latency (ms, from each request's scheduled send time) and failures of one run. */
export interface OpenLoopFigures {
  rate: number;
  connections: number;
  sent: number;
  completed: number;
  achievedRps: number;
  p50: number;
  p90: number;
  p99: number;
  p999: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** p99 per mix entry. */
  p99By: Record<string, number>;
}

function pick(mix: readonly MixEntry[], total: number): MixEntry {
  let r = Math.random() * total;
  for (const entry of mix) if ((r -= entry.weight) < 0) return entry;
  return mix[mix.length - 1] as MixEntry;
}

/**
 * Offers `rate` requests per second at an even spacing over pre-opened keep-alive connections,
 * whatever the server does (open loop). A request whose turn comes while every connection is busy
 * waits for one, and its latency still counts from its scheduled time, so a stall shows in the
 * tail instead of silently lowering the offered rate (no coordinated omission).
 */
export async function openLoop(options: OpenLoopOptions): Promise<OpenLoopFigures> {
  const { hostname, port, host } = new URL(options.url);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const pool = await Promise.all(Array.from({ length: options.connections }, () => RawConnection.open(hostname, Number(port))));
  const idle = [...pool];
  const waiting: { at: number; entry: MixEntry; n: number }[] = [];
  const latencies: number[] = [];
  const byEntry = new Map<string, number[]>(options.mix.map((e) => [e.name, []]));
  const totalWeight = options.mix.reduce((s, e) => s + e.weight, 0);
  const total = Math.round(options.rate * options.durationS);
  let [sent, completed, errors, timeouts, non2xx] = [0, 0, 0, 0, 0];

  const dispatch = (connection: RawConnection, job: { at: number; entry: MixEntry; n: number }): void => {
    // A connection the server closed while idle is opened again; the wait counts in the latency.
    if (!connection.open) {
      void RawConnection.open(hostname, Number(port)).then(
        (fresh) => {
          pool.push(fresh);
          dispatch(fresh, job);
        },
        () => {
          errors++;
          completed++;
        },
      );
      return;
    }
    const { entry, at, n } = job;
    const token = options.tokens[n % options.tokens.length] ?? '';
    const body = entry.body?.();
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) };
    connection.send(rawRequest(entry.method, host, entry.path(), headers, body)).then(
      (response) => {
        const ms = performance.now() - at;
        if (ms > timeoutMs) timeouts++;
        else if (response.status < 200 || response.status >= 300) non2xx++;
        latencies.push(ms);
        byEntry.get(entry.name)?.push(ms);
        completed++;
        release(connection);
      },
      () => {
        errors++;
        completed++;
        void RawConnection.open(hostname, Number(port)).then((fresh) => {
          pool.push(fresh);
          release(fresh);
        }, () => undefined);
      },
    );
  };
  const release = (connection: RawConnection) => {
    const next = waiting.shift();
    if (next) dispatch(connection, next);
    else idle.push(connection);
  };

  const start = performance.now();
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + (sent * 1000) / options.rate <= now) {
        const job = { at: start + (sent * 1000) / options.rate, entry: pick(options.mix, totalWeight), n: sent };
        sent++;
        // First in, first out: every connection carries its share, none idles into a server timeout.
        const connection = idle.shift();
        if (connection) dispatch(connection, job);
        else waiting.push(job);
      }
      if (sent < total) setTimeout(tick, Math.max(0, start + (sent * 1000) / options.rate - performance.now()));
      else resolve();
    };
    tick();
  });
  // Let the last requests finish, up to the timeout; what is still out then timed out.
  const deadline = performance.now() + timeoutMs;
  while (completed < sent && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  timeouts += sent - completed;
  const elapsed = (performance.now() - start) / 1000;
  for (const connection of pool) connection.close();

  const sorted = latencies.sort((a, b) => a - b);
  const p99By = Object.fromEntries([...byEntry].map(([name, values]) => [name, quantile(values.sort((a, b) => a - b), 0.99)]));
  return {
    rate: options.rate,
    connections: options.connections,
    sent,
    completed,
    achievedRps: completed / elapsed,
    p50: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    p99: quantile(sorted, 0.99),
    p999: quantile(sorted, 0.999),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    errors,
    timeouts,
    non2xx,
    p99By,
  };
}
