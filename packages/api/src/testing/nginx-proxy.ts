import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

export const NGINX = '/usr/sbin/nginx';

/** nginx in front of some API replicas, on a loopback port. */
export interface NginxProxy {
  url: string;
  close(): Promise<void>;
}

/**
 * The proxy part of the production config (deploy/nginx/derma.conf) for upstream `api`: keep-alive
 * to the replicas, the client's address as the only X-Forwarded-For hop (the API trusts the first
 * hop, so a client's own header must not pass through), no buffering (advice streams over SSE).
 */
export function proxyConfig(listen: string, upstreams: readonly string[]): string {
  return `
  upstream api {
${upstreams.map((u) => `    server ${u};`).join('\n')}
    keepalive 128;
  }
  server {
    listen ${listen} backlog=4096;
    client_max_body_size 12m;
    location / {
      proxy_pass http://api;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_buffering off;
      proxy_read_timeout 300s;
    }
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
${proxyConfig(`127.0.0.1:${port}`, upstreams)}
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
