/**
 * Build many documents: load each (metadata, data files), build it in memory, and swap its
 * output folder in atomically. One document's failure is reported with its file and line and
 * does not stop the others. Documents are taken in sorted order and results reported in that
 * order, whatever finishes first.
 */
import { join, resolve } from 'node:path';
import PQueue from 'p-queue';
import { DataError } from '../data/data-error.js';
import { display, listCorpus, loadDocument } from '../corpus/document.js';
import { buildDocument } from './build-document.js';
import { formatMessages } from './messages.js';
import { replaceFolder } from './write-atomic.js';

export interface BuildOptions {
  /** Output root; each document goes to `<out>/<id>/`. */
  readonly out: string;
  /** The corpus root (for site profiles and the default document list). */
  readonly corpus: string;
  /** How many documents at once. */
  readonly concurrency?: number;
  /** Called after each document, for progress output. */
  readonly onDocument?: (result: DocumentResult, done: number, total: number) => void;
}

export type DocumentResult =
  | { readonly path: string; readonly id: string; readonly status: 'built'; readonly warnings: string[] }
  | { readonly path: string; readonly status: 'failed'; readonly error: string };

export interface BuildSummary {
  readonly results: DocumentResult[];
  readonly built: number;
  readonly failed: number;
}

/** Build `paths` (corpus folders or raw text files), or the whole corpus when empty. */
export async function buildCorpus(paths: readonly string[], options: BuildOptions): Promise<BuildSummary> {
  const corpus = resolve(options.corpus);
  const targets = paths.length > 0 ? paths.map((path) => resolve(path)) : await listCorpus(corpus);
  const queue = new PQueue({ concurrency: options.concurrency ?? 1 });
  const results: DocumentResult[] = new Array(targets.length);
  let done = 0;
  await Promise.all(
    targets.map((target, index) =>
      queue.add(async () => {
        results[index] = await buildOne(target, corpus, options.out);
        done++;
        options.onDocument?.(results[index], done, targets.length);
      }),
    ),
  );
  return {
    results,
    built: results.filter((result) => result.status === 'built').length,
    failed: results.filter((result) => result.status === 'failed').length,
  };
}

async function buildOne(target: string, corpus: string, out: string): Promise<DocumentResult> {
  const path = display(target);
  try {
    const document = await loadDocument(target, corpus);
    const output = await buildDocument(document);
    await replaceFolder(join(resolve(out), output.id), output.files);
    return { path, id: output.id, status: 'built', warnings: formatMessages(output.file) };
  } catch (error) {
    return { path, status: 'failed', error: describeError(error, path) };
  }
}

/** One line naming the file (and line) of a failure. */
export function describeError(error: unknown, path: string): string {
  if (error instanceof DataError) return error.message;
  if (error instanceof Error && 'file' in error && typeof (error as { file: unknown }).file === 'string') return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `${path}: ${message}`;
}
