import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/fixtures';

// `yaml` is a dev dependency of @derma/api, the package these deployment files ship.
const { parse } = createRequire(join(REPO_ROOT, 'packages/api/package.json'))('yaml') as { parse(text: string): unknown };

/** Reads a file of the repository as text. */
export function repoText(path: string): Promise<string> {
  return readFile(join(REPO_ROOT, path), 'utf8');
}

/** Parses YAML (docker-compose.yml) with a real YAML 1.2 parser. */
export function parseYaml(text: string): unknown {
  return parse(text);
}

/** `.env.example` as documented variables: set lines and commented `# KEY=value` examples. */
export function parseEnvExample(text: string): { set: Record<string, string>; documented: Record<string, string> } {
  const set: Record<string, string> = {};
  const documented: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (!match?.[2]) continue;
    documented[match[2]] = match[3] ?? '';
    if (!match[1]) set[match[2]] = match[3] ?? '';
  }
  return { set, documented };
}

/** Compose-style interpolation: `${VAR}`, `${VAR:-default}`, `${VAR:?error}`, `$$`. */
export function interpolate(value: string, vars: Record<string, string>): string {
  return value.replace(/\$\$|\$\{([A-Z0-9_]+)(?::([-?])([^}]*))?\}/g, (whole, name: string | undefined, op: string | undefined, arg: string | undefined) => {
    if (whole === '$$') return '$';
    const found = name ? vars[name] : undefined;
    if (found !== undefined && found !== '') return found;
    if (op === '-') return arg ?? '';
    throw new Error(`${name ?? whole} is required: ${arg ?? ''}`);
  });
}

/** Names in `${…}` references of a compose file. */
export function referencedVariables(text: string): string[] {
  return [...new Set([...text.matchAll(/(?<!\$)\$\{([A-Z0-9_]+)/g)].map((m) => m[1] ?? ''))].sort();
}

/** Dockerfile instructions with continuation lines joined; comments dropped. */
export function dockerInstructions(text: string): { op: string; args: string }[] {
  const joined = text.replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [op = '', ...rest] = line.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(' ') };
    });
}
