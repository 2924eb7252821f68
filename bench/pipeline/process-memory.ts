import { readdirSync, readFileSync } from 'node:fs';

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Every live descendant of `root` (Linux /proc), children before grandchildren. */
function descendants(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    // Field 4 of /proc/<pid>/stat is the parent pid; the command name before it may hold spaces.
    const stat = read(`/proc/${name}/stat`);
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (Number.isFinite(ppid)) parentOf.set(Number(name), ppid);
  }
  const found: number[] = [];
  const queue = [root];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    for (const [child, parent] of parentOf) {
      if (parent === pid) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

/**
 * Peak resident memory (VmHWM, MiB) of the Chromium processes under `browserPid` whose command
 * line names one of `types` (`renderer`: the page, its WASM heap and workers; `gpu-process`).
 * NaN when none is found or /proc is unavailable.
 */
export function chromiumPeakMiB(browserPid: number, types: readonly string[] = ['renderer']): number {
  let peak = Number.NaN;
  for (const pid of descendants(browserPid)) {
    const cmdline = read(`/proc/${pid}/cmdline`);
    if (!types.some((t) => cmdline.includes(`--type=${t}`))) continue;
    const match = /VmHWM:\s+(\d+) kB/.exec(read(`/proc/${pid}/status`));
    if (match) peak = Math.max(Number.isNaN(peak) ? 0 : peak, Number(match[1]) / 1024);
  }
  return peak;
}
