import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** A server in a child process that printed one JSON line when ready; `stop` closes its stdin. */
export interface ChildServer<T> {
  info: T;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Runs a TypeScript file under tsx in its own process, so the load generator never shares its
 * event loop, and resolves with the first line it prints, parsed as JSON.
 */
export async function startChild<T>(file: string, args: readonly string[], nodeArgs: readonly string[] = []): Promise<ChildServer<T>> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', file, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`${file} exited with code ${code}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.stdin.end();
    });
  return { info: JSON.parse(line) as T, pid: child.pid ?? 0, stop };
}
