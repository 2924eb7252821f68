#!/usr/bin/env node
// The two commands of the README: `npm start` and `npm test`. Both bring in the pinned pnpm
// (through corepack, which needs COREPACK_INTEGRITY_KEYS=0 on registries without signatures),
// install from the lockfile, then start the app or run every check.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
const env = {
  ...process.env,
  COREPACK_INTEGRITY_KEYS: '0',
  COREPACK_ENABLE_DOWNLOAD_PROMPT: '0',
  // onnxruntime-node's postinstall would fetch CUDA libraries from outside the npm registry.
  ONNXRUNTIME_NODE_INSTALL: 'skip',
  ONNXRUNTIME_NODE_INSTALL_CUDA: 'skip',
};

function run(cmd, args, options = {}) {
  const res = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit', ...options });
  return res.status ?? 1;
}

function version(cmd, args) {
  const res = spawnSync(cmd, [...args, '--version'], { cwd: root, env, encoding: 'utf8' });
  return res.status === 0 ? res.stdout.trim() : null;
}

function findPnpm() {
  if (version('pnpm', []) === pinned) return ['pnpm', []];
  if (version('corepack', ['pnpm']) === pinned) return ['corepack', ['pnpm']];
  return ['npx', ['--yes', `pnpm@${pinned}`]];
}

const [pnpmCmd, pnpmPre] = findPnpm();
const pnpm = (...args) => run(pnpmCmd, [...pnpmPre, ...args]);

function step(name, fn) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const status = fn();
  console.log(`${status === 0 ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (status !== 0) process.exit(status);
}

function install() {
  // The registry occasionally answers a metadata request with an error: retry before failing.
  for (let attempt = 1; attempt <= 3; attempt++) {
    if (pnpm('install', '--frozen-lockfile') === 0) return 0;
    console.log(`pnpm install failed (attempt ${attempt} of 3)`);
  }
  return 1;
}

const command = process.argv[2];
step(`install dependencies (pnpm ${pinned})`, install);
if (command === 'test') {
  step('database: MariaDB on 127.0.0.1:3306', () => run('bash', ['scripts/ensure-mariadb.sh']));
  step('browser: Chromium at /usr/bin/chromium', () => run('bash', ['scripts/ensure-chromium.sh']));
  step('proxy: nginx at /usr/sbin/nginx (replica tests and bench)', () => run('bash', ['scripts/ensure-nginx.sh']));
  step('lint', () => pnpm('run', 'lint'));
  step('typecheck', () => pnpm('run', 'typecheck'));
  step('build the web app', () => pnpm('--filter', '@derma/web', 'run', 'build'));
  step('unit and integration tests', () => pnpm('run', 'test:unit'));
  step('end-to-end tests in Chromium', () => pnpm('run', 'test:e2e'));
  // Every benchmark once with tiny sizes, so none rots; its figures go to a scratch folder.
  const results = mkdtempSync(join(tmpdir(), 'derma-bench-smoke-'));
  step('benchmarks, smoke run', () => run(pnpmCmd, [...pnpmPre, 'run', 'bench', '--smoke'], { env: { ...env, BENCH_RESULTS_DIR: results } }));
} else if (command === 'start') {
  step('build the web app', () => pnpm('--filter', '@derma/web', 'run', 'build'));
  // Web app, models and API on one port; the user's own settings win.
  env.STATIC_DIR ??= join(root, 'packages/web/dist');
  env.MODELS_DIR ??= join(root, 'models');
  step('start the app', () => pnpm('--filter', '@derma/api', 'run', 'start'));
} else {
  console.error('usage: node scripts/run.mjs start|test');
  process.exit(2);
}
