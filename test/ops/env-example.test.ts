import { beforeAll, describe, expect, it } from 'vitest';
import { parseEnvExample, referencedVariables, repoText } from './deployment-files';

/** Keys of the server's env schema, read from env.ts: the file is the only reader of the environment. */
function schemaKeys(source: string, schema: string): string[] {
  const block = new RegExp(`const ${schema} = z\\.object\\(\\{([\\s\\S]*?)\\n\\}\\);`).exec(source)?.[1] ?? '';
  return [...block.matchAll(/^ {2}([A-Z][A-Z0-9_]*):/gm)].map((m) => m[1] ?? '');
}

describe('.env.example', () => {
  let documented: Record<string, string>;
  let serverKeys: string[];
  let composeVars: string[];

  beforeAll(async () => {
    documented = parseEnvExample(await repoText('.env.example')).documented;
    const envSource = await repoText('packages/api/src/env.ts');
    serverKeys = [...schemaKeys(envSource, 'envSchema'), ...schemaKeys(envSource, 'opsSettingsSchema')];
    composeVars = referencedVariables(await repoText('docker-compose.yml'));
  });

  it('documents every variable that the server and the CLI read', () => {
    expect(serverKeys.length).toBeGreaterThan(20);
    expect(serverKeys.filter((key) => !(key in documented))).toEqual([]);
  });

  it('documents nothing that neither the server, the CLI nor docker compose reads', () => {
    expect(Object.keys(documented).filter((key) => !serverKeys.includes(key) && !composeVars.includes(key))).toEqual([]);
  });

  it('ships no secret values', () => {
    expect(documented.MYSQL_PASSWORD).toBe('');
    expect(documented.SMTP_PASSWORD).toBe('');
  });
});
