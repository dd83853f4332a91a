/**
 * Build many documents. In the main thread: take the output folder's lock, load each document's
 * data and decide from the build cache whether it must be rebuilt (without loading the tokenizer
 * or parsing the glossary when nothing changed). Then build what is stale, in worker threads when
 * there are several documents (each worker with its own tokenizer), in this thread otherwise.
 * One document's failure is reported with its file and does not stop the others; results come
 * back in the sorted order of the documents, whatever finishes first.
 */
import { availableParallelism } from 'node:os';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import PQueue from 'p-queue';
import { display, listCorpus, loadDocument } from '../corpus/document.js';
import { filesDigest, pipelineDigest } from './digest.js';
import { describeError } from './errors.js';
import { glossaryFilesDigest, glossaryFingerprints } from './glossary-fingerprint.js';
import { lockFolder } from './lock.js';
import { inShard, type Shard } from './shard.js';
import { readManifest, staleReason, writeManifest, type GlossaryFingerprint } from './manifest.js';
import { mark } from '../trace.js';
// Static, and tiny: a dynamic import of it would load the chunk of stages it is bundled with.
import { needsTokenizer } from '../transcribe/needs-tokenizer.js';
import type { Pool } from './pool.js';
import type { BuildTask, TaskResult } from './task.js';

export { describeError, InputTooLargeError } from './errors.js';

/** Default largest source accepted, in bytes (KAIKYO_MAX_BYTES or --max-bytes change it). */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

export interface BuildOptions {
  /** Output root; each document goes to `<out>/<id>/`. */
  readonly out: string;
  /** The corpus root (for site profiles and the default document list). */
  readonly corpus: string;
  /** The glossary folder; undefined builds without a glossary. */
  readonly glossary?: string;
  /** Rebuild even when the cache says the outputs are current. */
  readonly force?: boolean;
  /** Largest source accepted, in bytes; larger ones fail with a clear message. */
  readonly maxBytes?: number;
  /** Language of the consistency report's labels (default ko). */
  readonly lang?: 'ko' | 'en' | 'ja';
  /** Worker threads; 0 builds in this thread (needed when running from TypeScript sources). */
  readonly workers?: number;
  /** Build only the documents of this shard (by a digest of the document id); see shard.ts. */
  readonly shard?: Shard;
  /** Called after each document, for progress output. */
  readonly onDocument?: (result: DocumentResult, done: number, total: number) => void;
}

export type DocumentResult =
  | {
      readonly path: string;
      readonly id: string;
      readonly status: 'built';
      /**
       * The document's warnings. In the summary they are kept only when there is no onDocument
       * callback (which receives them all): a build of thousands of papers must not hold every
       * paper's warnings until it ends.
       */
      readonly warnings: string[];
      readonly warningCount: number;
      /** Actionable findings by severity, as `kaikyo check` counts them. */
      readonly findings: Record<'error' | 'warning' | 'info', number>;
      /** Those findings as `kaikyo check` prints them (kept like `warnings`). */
      readonly findingLines: string[];
      readonly reason: string;
    }
  | { readonly path: string; readonly id: string; readonly status: 'skipped' }
  | { readonly path: string; readonly status: 'failed'; readonly error: string };

export interface BuildSummary {
  readonly results: DocumentResult[];
  readonly built: number;
  readonly skipped: number;
  readonly failed: number;
  /** Documents left to the other shards (with --shard). */
  readonly otherShards: number;
  /** Set when the glossary could not be loaded: documents were built without it. */
  readonly glossaryError?: string;
}

