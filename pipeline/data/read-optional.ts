/**
 * Read a text file that may not exist: its text, or undefined when there is no such file. Any
 * other failure (a folder, no permission) is thrown, so "missing" never hides "broken".
 */
import { readFile } from 'node:fs/promises';

export async function readOptionalText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
