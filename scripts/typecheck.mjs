#!/usr/bin/env node
// Typechecks every workspace project (each has its own tsconfig.json extending the base one),
// as many at once as the machine has cores: each tsc is one single-threaded process.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const projects = ['packages/shared', 'packages/api', 'packages/web', 'models', 'test', 'bench'].filter((p) => existsSync(join(root, p, 'tsconfig.json')));
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

/** Runs tsc on one project; its diagnostics are printed together once it is done, not interleaved. */
function check(project) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsc, '-p', project], { cwd: root });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => {
      if (output) process.stdout.write(output);
      console.log(`${status === 0 ? '✔' : '✘'} typecheck ${project}`);
      resolve(status === 0);
    });
  });
}

const queue = [...projects];
const results = [];
const workers = Array.from({ length: Math.min(availableParallelism(), queue.length) }, async () => {
  for (let project = queue.shift(); project !== undefined; project = queue.shift()) results.push(await check(project));
});
await Promise.all(workers);
process.exit(results.every(Boolean) ? 0 : 1);
