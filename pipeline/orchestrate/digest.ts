/**
 * Digests that key a document's outputs: its source and data files, the pipeline's own code,
 * and the glossary entries. A rebuild skips a document whose digests are unchanged, without
 * loading the tokenizer or reading the glossary's YAML twice.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../data/package-root.js';
import { compareCodePoints } from '../text/compare.js';

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

/** Where `npm run build` records the digest of the sources it compiled, inside dist/. */
export const PIPELINE_DIGEST_FILE = 'pipeline-digest.txt';

/**
 * Digest of the pipeline's code: the TypeScript sources under pipeline/ (which both the
 * compiled CLI and the tests are made from) and the locked dependency versions. Computed once
 * per process. Compiled code reads the digest that the build wrote next to it, which is the
 * digest of exactly the sources it was compiled from, and saves hashing ~100 files (~50 ms)
 * on every start; the TypeScript sources (tests, tsx) hash themselves.
 */
export function pipelineDigest(): Promise<string> {
  pipelinePromise ??= (async () => {
    const root = packageRoot();
    const dist = join(root, 'dist');
    if (fileURLToPath(import.meta.url).startsWith(dist + sep)) {
      try {
        const recorded = (await readFile(join(dist, PIPELINE_DIGEST_FILE), 'utf8')).trim();
        if (/^[0-9a-f]{64}$/.test(recorded)) return recorded;
      } catch {
        // Not recorded (a build without the post-build step): hash the sources.
      }
    }
    return sourcesDigest();
  })();
  return pipelinePromise;
}

/** Digest of pipeline/ and package-lock.json as they are on disk now. */
export async function sourcesDigest(): Promise<string> {
  const root = packageRoot();
  const files = (await listFiles(join(root, 'pipeline'))).filter((file) => /\.(ts|json|tsv|yaml|css)$/.test(file) && !file.endsWith('.test.ts'));
  const lock = join(root, 'package-lock.json');
  return filesDigest(existsSync(lock) ? [...files, lock] : files, root);
}

async function listFiles(folder: string): Promise<string[]> {
  if (!existsSync(folder)) return [];
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => compareCodePoints(a.name, b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(path)));
    else files.push(path);
  }
  return files;
}
