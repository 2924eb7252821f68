import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/fixtures';
import { dockerInstructions, repoText } from './deployment-files';

type Instruction = ReturnType<typeof dockerInstructions>[number];

/** Workspace packages that exist, as directories relative to the root (pnpm-workspace.yaml globs). */
async function workspacePackages(): Promise<string[]> {
  const globs = [...(await repoText('pnpm-workspace.yaml')).matchAll(/^\s+- (\S+)$/gm)].map((m) => m[1] ?? '');
  const dirs = globs.flatMap((g) => (g.endsWith('/*') ? readdirSync(join(REPO_ROOT, g.slice(0, -2))).map((d) => `${g.slice(0, -2)}/${d}`) : [g]));
  return dirs.filter((d) => existsSync(join(REPO_ROOT, d, 'package.json'))).sort();
}

describe('Dockerfile', () => {
  let all: Instruction[];
  let stages: Record<string, Instruction[]>;
  const args = (stage: string, op: string): string[] => (stages[stage] ?? []).filter((i) => i.op === op).map((i) => i.args);

  beforeAll(async () => {
    all = dockerInstructions(await repoText('Dockerfile'));
    stages = {};
    let current = '';
    for (const instruction of all) {
      if (instruction.op === 'FROM') current = /\bAS (\S+)$/i.exec(instruction.args)?.[1] ?? '';
      (stages[current] ??= []).push(instruction);
    }
  });

  it('builds only from node:20-slim (Debian, glibc) and its own stages', () => {
    const bases = all.filter((i) => i.op === 'FROM').map((i) => i.args.split(' ')[0]);
    expect(bases.filter((b) => b !== 'node:20-slim' && !(b && b in stages))).toEqual([]);
    expect(bases[0]).toBe('node:20-slim');
  });

  it('installs like scripts/run.mjs: frozen lockfile, corepack without integrity keys, no onnxruntime CUDA download', async () => {
    const runMjs = await repoText('scripts/run.mjs');
    expect(runMjs).toContain("'install', '--frozen-lockfile'");
    const env = args('base', 'ENV').join(' ');
    for (const setting of ['COREPACK_INTEGRITY_KEYS=0', 'ONNXRUNTIME_NODE_INSTALL=skip', 'ONNXRUNTIME_NODE_INSTALL_CUDA=skip']) {
      expect(env).toContain(setting);
      expect(runMjs).toContain(`${setting.split('=')[0]}: '${setting.split('=')[1]}'`);
    }
    expect(args('build', 'RUN')).toContain('pnpm install --frozen-lockfile');
    expect(args('prod-deps', 'RUN')).toContain('pnpm install --frozen-lockfile --prod --filter "@derma/api..."');
  });

  it('copies every workspace package manifest before installing', async () => {
    const copied = args('manifests', 'COPY').map((a) => a.split(' ')[0]);
    expect((await workspacePackages()).filter((dir) => !copied.includes(`${dir}/package.json`))).toEqual([]);
  });

  it("builds the web app with its package's build script and serves it from STATIC_DIR", async () => {
    const web = JSON.parse(await repoText('packages/web/package.json')) as { name: string; scripts?: Record<string, string> };
    expect(web.scripts?.build).toBeDefined();
    expect(args('build', 'RUN')).toContain(`pnpm --filter ${web.name} build`);
    expect(args('runtime', 'COPY')).toContain('--from=build /app/packages/web/dist packages/web/dist');
    expect(args('runtime', 'ENV').join(' ')).toContain('STATIC_DIR=/app/packages/web/dist');
  });

  it('copies only paths that exist and ships every model file that the manifest lists', async () => {
    const sources = all.filter((i) => i.op === 'COPY' && !i.args.startsWith('--from')).flatMap((i) => i.args.split(' ').slice(0, -1));
    expect(sources.filter((s) => !existsSync(join(REPO_ROOT, s)))).toEqual([]);
    const manifest = JSON.parse(await repoText('models/manifest.json')) as { models: { file: string; variants?: { file: string }[] }[] };
    const files = manifest.models.flatMap((m) => [m.file, ...(m.variants ?? []).map((v) => v.file)]);
    expect(files.filter((f) => !sources.some((s) => `models/${f}`.startsWith(`${s}/`)))).toEqual([]);
  });

  it('runs the API entry point as the non-root node user with a HEALTHCHECK on /health', () => {
    expect(args('runtime', 'USER')).toEqual(['node']);
    expect(args('runtime', 'WORKDIR').at(-1)).toBe('/app/packages/api');
    const cmd = JSON.parse(args('runtime', 'CMD').at(-1) ?? '[]') as string[];
    expect(cmd.slice(0, 3)).toEqual(['node', '--import', 'tsx']);
    expect(existsSync(join(REPO_ROOT, 'packages/api', cmd[3] ?? 'missing'))).toBe(true);
    expect(args('runtime', 'HEALTHCHECK').join(' ')).toContain("/health')");
    expect(args('runtime', 'EXPOSE')).toEqual(['8000']);
  });

  it('runs TypeScript with tsx, which the production install of @derma/api includes', async () => {
    const api = JSON.parse(await repoText('packages/api/package.json')) as { dependencies?: Record<string, string> };
    expect(api.dependencies?.tsx).toBeDefined();
    const wrapper = args('runtime', 'RUN').find((a) => a.includes('/usr/local/bin/derma')) ?? '';
    const loader = /file:\/\/\/app\/(\S+\.mjs)/.exec(wrapper)?.[1] ?? 'missing';
    expect(existsSync(join(REPO_ROOT, loader))).toBe(true);
    expect(wrapper).toContain('/app/packages/api/src/cli/main.ts');
  });

  it('keeps node_modules, .env, data and backups out of the build context', async () => {
    const ignored = (await repoText('.dockerignore')).split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['**/node_modules', '.env', 'data', 'backups', '.git', '!.env.example']));
  });
});
