import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port';

export const NGINX = '/usr/sbin/nginx';

/** nginx in front of some API replicas, on a loopback port. */
export interface NginxProxy {
  url: string;
  close(): Promise<void>;
}

const PRODUCTION_CONFIG = fileURLToPath(new URL('../../../../deploy/nginx/derma.conf', import.meta.url));

/** The `location /` block of the production config, braces matched. */
async function productionLocation(): Promise<string> {
  const text = await readFile(PRODUCTION_CONFIG, 'utf8');
  const start = text.indexOf('    location / {');
  if (start < 0) throw new Error(`no "location / {" block in ${PRODUCTION_CONFIG}`);
  let depth = 0;
  for (let i = text.indexOf('{', start); i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  throw new Error(`unbalanced braces in ${PRODUCTION_CONFIG}`);
}

/**
 * An nginx http-block body proxying `listen` to `upstreams` (`host:port`) with the production
 * config's `location /` (deploy/nginx/derma.conf): keep-alive to the replicas, the client's address
 * as the only X-Forwarded-For hop, no buffering (advice streams over SSE).
 */
export async function proxyConfig(listen: string, upstreams: readonly string[]): Promise<string> {
  return `
  upstream api {
${upstreams.map((u) => `    server ${u};`).join('\n')}
    keepalive 128;
  }
  server {
    listen ${listen} backlog=4096;
    client_max_body_size 12m;
${await productionLocation()}
  }`;
}

async function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Starts Debian's nginx (scripts/ensure-nginx.sh installs it) in the foreground with a config of
 * its own in a scratch folder, proxying to `upstreams` (`host:port`). `close` stops it.
 */
export async function startNginx(upstreams: readonly string[], options: { workers?: number } = {}): Promise<NginxProxy> {
  if (!existsSync(NGINX)) throw new Error(`nginx is missing at ${NGINX}: run scripts/ensure-nginx.sh`);
  const dir = await mkdtemp(join(tmpdir(), 'derma-nginx-'));
  // Workers run as an unprivileged user when nginx starts as root: they must reach the temp folders.
  await chmod(dir, 0o755);
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'];
  for (const name of temps) {
    await mkdir(join(dir, name));
    await chmod(join(dir, name), 0o777);
  }
  const port = await freePort();
  const temp = temps.map((name) => `  ${name}_temp_path ${join(dir, name)};`).join('\n');
  const config = `daemon off;
worker_processes ${options.workers ?? 1};
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 8192; }
http {
  access_log off;
${temp}
${await proxyConfig(`127.0.0.1:${port}`, upstreams)}
}
`;
  await writeFile(join(dir, 'nginx.conf'), config);
  const child = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; !(await answers(port)); i++) {
    if (child.exitCode !== null || i > 100) throw new Error(`nginx did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
