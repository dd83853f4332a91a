/**
 * Digests that key a document's outputs: its source and data files, the pipeline's own code,
 * and the glossary entries. A rebuild skips a document whose digests are unchanged, without
 * loading the tokenizer or reading the glossary's YAML twice.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { packageRoot } from '../data/package-root.js';

export { packageRoot } from '../data/package-root.js';

/** sha256 of some byte strings, each length-prefixed so that concatenations cannot collide. */
export function digestOf(parts: ReadonlyArray<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** Digest of the document's input files, in the order given (source first, then data). */
export async function filesDigest(paths: readonly string[], root: string): Promise<string> {
  const parts: Array<string | Uint8Array> = [];
  for (const path of paths) parts.push(relative(root, path).replace(/\\/g, '/'), await readFile(path));
  return digestOf(parts);
}


let pipelinePromise: Promise<string> | undefined;

/**
 * Digest of the pipeline's code: the TypeScript sources under pipeline/ (which both the
 * compiled CLI and the tests are made from) and the locked dependency versions. Computed once
 * per process.
 */
export function pipelineDigest(): Promise<string> {
  pipelinePromise ??= (async () => {
    const root = packageRoot();
    const files = (await listFiles(join(root, 'pipeline'))).filter((file) => /\.(ts|json|tsv|yaml)$/.test(file) && !file.endsWith('.test.ts'));
    const lock = join(root, 'package-lock.json');
    return filesDigest(existsSync(lock) ? [...files, lock] : files, root);
  })();
  return pipelinePromise;
}

async function listFiles(folder: string): Promise<string[]> {
  if (!existsSync(folder)) return [];
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(path)));
    else files.push(path);
  }
  return files;
}
