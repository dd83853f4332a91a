/**
 * Check corpus documents end to end, for the CLI: read and normalise the source, build the
 * edition, extract names, check consistency. The glossary, its matcher and the suppressions are
 * loaded once per run and shared by every document.
 */
import { resolve } from 'node:path';
import { VFile } from 'vfile';
import { listCorpus, loadDocument } from '../corpus/document.js';
import { buildEdition } from '../edition/edition.js';
import type { Glossary } from '../glossary/load.js';
import { extractNames } from '../names/index.js';
import { readSource } from '../source/decode.js';
import { normalize } from '../source/normalize.js';
import { checkConsistency } from './check.js';
import type { Finding, Suppression } from './types.js';

/** What one document's check gives. */
export interface DocumentCheck {
  /** The source path as shown to the user (relative to the working directory). */
  readonly path: string;
  /** Findings, each with `file` set to `path`. */
  readonly findings: Finding[];
  /** The vfile with the names stage's and this stage's messages. */
  readonly file: VFile;
}

/** Options of checkDocuments. */
export interface RunOptions {
  readonly corpus: string;
  readonly glossary: Glossary;
  readonly suppressions: readonly Suppression[];
  /** Largest source accepted, in bytes (DEFAULT_MAX_BYTES when not given); checked before reading. */
  readonly maxBytes?: number;
}

/** The corpus folders or text files to check: the given paths, or every corpus folder. */
export async function documentPaths(paths: readonly string[], corpus: string): Promise<string[]> {
  return paths.length > 0 ? paths.map((path) => resolve(path)) : listCorpus(resolve(corpus));
}

/** Check one corpus folder or raw text file. Throws when the document cannot be read. */
export async function checkDocument(path: string, options: RunOptions): Promise<DocumentCheck> {
  const document = await loadDocument(path, resolve(options.corpus), { maxBytes: options.maxBytes });
  const { decoded } = await readSource(document.sourcePath, { maxBytes: options.maxBytes, shown: document.displayPath });
  const normalized = normalize(decoded.text);
  const file = new VFile({ path: document.displayPath, value: normalized.text });
  const edition = buildEdition(normalized.text, document, file, normalized.changes);
  const names = await extractNames(edition, { glossary: options.glossary });
  const findings = checkConsistency(edition, names, options.glossary, { file, suppressions: [...options.suppressions] });
  const shown = document.displayPath.replace(/\\/g, '/');
  return { path: shown, findings: findings.map((finding) => ({ ...finding, file: shown })), file };
}
