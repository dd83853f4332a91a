/**
 * Keep a cache folder bounded: after a write, the oldest entries beyond a count are removed.
 * Caches are written only on a miss, so this runs rarely; a test suite or a long-lived install
 * that sees many glossaries and data files would otherwise grow the cache without end.
 * Failures are ignored: a file another process removed first is simply gone.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function pruneFolder(folder: string, keep: number, matches: (name: string) => boolean): void {
  let entries: Array<{ path: string; time: number }>;
  try {
    entries = readdirSync(folder)
      .filter(matches)
      .map((name) => {
        const path = join(folder, name);
        try {
          return { path, time: statSync(path).mtimeMs };
        } catch {
          return { path, time: -1 };
        }
      })
      .filter((entry) => entry.time >= 0);
  } catch {
    return;
  }
  if (entries.length <= keep) return;
  entries.sort((a, b) => b.time - a.time || (a.path < b.path ? -1 : 1));
  for (const entry of entries.slice(keep)) {
    try {
      rmSync(entry.path, { force: true });
    } catch {
      // Another process's cleanup or a read-only cache: nothing to do.
    }
  }
}
