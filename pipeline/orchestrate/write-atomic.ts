/**
 * Atomic output: a document's files are written into a fresh temporary folder beside the
 * target, then swapped in with renames, so a reader (or a build that crashed half-way) never
 * sees a half-written edition: the folder holds either the old complete set or the new one.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Write `files` (relative path → content) as the complete contents of `folder`. */
export async function replaceFolder(folder: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const parent = dirname(folder);
  await mkdir(parent, { recursive: true });
  const unique = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const staging = join(parent, `.kaikyo-tmp-${unique}`);
  const retired = join(parent, `.kaikyo-old-${unique}`);
  try {
    for (const [name, content] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
      const path = join(staging, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content);
    }
    let hadOld = true;
    try {
      await rename(folder, retired);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      hadOld = false;
    }
    await rename(staging, folder);
    if (hadOld) await rm(retired, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
