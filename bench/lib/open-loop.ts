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
  /**
   * Seconds before the measured `durationS` in which the offered rate rises evenly from 0 to
   * `rate` over the same connections (users arriving); tallied apart, as `rampUp`. Default 0.
   */
  rampS?: number;
  /** A request unanswered this long after its scheduled time counts as a timeout. */
  timeoutMs?: number;
  /** Called with each answered measured request: ms from the measured clock's start to its scheduled time, its latency, its mix entry. */
  onAnswer?: (scheduledMs: number, ms: number, name: string) => void;
}

/** Latency (ms, from each request's scheduled send time) and failures of a set of requests. */
export interface LatencyFigures {
  sent: number;
  completed: number;
  p50: number;
  p90: number;
  p99: number;
  p999: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** The measured requests of one run, and apart from them those of its ramp-up (null without one). */
export interface OpenLoopFigures extends LatencyFigures {
  rate: number;
  connections: number;
  achievedRps: number;
  /** p99 per mix entry. */
  p99By: Record<string, number>;
  rampUp: (LatencyFigures & { seconds: number }) | null;
}

function pick(mix: readonly MixEntry[], total: number): MixEntry {
  let r = Math.random() * total;
  for (const entry of mix) if ((r -= entry.weight) < 0) return entry;
  return mix[mix.length - 1] as MixEntry;
}

/** How many requests a ramp from 0 to `rate` over `rampS` seconds sends: its area, rate × rampS / 2. */
export const rampRequests = (rate: number, rampS: number) => Math.round((rate * rampS) / 2);

/**
 * When request `k` of a run is due, in ms from the clock's start: on the ramp, where the rate
 * rises evenly (k requests by t s when k = rate · t² / (2 · rampS)); after it, every 1 / rate.
 */
export function scheduledOffsetMs(k: number, rate: number, rampS: number): number {
  const ramp = rampRequests(rate, rampS);
  return k < ramp ? 1000 * Math.sqrt((2 * rampS * k) / rate) : rampS * 1000 + ((k - ramp) * 1000) / rate;
}

/** Answers and failures of one set of requests. */
class Tally {
  readonly latencies: number[] = [];
  sent = 0;
  completed = 0;
  errors = 0;
  timeouts = 0;
  non2xx = 0;

  figures(): LatencyFigures {
    const sorted = this.latencies.sort((a, b) => a - b);
    const { sent, completed, errors, timeouts, non2xx } = this;
    return { sent, completed, p50: quantile(sorted, 0.5), p90: quantile(sorted, 0.9), p99: quantile(sorted, 0.99), p999: quantile(sorted, 0.999), max: sorted[sorted.length - 1] ?? Number.NaN, errors, timeouts, non2xx };
  }
}

interface Job {
  /** Scheduled send time (performance.now() ms). */
  at: number;
  entry: MixEntry;
  n: number;
  tally: Tally;
}

/**
 * Offers `rate` requests per second at an even spacing over pre-opened keep-alive connections,
 * whatever the server does (open loop). A request whose turn comes while every connection is busy
 * waits for one, and its latency still counts from its scheduled time, so a stall shows in the
 * tail instead of silently lowering the offered rate (no coordinated omission). With `rampS`, the
 * rate first rises evenly from 0 (request k of the ramp at √(2·rampS·k / rate) s); those requests
 * are tallied apart, and the measured clock starts when the full rate does.
 */
export async function openLoop(options: OpenLoopOptions): Promise<OpenLoopFigures> {
  const { hostname, port, host } = new URL(options.url);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const rampS = options.rampS ?? 0;
  const pool = await Promise.all(Array.from({ length: options.connections }, () => RawConnection.open(hostname, Number(port))));
  const idle = [...pool];
  const waiting: Job[] = [];
  const byEntry = new Map<string, number[]>(options.mix.map((e) => [e.name, []]));
  const totalWeight = options.mix.reduce((s, e) => s + e.weight, 0);
  const rampCount = rampRequests(options.rate, rampS);
  const total = rampCount + Math.round(options.rate * options.durationS);
  const [ramp, measured] = [new Tally(), new Tally()];
  let [sent, completed] = [0, 0];
  let start = 0;
  const offset = (k: number) => scheduledOffsetMs(k, options.rate, rampS);

  const failed = (job: Job, what: 'errors') => {
    job.tally[what]++;
    job.tally.completed++;
    completed++;
  };
  const dispatch = (connection: RawConnection, job: Job): void => {
    // A connection the server closed while idle is opened again; the wait counts in the latency.
    if (!connection.open) {
      void RawConnection.open(hostname, Number(port)).then(
        (fresh) => {
          pool.push(fresh);
          dispatch(fresh, job);
        },
        () => failed(job, 'errors'),
      );
      return;
    }
    const { entry, at, n, tally } = job;
    const token = options.tokens[n % options.tokens.length] ?? '';
    const body = entry.body?.();
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) };
    connection.send(rawRequest(entry.method, host, entry.path(), headers, body)).then(
      (response) => {
        const ms = performance.now() - at;
        if (ms > timeoutMs) tally.timeouts++;
        else if (response.status < 200 || response.status >= 300) tally.non2xx++;
        tally.latencies.push(ms);
        tally.completed++;
        completed++;
        if (tally === measured) {
          byEntry.get(entry.name)?.push(ms);
          options.onAnswer?.(at - start - rampS * 1000, ms, entry.name);
        }
        release(connection);
      },
      () => {
        failed(job, 'errors');
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

  start = performance.now();
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + offset(sent) <= now) {
        const tally = sent < rampCount ? ramp : measured;
        const job: Job = { at: start + offset(sent), entry: pick(options.mix, totalWeight), n: sent, tally };
        sent++;
        tally.sent++;
        // First in, first out: every connection carries its share, none idles into a server timeout.
        const connection = idle.shift();
        if (connection) dispatch(connection, job);
        else waiting.push(job);
      }
      if (sent < total) setTimeout(tick, Math.max(0, start + offset(sent) - performance.now()));
      else resolve();
    };
    tick();
  });
  // Let the last requests finish, up to the timeout; what is still out then timed out.
  const deadline = performance.now() + timeoutMs;
  while (completed < sent && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  for (const tally of [ramp, measured]) tally.timeouts += tally.sent - tally.completed;
  const elapsed = (performance.now() - start) / 1000 - rampS;
  for (const connection of pool) connection.close();

  const p99By = Object.fromEntries([...byEntry].map(([name, values]) => [name, quantile(values.sort((a, b) => a - b), 0.99)]));
  return {
    ...measured.figures(),
    rate: options.rate,
    connections: options.connections,
    achievedRps: measured.completed / elapsed,
    p99By,
    rampUp: rampCount > 0 ? { ...ramp.figures(), seconds: rampS } : null,
  };
}
