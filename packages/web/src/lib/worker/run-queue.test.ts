import { describe, expect, it } from 'vitest';
import { RunQueue } from './run-queue';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

describe('RunQueue', () => {
  it('starts a task only when the one before it has finished', async () => {
    const queue = new RunQueue();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
    };
    await Promise.all([queue.run(task('diagnose')), queue.run(task('check'))]);
    expect(log).toEqual(['diagnose start', 'diagnose end', 'check start', 'check end']);
  });

  it('runs the next task after one that failed, and passes the failure to its caller', async () => {
    const queue = new RunQueue();
    const failed = queue.run(() => Promise.reject(new Error('no face')));
    const next = queue.run(async () => 'ok');
    await expect(failed).rejects.toThrow('no face');
    await expect(next).resolves.toBe('ok');
  });
});
