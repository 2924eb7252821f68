import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

describe('operator commands of `pnpm derma`', () => {
  it('lists migrate, user, health, backup, restore and prune in the usage', async () => {
    const run = await runCli(['help']);
    expect(run.code).toBe(0);
    for (const command of ['migrate', 'user create', 'user list', 'user disable', 'health', 'backup <file>', 'restore <file>', 'prune']) {
      expect(run.stderr).toContain(`derma ${command}`);
    }
  });

  it('exits 2 with the usage line when backup is given no file', async () => {
    const run = await runCli(['backup']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('derma: usage: derma backup <file> [--photos DIR]\n');
  });

  it('exits 1 with one line when the archive to restore does not exist', async () => {
    const run = await runCli(['restore', '/nonexistent/derma.backup.gz']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('derma: /nonexistent/derma.backup.gz: no such file\n');
  });
});
