/**
 * Where kaikyo is installed: the folder with its package.json above this module, in the
 * TypeScript sources, dist/ and the bundle alike; and the tool cache below it.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The package root (throws when no package.json is above the pipeline). */
export function packageRoot(): string {
  if (root) return root;
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error('kaikyo: cannot find package.json above the pipeline');
    folder = parent;
  }
  root = folder;
  return folder;
}

/**
 * node_modules/.cache/kaikyo: the usual place for a tool's cache, never committed. KAIKYO_CACHE_DIR
 * puts it elsewhere (the benchmark gives each timed run a fresh one, so no run reuses another's).
 */
export function cacheRoot(): string {
  const chosen = process.env.KAIKYO_CACHE_DIR;
  if (chosen) return resolve(chosen);
  return join(packageRoot(), 'node_modules', '.cache', 'kaikyo');
}
