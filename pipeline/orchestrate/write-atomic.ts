/**
 * Atomic output: a document's files are written into a fresh folder beside the target, marked
 * complete by a rename, then swapped in with two renames, so a reader (or a build that crashed
 * half-way) never sees a half-written edition. A crash between the two renames leaves no
 * document folder but a complete new one and the old one beside it: the next build (under the
 * lock) finishes the swap with `recoverSwaps`, and removes every other leftover.
 *
 *   .kaikyo-tmp-<id>.<unique>   being written (incomplete: removed at recovery)
 *   .kaikyo-new-<id>.<unique>   complete, waiting to be swapped in (swapped in if <id>/ is missing)
 *   .kaikyo-old-<id>.<unique>   the previous outputs, retired (restored if <id>/ is missing and no new one is complete)
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { compareCodePoints } from '../text/compare.js';

const LEFTOVER = /^\.kaikyo-(tmp|new|old)-(.*)$/;

/** Write `files` (relative path → content) as the complete contents of `folder`. */
export async function replaceFolder(folder: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const parent = dirname(folder);
  const id = basename(folder);
  await mkdir(parent, { recursive: true });
  const unique = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const staging = join(parent, `.kaikyo-tmp-${id}.${unique}`);
  const complete = join(parent, `.kaikyo-new-${id}.${unique}`);
  const retired = join(parent, `.kaikyo-old-${id}.${unique}`);
  let swapped = false;
  try {
    for (const [name, content] of [...files].sort(([a], [b]) => compareCodePoints(a, b))) {
      const path = join(staging, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content);
    }
    await rename(staging, complete);
    let hadOld = true;
    try {
      await rename(folder, retired);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      hadOld = false;
    }
    await rename(complete, folder);
    swapped = true;
    if (hadOld) await rm(retired, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (!swapped) {
      await rm(complete, { recursive: true, force: true });
      // The old folder was retired but the new one did not take its place: put it back.
      if (!existsSync(folder) && existsSync(retired)) await rename(retired, folder).catch(() => undefined);
    }
    throw error;
  }
}

/** What `recoverSwaps` did to one document's folder. */
export interface Recovery {
  readonly id: string;
  readonly action: 'completed' | 'restored' | 'cleaned';
}

/**
 * Finish or undo the swaps that a crashed build left in `out` (call it under the lock): a
 * document whose folder is missing gets its complete new folder, or else its old one back; every
 * other leftover is removed, and so are unfinished build-cache files.
 */
export async function recoverSwaps(out: string): Promise<Recovery[]> {
  let names: string[];
  try {
    names = await readdir(out);
  } catch {
    return [];
  }
  const byId = new Map<string, Array<{ kind: string; name: string }>>();
  for (const name of names.sort(compareCodePoints)) {
    const match = LEFTOVER.exec(name);
    if (!match) continue;
    // Leftovers from before ids were part of the name (`.kaikyo-tmp-<pid>-…`) have no '.': never complete.
    const dot = match[2].lastIndexOf('.');
    const id = dot > 0 ? match[2].slice(0, dot) : '';
    const list = byId.get(id) ?? [];
    list.push({ kind: match[1], name });
    byId.set(id, list);
  }
  const done: Recovery[] = [];
  for (const [id, leftovers] of byId) {
    let action: Recovery['action'] = 'cleaned';
    if (id !== '' && !existsSync(join(out, id))) {
      const complete = leftovers.filter((item) => item.kind === 'new').at(-1);
      const old = leftovers.filter((item) => item.kind === 'old').at(-1);
      const chosen = complete ?? old;
      if (chosen) {
        await rename(join(out, chosen.name), join(out, id));
        action = chosen === complete ? 'completed' : 'restored';
        leftovers.splice(leftovers.indexOf(chosen), 1);
      }
    }
    for (const item of leftovers) await rm(join(out, item.name), { recursive: true, force: true });
    done.push({ id, action });
  }
  const cache = join(out, '.kaikyo-cache');
  try {
    for (const name of await readdir(cache)) if (name.endsWith('.tmp')) await rm(join(cache, name), { force: true });
  } catch {
    // No cache folder yet (or not a folder: writing a manifest reports that, per document).
  }
  return done;
}
