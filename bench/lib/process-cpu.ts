import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ: 100 on Linux everywhere). */
const TICKS_PER_S = 100;

/**
 * CPU time (user + system, ms) a process has used so far, read from /proc; NaN where there is no
 * /proc. Differences over a run, divided by its requests, give CPU per request.
 */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name: state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_S;
  } catch {
    return Number.NaN;
  }
}

/**
 * Waits until a server process is idle (under 5 % of a core over 250 ms), at most `maxMs`: a
 * closed-loop run leaves requests its clients gave up on, and the next run must not pay for them.
 */
export async function settle(pid: number, maxMs = 30_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  for (;;) {
    const before = processCpuMs(pid);
    await new Promise((resolve) => setTimeout(resolve, 250));
    if (!(processCpuMs(pid) - before > 12.5) || Date.now() > deadline) return;
  }
}
