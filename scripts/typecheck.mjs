#!/usr/bin/env node
// Typechecks every workspace project (each has its own tsconfig.json extending the base one).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const projects = ['packages/shared', 'packages/api', 'packages/web', 'models', 'test', 'bench'].filter((p) => existsSync(join(root, p, 'tsconfig.json')));
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
let failed = 0;
for (const project of projects) {
  const res = spawnSync(process.execPath, [tsc, '-p', project], { cwd: root, stdio: 'inherit' });
  console.log(`${res.status === 0 ? '✔' : '✘'} typecheck ${project}`);
  if (res.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
