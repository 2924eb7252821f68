import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port';

const MAIN = fileURLToPath(new URL('../server/main.ts', import.meta.url));

/** One API process started as production starts it (`src/server/main.ts`), on a loopback port. */
export interface ReplicaProcess {
  url: string;
  /** `127.0.0.1:<port>`, for an nginx upstream. */
  address: string;
  close(): Promise<void>;
}

/**
 * Starts `main.ts` with `env` on top of this process's environment (PORT chosen here, no server
 * inference, silent logs unless `env` says otherwise) and resolves once `/health` answers 200,
 * that is once the start-up migrations have run.
 */
export async function startReplica(env: Record<string, string>): Promise<ReplicaProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, SERVER_INFERENCE: 'false', LOG_LEVEL: 'silent', ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API replica exited with code ${child.exitCode}`);
    const status = await fetch(`${url}/health`).then((r) => r.status, () => 0);
    if (status === 200) break;
    if (Date.now() > deadline) throw new Error(`the API replica on ${url} did not become healthy (last status ${status})`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    address: `127.0.0.1:${port}`,
    close: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
