/**
 * A compiled copy of the glossary, so that a build does not parse and validate the same YAML
 * again. The copy is keyed by a digest of the glossary's files and of the pipeline's code; it
 * holds the entries exactly as the loader returned them after full validation, so a cache hit
 * is as good as a load. It lives in node_modules/.cache/kaikyo/ (the usual place for a tool's
 * cache; never committed) and is written atomically. Any problem reading it means a normal load.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { digestOf, pipelineDigest } from '../orchestrate/digest.js';
import { cacheRoot } from '../data/package-root.js';
import { pruneFolder } from '../data/prune.js';

/** Compiled glossaries kept at most (the oldest go first). */
export const GLOSSARY_CACHE_LIMIT = 16;
import { createGlossary } from './glossary.js';
import type { Glossary, GlossaryEntry } from './schema.js';


/** Load the glossary of `dir` from its compiled copy, or load it and write the copy. */
export async function loadGlossaryCached(dir: string): Promise<Glossary> {
  const key = await glossaryKey(dir);
  const path = join(cacheRoot(), `glossary-${key}.json`);
  if (existsSync(path)) {
    try {
      const entries = JSON.parse(await readFile(path, 'utf8')) as GlossaryEntry[];
      return createGlossary(entries);
    } catch {
      // A damaged copy: load from the YAML and write it again.
    }
  }
  const { loadGlossary } = await import('./load.js');
  const glossary = await loadGlossary(dir);
  try {
    await mkdir(cacheRoot(), { recursive: true });
    const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temporary, JSON.stringify(glossary.entries));
    await rename(temporary, path);
    pruneFolder(cacheRoot(), GLOSSARY_CACHE_LIMIT, (name) => name.startsWith('glossary-') && name.endsWith('.json'));
  } catch {
    // A read-only install still builds, only without the shortcut.
  }
  return glossary;
}

async function glossaryKey(dir: string): Promise<string> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.yaml') || name.endsWith('.json')).sort();
  const parts: Array<string | Uint8Array> = [await pipelineDigest()];
  for (const name of names) parts.push(name, await readFile(join(dir, name)));
  return digestOf(parts).slice(0, 32);
}
