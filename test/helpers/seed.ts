/**
 * Shared helpers for tests that run the real seed document through the pipeline. The edition
 * is built once per test file and memoised, because every stage test reads the same result.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { loadDocument, type CorpusDocument } from '../../pipeline/corpus/document.js';
import { buildEdition, type Edition } from '../../pipeline/edition/edition.js';
import { readSource } from '../../pipeline/source/decode.js';
import { normalize } from '../../pipeline/source/normalize.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CORPUS = join(ROOT, 'corpus');
export const SEED_FOLDER = join(CORPUS, 'cha-2004-japan-clusters');
export const SEED_SOURCE = join(SEED_FOLDER, 'source.txt');

/** The seed's raw text as a string. */
export function seedText(): string {
  return readFileSync(SEED_SOURCE, 'utf8');
}

export interface SeedRun {
  document: CorpusDocument;
  source: string;
  file: VFile;
  edition: Edition;
}

let cached: Promise<SeedRun> | undefined;

/** The seed's edition model (built once per test file). */
export function seedEdition(): Promise<SeedRun> {
  cached ??= (async () => {
    const document = await loadDocument(SEED_FOLDER, CORPUS);
    const { decoded } = await readSource(document.sourcePath);
    const normalized = normalize(decoded.text);
    const file = new VFile({ path: document.displayPath, value: normalized.text });
    const edition = buildEdition(normalized.text, document, file, normalized.changes);
    return { document, source: normalized.text, file, edition };
  })();
  return cached;
}
