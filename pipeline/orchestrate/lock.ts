/**
 * One build at a time per output folder. A second `kaikyo build` into the same folder says that
 * it waits, waits for the first (up to a timeout) and then refuses with a clear message, instead
 * of interleaving writes. proper-lockfile keeps the lock fresh from this thread's timers while
 * the build runs and treats a lock not refreshed for `stale` ms as left by a crashed build.
 *
 * The refresh cannot starve: documents are built in worker threads, so this thread's event loop
 * stays free (a 10-second stage no longer delays the refresh), and `stale` leaves room for a
 * loaded machine. A lock lost all the same (its folder deleted, a clock jump) is not an uncaught
 * ECOMPROMISED: `compromised()` says so, and the run stops writing.
 *
 * Any error other than "held by another build" (a read-only or missing output folder, no
 * permission) is refused at once with its reason; only a held lock is waited for.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

export class LockError extends Error {
  constructor(readonly path: string, reason?: string) {
    super(reason ? `${path}: ${reason}` : `${path}: another kaikyo build is writing this output folder; try again when it has finished`);
    this.name = 'LockError';
  }
}

/** A held lock. */
export interface FolderLock {
  /** Release the lock (never throws: a lock already lost is simply gone). */
  release(): Promise<void>;
  /** Why the lock was lost while the run held it, or undefined while it is held. */
  compromised(): Error | undefined;
}

/** How long a lock may go unrefreshed before another build takes it over, and how often it is refreshed. */
export interface LockTiming {
  readonly waitMs?: number;
  readonly staleMs?: number;
  readonly updateMs?: number;
  /** Told once when the lock is held by another build and this one starts to wait. */
  readonly onWait?: (message: string) => void;
}

/** Take the lock of `folder`, waiting up to `waitMs` for another build to finish. */
export async function lockFolder(folder: string, timing: LockTiming = {}): Promise<FolderLock> {
  const { waitMs = 120_000, staleMs = 30_000, updateMs = 5_000, onWait } = timing;
  const lockPath = join(folder, '.kaikyo.lock');
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new LockError(folder, `cannot create the output folder: ${reason(error)}`);
  }
  let lost: Error | undefined;
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      const release = await lockfile.lock(folder, {
        lockfilePath: lockPath,
        stale: staleMs,
        update: updateMs,
        retries: 0,
        onCompromised: (error) => {
          lost = error;
        },
      });
      return {
        async release() {
          if (lost) return;
          try {
            await release();
          } catch {
            // Released or lost meanwhile: nothing left to release.
          }
        },
        compromised: () => lost,
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw new LockError(folder, `cannot lock the output folder: ${reason(error)}`);
      if (Date.now() - started >= waitMs) throw new LockError(lockPath);
      if (!told) {
        told = true;
        onWait?.(`${lockPath}: another kaikyo build is writing this output folder; waiting up to ${Math.round(waitMs / 1000)} s for it to finish`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const words: Record<string, string> = { EROFS: 'the file system is read-only', EACCES: 'permission denied', EPERM: 'operation not permitted', ENOSPC: 'no space left on the device', ENOENT: 'no such folder' };
  return (code && words[code]) ?? (error instanceof Error ? error.message : String(error));
}
