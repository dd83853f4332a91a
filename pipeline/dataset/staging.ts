/**
 * A dataset folder written file by file into a staging folder beside the target and swapped in
 * whole at the end, so that a table's files leave memory as soon as they are written and a
 * reader never sees half a dataset. orchestrate/write-atomic.ts swaps a document's folder the
 * same way but takes every file at once, which would hold a whole corpus's tables in memory.
 */
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface Staging {
  /** Write one file (relative path) into the staging folder. */
  write(name: string, content: string | Uint8Array): Promise<void>;
  /** Swap the staging folder in for the target (the old one is removed). */
  commit(): Promise<void>;
  /** Remove the staging folder; the target is left as it was. */
  abort(): Promise<void>;
}

/** Start writing `folder` anew. */
export async function stageFolder(folder: string): Promise<Staging> {
  const parent = dirname(folder);
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(join(parent, `.${basename(folder)}-tmp-`));
  return {
    async write(name, content) {
      const path = join(staging, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content);
    },
    async commit() {
      const retired = `${staging}-old`;
      let hadOld = true;
      try {
        await rename(folder, retired);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        hadOld = false;
      }
      await rename(staging, folder);
      if (hadOld) await rm(retired, { recursive: true, force: true });
    },
    async abort() {
      await rm(staging, { recursive: true, force: true });
    },
  };
}
