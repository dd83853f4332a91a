/**
 * Build many documents: load each (metadata, data files), build it in memory, and swap its
 * output folder in atomically. One document's failure is reported with its file and line and
 * does not stop the others. Documents are taken in sorted order and results reported in that
 * order, whatever finishes first.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import PQueue from 'p-queue';
import { DataError } from '../data/data-error.js';
import { display, listCorpus, loadDocument } from '../corpus/document.js';
import { buildDocument } from './build-document.js';
import { filesDigest, pipelineDigest } from './digest.js';
import { lockFolder } from './lock.js';
import { readManifest, staleReason, writeManifest, type GlossaryFingerprint } from './manifest.js';
import { formatMessages } from './messages.js';
import { replaceFolder } from './write-atomic.js';

/** Default largest source accepted, in bytes (KAIKYO_MAX_BYTES or --max-bytes change it). */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

export interface BuildOptions {
  /** Output root; each document goes to `<out>/<id>/`. */
  readonly out: string;
  /** The corpus root (for site profiles and the default document list). */
  readonly corpus: string;
  /** How many documents at once. */
  readonly concurrency?: number;
  /** Rebuild even when the cache says the outputs are current. */
  readonly force?: boolean;
  /** Largest source accepted, in bytes; larger ones fail with a clear message. */
  readonly maxBytes?: number;
  /** Glossary entries as the cache sees them (empty when there is no glossary). */
  readonly glossary?: ReadonlyMap<string, GlossaryFingerprint>;
  /** Called after each document, for progress output. */
  readonly onDocument?: (result: DocumentResult, done: number, total: number) => void;
}

export type DocumentResult =
  | { readonly path: string; readonly id: string; readonly status: 'built'; readonly warnings: string[]; readonly reason: string }
  | { readonly path: string; readonly id: string; readonly status: 'skipped' }
  | { readonly path: string; readonly status: 'failed'; readonly error: string };

export interface BuildSummary {
  readonly results: DocumentResult[];
  readonly built: number;
  readonly skipped: number;
  readonly failed: number;
}

/** Build `paths` (corpus folders or raw text files), or the whole corpus when empty. */
export async function buildCorpus(paths: readonly string[], options: BuildOptions): Promise<BuildSummary> {
  const corpus = resolve(options.corpus);
  const targets = paths.length > 0 ? paths.map((path) => resolve(path)) : await listCorpus(corpus);
  const out = resolve(options.out);
  const release = await lockFolder(out);
  try {
    const queue = new PQueue({ concurrency: options.concurrency ?? 1 });
    const results: DocumentResult[] = new Array(targets.length);
    let done = 0;
    await Promise.all(
      targets.map((target, index) =>
        queue.add(async () => {
          results[index] = await buildOne(target, corpus, out, options);
          done++;
          options.onDocument?.(results[index], done, targets.length);
        }),
      ),
    );
    return {
      results,
      built: results.filter((result) => result.status === 'built').length,
      skipped: results.filter((result) => result.status === 'skipped').length,
      failed: results.filter((result) => result.status === 'failed').length,
    };
  } finally {
    await release();
  }
}

async function buildOne(target: string, corpus: string, out: string, options: BuildOptions): Promise<DocumentResult> {
  const path = display(target);
  try {
    const document = await loadDocument(target, corpus);
    const folder = join(out, document.meta.id);
    const glossary = options.glossary ?? new Map<string, GlossaryFingerprint>();
    const current = { inputs: await filesDigest(document.inputs, dirname(corpus)), pipeline: await pipelineDigest(), glossary };
    const reason = options.force
      ? 'forced'
      : await staleReason(await readManifest(out, document.meta.id), current, folder, () => readFile(document.sourcePath, 'utf8'));
    if (reason === undefined) return { path, id: document.meta.id, status: 'skipped' };

    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const size = (await stat(document.sourcePath)).size;
    if (size > maxBytes) {
      throw new InputTooLargeError(display(document.sourcePath), size, maxBytes);
    }
    const output = await buildDocument(document);
    await replaceFolder(folder, output.files);
    await writeManifest(out, {
      version: 1,
      id: document.meta.id,
      inputs: current.inputs,
      pipeline: current.pipeline,
      glossary: Object.fromEntries([...glossary].map(([id, entry]) => [id, entry.digest]).sort(([a], [b]) => a.localeCompare(b))),
      files: [...output.files.keys()].sort(),
    });
    return { path, id: output.id, status: 'built', warnings: formatMessages(output.file), reason };
  } catch (error) {
    return { path, status: 'failed', error: describeError(error, path) };
  }
}

/** A source over the size limit: refused before it is read, so memory stays bounded. */
export class InputTooLargeError extends Error {
  constructor(readonly file: string, readonly size: number, readonly limit: number) {
    super(`${file}: ${size} bytes is more than the limit of ${limit} bytes (raise it with --max-bytes or KAIKYO_MAX_BYTES)`);
    this.name = 'InputTooLargeError';
  }
}

/** One line naming the file (and line) of a failure. */
export function describeError(error: unknown, path: string): string {
  if (error instanceof DataError) return error.message;
  if (error instanceof Error && 'file' in error && typeof (error as { file: unknown }).file === 'string') return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `${path}: ${message}`;
}
