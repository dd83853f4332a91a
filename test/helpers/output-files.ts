/**
 * The files of an output folder as `relative path → text`, dot-files (the build cache, a
 * staging folder) left out: what two builds are compared by.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function outputFiles(folder: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (at: string, prefix: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) walk(join(at, entry.name), `${prefix}${entry.name}/`);
      else result[`${prefix}${entry.name}`] = readFileSync(join(at, entry.name), 'utf8');
    }
  };
  walk(folder, '');
  return result;
}
