/**
 * The worker pool's deadlines and memory limits, and the lock's refresh while a worker is busy,
 * with a stand-in worker (pool-fixture-worker.mjs) whose "documents" take as long or as much
 * memory as the test says. The compiled CLI's cases are in test/hostile.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { afterAll, describe, expect, it } from 'vitest';
import { createPool } from '../../pipeline/orchestrate/pool.js';
import { lockFolder } from '../../pipeline/orchestrate/lock.js';
import type { BuildTask } from '../../pipeline/orchestrate/task.js';

const script = new URL('./pool-fixture-worker.mjs', import.meta.url);
const scratch = mkdtempSync(join(tmpdir(), 'kaikyo-pool-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const task = (target: string): BuildTask => ({ target, id: target.replace(/\W/g, '-'), shown: `${target}.txt`, corpus: '', out: '', maxBytes: 1 });

describe('the build pool', () => {
  it('stops a document past its deadline with its name, and the others still build in a fresh worker', async () => {
    const pool = createPool(1, { script });
    try {
      const started = Date.now();
      const stuck = pool.run(task('busy:60000'), 300);
      const next = pool.run(task('quick'), 5000);
      expect(await stuck).toEqual({ status: 'failed', error: 'busy:60000.txt: took longer than 0.3 s (its deadline; raise it with --deadline)' });
      expect((await next).status).toBe('built');
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await pool.close();
    }
  });

  it('fails a document that exhausts its memory limit alone, with its name', async () => {
    const pool = createPool(2, { script, maxMemoryMb: 64 });
    try {
      const [hungry, quick] = await Promise.all([pool.run(task('memory'), 60_000), pool.run(task('quick'), 60_000)]);
      expect(hungry).toEqual({ status: 'failed', error: 'memory.txt: ran out of memory (the limit is 64 MB; raise it with --max-memory)' });
      expect(quick.status).toBe('built');
      expect((await pool.run(task('after'), 60_000)).status).toBe('built');
    } finally {
      await pool.close();
    }
  });

  it('keeps the output lock while a worker is busy for longer than the lock goes stale', async () => {
    const folder = join(scratch, 'locked');
    const lock = await lockFolder(folder, { staleMs: 2000, updateMs: 500 });
    const pool = createPool(1, { script });
    try {
      // A stage three times as long as the stale time: the main thread's timers refresh the lock meanwhile.
      expect((await pool.run(task('busy:6000'), 60_000)).status).toBe('built');
      expect(lock.compromised()).toBeUndefined();
      expect(await lockfile.check(folder, { lockfilePath: join(folder, '.kaikyo.lock'), stale: 2000 })).toBe(true);
      // And another build is refused, not let in.
      await expect(lockFolder(folder, { waitMs: 300, staleMs: 2000 })).rejects.toThrow(/another kaikyo build is writing this output folder/);
    } finally {
      await pool.close();
      await lock.release();
    }
  });

  it('turns a lock lost under the run into compromised(), not an uncaught exception', async () => {
    const folder = join(scratch, 'lost');
    const lock = await lockFolder(folder, { staleMs: 2000, updateMs: 500 });
    rmSync(join(folder, '.kaikyo.lock'), { recursive: true, force: true });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(lock.compromised()?.message).toMatch(/ENOENT|lock/i);
    await lock.release();
  });
});
