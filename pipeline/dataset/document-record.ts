/**
 * `document.json`: one document's metadata, pages and digests, written beside its other outputs
 * so that the corpus dataset (and anyone else) can list a build's documents without the corpus
 * folder. Schema: schemas/document.schema.json.
 */
import { createHash } from 'node:crypto';
import type { DocumentMeta } from '../corpus/document.js';

/** The record; digests are SHA-256 in lower-case hex. */
export interface DocumentRecord {
  readonly id: string;
  readonly title: string;
  readonly author: DocumentMeta['author'];
  readonly year: number;
  readonly dataAsOf: string | null;
  readonly language: string;
  readonly source: { readonly file: string; readonly site: string | null; readonly description: string | null; readonly encoding: string; readonly bytes: number; readonly sha256: string; readonly textSha256: string };
  readonly pages: { readonly announced: number; readonly present: number; readonly note: string | null } | null;
  /** Every other output file of the document, by path, with its size and digest. */
  readonly outputs: ReadonlyArray<{ readonly file: string; readonly bytes: number; readonly sha256: string }>;
}

/** The file name, relative to the document's output folder. */
export const DOCUMENT_FILE = 'document.json';

/**
 * The document's record. `text` is the decoded, normalised source the positions refer to;
 * `files` are the other outputs (sorted by path here, so the record does not depend on the
 * order the stages wrote them in).
 */
export function documentRecord(meta: DocumentMeta, source: { bytes: Uint8Array; encoding: string; text: string }, files: ReadonlyMap<string, string>): DocumentRecord {
  const outputs = [...files]
    .filter(([file]) => file !== DOCUMENT_FILE)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, content]) => {
      const bytes = Buffer.from(content, 'utf8');
      return { file, bytes: bytes.length, sha256: sha256(bytes) };
    });
  return {
    id: meta.id,
    title: meta.title,
    author: meta.author,
    year: meta.year,
    dataAsOf: meta.dataAsOf ?? null,
    language: meta.language,
    source: {
      file: meta.source.file,
      site: meta.source.site ?? null,
      description: meta.source.description ?? null,
      encoding: source.encoding,
      bytes: source.bytes.length,
      sha256: sha256(source.bytes),
      textSha256: sha256(Buffer.from(source.text, 'utf8')),
    },
    pages: meta.pages ? { announced: meta.pages.announced, present: meta.pages.present, note: meta.pages.note ?? null } : null,
    outputs,
  };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
