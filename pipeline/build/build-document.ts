/**
 * Build one corpus document: read and decode its source, normalise it, run the edition stages
 * and return every output file's content. Writing is the caller's job, so a failure anywhere
 * leaves the previous outputs untouched.
 */
import { VFile } from 'vfile';
import type { CorpusDocument } from '../corpus/document.js';
import type { Glossary } from '../glossary/load.js';
import { buildEdition } from '../edition/edition.js';
import { stringifyEdition } from '../edition/stringify.js';
import { editionToMdast } from '../edition/to-mdast.js';
import { readSource } from '../source/decode.js';
import { normalize } from '../source/normalize.js';
import { serializeMessages } from './messages.js';
import '../vfile-data.js';

export interface DocumentOutput {
  readonly id: string;
  /** Output files, relative to the document's output folder. */
  readonly files: Map<string, string>;
  readonly file: VFile;
}

export interface BuildContext {
  /** The glossary, loaded once per process; undefined builds without one. */
  readonly glossary?: Glossary;
}

/** Build a document's outputs in memory. Throws on a broken document (bad bytes, bad data). */
export async function buildDocument(document: CorpusDocument, context: BuildContext = {}): Promise<DocumentOutput> {
  void context;
  const { decoded } = await readSource(document.sourcePath);
  const normalized = normalize(decoded.text);
  const file = new VFile({ path: document.displayPath, value: normalized.text });
  file.data.meta = document.meta;
  const edition = buildEdition(normalized.text, document, file, normalized.changes);
  const tree = editionToMdast(edition, document.meta);
  const markdown = stringifyEdition(tree);

  const files = new Map<string, string>();
  files.set('edition.md', markdown);
  files.set(
    'apparatus.json',
    json({
      document: document.meta.id,
      source: document.displayPath.replace(/\\/g, '/'),
      encoding: decoded.encoding,
      entries: edition.apparatus,
      messages: serializeMessages(file),
    }),
  );
  return { id: document.meta.id, files, file };
}

/** Stable, readable JSON with a final newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
