/**
 * One build at a time per output folder. A second `kaikyo build` into the same folder waits for
 * the first (up to a timeout) and then refuses with a clear message, instead of interleaving
 * writes. proper-lockfile keeps the lock fresh while the build runs and treats a lock that has
 * not been refreshed for `stale` ms as left by a crashed build, so it never blocks forever.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

export class LockError extends Error {
  constructor(readonly path: string) {
    super(`${path}: another kaikyo build is writing this output folder; try again when it has finished`);
    this.name = 'LockError';
  }
}

/** Take the lock of `folder`, waiting up to about `waitMs`; resolves to the release function. */
export async function lockFolder(folder: string, waitMs = 120_000): Promise<() => Promise<void>> {
  await mkdir(folder, { recursive: true });
  const lockPath = join(folder, '.kaikyo.lock');
  try {
    return await lockfile.lock(folder, {
      lockfilePath: lockPath,
      stale: 10_000,
      update: 2_000,
      retries: { retries: Math.max(1, Math.ceil(waitMs / 250)), factor: 1, minTimeout: 250, maxTimeout: 250 },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new LockError(lockPath);
    throw error;
  }
}
