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

/** A folder being written beside its target, then swapped in whole. */
export interface Staging {
  /** Write one file (relative path) into the staging folder. */
  write(name: string, content: string | Uint8Array): Promise<void>;
  /** Mark the staging folder complete and swap it in for the target (the old one is removed). */
  commit(): Promise<void>;
  /** Remove what was staged; the target is left as it was. */
  abort(): Promise<void>;
}

/**
 * Start writing `folder` anew, file by file (the corpus dataset writes each table as soon as it
 * is made, so a whole corpus's tables never sit in memory at once). Nothing is visible at
 * `folder` until `commit`, which swaps it in with the renames and names described above.
 */
export async function stageFolder(folder: string): Promise<Staging> {
  const parent = dirname(folder);
  const id = basename(folder);
  await mkdir(parent, { recursive: true });
  const unique = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const staging = join(parent, `.kaikyo-tmp-${id}.${unique}`);
  const complete = join(parent, `.kaikyo-new-${id}.${unique}`);
  const retired = join(parent, `.kaikyo-old-${id}.${unique}`);
  await mkdir(staging, { recursive: true });
  return {
    async write(name, content) {
      const path = join(staging, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content);
    },
    async commit() {
      let swapped = false;
      try {
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
        if (!swapped) {
          await rm(complete, { recursive: true, force: true });
          // The old folder was retired but the new one did not take its place: put it back.
          if (!existsSync(folder) && existsSync(retired)) await rename(retired, folder).catch(() => undefined);
        }
        throw error;
      }
    },
    async abort() {
      await rm(staging, { recursive: true, force: true });
    },
  };
}

/** Write `files` (relative path → content) as the complete contents of `folder`. */
export async function replaceFolder(folder: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const stage = await stageFolder(folder);
  try {
    for (const [name, content] of [...files].sort(([a], [b]) => compareCodePoints(a, b))) await stage.write(name, content);
    await stage.commit();
  } catch (error) {
    await stage.abort();
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