/** Default number of build workers: one per core. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/** Build `paths` (corpus folders or raw text files), or the whole corpus when empty. */
export async function buildCorpus(paths: readonly string[], options: BuildOptions): Promise<BuildSummary> {
  const corpus = resolve(options.corpus);
  const out = resolve(options.out);
  const targets = paths.length > 0 ? paths.map((path) => resolve(path)) : await listCorpus(corpus);
  mark('build-corpus start');
  const release = await lockFolder(out);
  mark('locked');
  try {
    // The glossary is parsed only when a document needs it or its files changed since the
    // last build. A broken glossary is reported (file, line, field) and the documents are
    // built without it.
    let glossaryDir = options.glossary ? resolve(options.glossary) : undefined;
    let glossaryError: string | undefined;
    const glossaryFiles = await glossaryFilesDigest(glossaryDir);
    let fingerprints: Promise<Map<string, GlossaryFingerprint>> | undefined;
    const glossaryEntries = () =>
      (fingerprints ??= (async () => {
        if (!glossaryDir) return new Map<string, GlossaryFingerprint>();
        const { glossaryOnce } = await import('../glossary/load.js');
        try {
          return glossaryFingerprints(await glossaryOnce(glossaryDir));
        } catch (error) {
          glossaryError = (error as Error).message;
          glossaryDir = undefined;
          return new Map<string, GlossaryFingerprint>();
        }
      })());
    mark('glossary files digested');
    const pipeline = await pipelineDigest();
    mark('pipeline digested');

    const results: DocumentResult[] = new Array(targets.length);
    const stale: Array<{ index: number; reason: string; inputs: string; sourcePath: string }> = [];
    let done = 0;
    const finish = (index: number, result: DocumentResult) => {
      done++;
      options.onDocument?.(result, done, targets.length);
      results[index] = options.onDocument && result.status === 'built' ? { ...result, warnings: [], findingLines: [] } : result;
    };

    const elsewhere = new Set<number>();
    for (const [index, target] of targets.entries()) {
      const path = display(target);
      try {
        const document = await loadDocument(target, corpus);
        if (!inShard(document.meta.id, options.shard)) {
          elsewhere.add(index);
          continue;
        }
        const inputs = await filesDigest(document.inputs, dirname(corpus));
        const manifest = await readManifest(out, document.meta.id);
        const reason = options.force
          ? 'forced'
          : await staleReason(manifest, { inputs, pipeline, glossaryFiles, glossary: glossaryEntries }, join(out, document.meta.id), () => readFile(document.sourcePath, 'utf8'));
        if (reason === undefined) {
          if (manifest && manifest.glossaryFiles !== glossaryFiles) {
            // The glossary changed but not where this document is concerned: remember that.
            const entries = await glossaryEntries();
            await writeManifest(out, { ...manifest, glossaryFiles, glossary: entryDigests(entries) });
          }
          finish(index, { path, id: document.meta.id, status: 'skipped' });
        } else stale.push({ index, reason, inputs, sourcePath: document.sourcePath });
      } catch (error) {
        // A document that cannot be loaded has no id: the shard of its path reports it.
        if (!inShard(path.replace(/\\/g, '/'), options.shard)) elsewhere.add(index);
        else finish(index, { path, status: 'failed', error: describeError(error, path) });
      }
    }

    mark('stale documents found');
    // A build with nothing to do never loads the pipeline's stages: they are imported here.
    const workers = Math.min(options.workers ?? 0, stale.length);
    const pool: Pool | undefined = workers > 1 ? (await import('./pool.js')).createPool(workers) : undefined;
    if (!pool && stale.length > 0) {
      // Start kuromoji's thread before the stages are even imported: the dictionary loads on the
      // other core while this one imports and runs the edition stages.
      const japanese = await anyJapanese(stale.map(({ sourcePath }) => sourcePath));
      if (japanese) (await import('../transcribe/tokenizer.js')).startTokenizerThread();
    }
    mark('tokenizer thread asked');
    // After the tokenizer thread has started: reading the glossary overlaps the dictionary's load.
    const entries = stale.length > 0 ? entryDigests(await glossaryEntries()) : {};
    mark('glossary read');
    const runBuildTask = stale.length > 0 && !pool ? (await import('./task.js')).runBuildTask : undefined;
    mark('stages imported');
    const queue = new PQueue({ concurrency: Math.max(1, workers) });
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    try {
      await Promise.all(
        stale.map(({ index, reason, inputs }) =>
          queue.add(async () => {
            // In this thread, the tokenizer gets a thread of its own; pool workers keep theirs in-process.
            const task: BuildTask = { target: targets[index], corpus, out, maxBytes, glossaryDir, lang: options.lang, tokenizerThread: !pool };
            const result: TaskResult = pool ? await pool.run(task) : await runBuildTask!(task);
            const path = display(targets[index]);
            if (result.status === 'failed') return finish(index, { path, status: 'failed', error: result.error });
            await writeManifest(out, { version: 1, id: result.id, inputs, pipeline, glossaryFiles, glossary: entries, files: result.files });
            finish(index, { path, id: result.id, status: 'built', warnings: result.warnings, warningCount: result.warnings.length, findings: result.findings, findingLines: result.findingLines, reason });
          }),
        ),
      );
    } finally {
      await pool?.close();
      mark('documents done');
      if (!pool && stale.length > 0) await (await import('../transcribe/tokenizer.js')).stopTokenizerThread();
      mark('tokenizer thread stopped');
    }
    return {
      results: results.filter((_, index) => !elsewhere.has(index)),
      otherShards: elsewhere.size,
      built: results.filter((result) => result.status === 'built').length,
      skipped: results.filter((result) => result.status === 'skipped').length,
      failed: results.filter((result) => result.status === 'failed').length,
      ...(glossaryError ? { glossaryError } : {}),
    };
  } finally {
    await release();
  }
}

/**
 * Whether any of the documents' sources has kana or kanji, judged from its bytes read as UTF-8
 * (a file in another encoding says no here, and build-document.ts starts the tokenizer later).
 */
async function anyJapanese(sources: readonly string[]): Promise<boolean> {
  for (const source of sources) {
    try {
      if (needsTokenizer(await readFile(source, 'utf8'))) return true;
    } catch {
      // The build itself reports the problem.
    }
  }
  return false;
}

function entryDigests(entries: ReadonlyMap<string, GlossaryFingerprint>): Record<string, string> {
  return Object.fromEntries([...entries].map(([id, entry]) => [id, entry.digest]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
