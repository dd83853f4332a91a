/**
 * Build many documents. In the main thread: take the output folder's lock, finish or undo the
 * folder swaps a crashed build left, plan each document cheaply (its id, unique in the run, and
 * the files it depends on) and decide from the build cache whether it must be rebuilt (without
 * loading the tokenizer or parsing the glossary when nothing changed). Then build what is stale
 * in worker threads, each with a memory limit, each document under a deadline: a document that
 * runs out of either fails alone, with its name, and the others are still built. Results come
 * back in the sorted order of the documents, whatever finishes first.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import PQueue from 'p-queue';
import { display, listCorpus, planDocument } from '../corpus/document.js';
import { DEFAULT_MAX_BYTES } from '../source/read-bounded.js';
import { filesDigest, pipelineDigest } from './digest.js';
import { describeError, RunError } from './errors.js';
import { glossaryFilesDigest, glossaryFingerprints } from './glossary-fingerprint.js';
import { lockFolder } from './lock.js';
import { readManifest, staleReason, writeManifest, type GlossaryFingerprint } from './manifest.js';
import { recoverSwaps } from './write-atomic.js';
import { mark } from '../trace.js';
// Static, and tiny: a dynamic import of it would load the chunk of stages it is bundled with.
import { needsTokenizer } from '../transcribe/needs-tokenizer.js';
import type { Pool } from './pool.js';
import type { BuildTask, TaskResult } from './task.js';

export { describeError, RunError } from './errors.js';
export { DEFAULT_MAX_BYTES } from '../source/read-bounded.js';

/**
 * Memory limit of each build worker, in MB of V8's old generation (`--max-memory` or
 * KAIKYO_MAX_MEMORY change it). The seed's build peaks well under it with kuromoji loaded; a
 * document that needs more (a runaway stage, data that expands in memory) fails alone.
 */
export const DEFAULT_MAX_MEMORY_MB = 2048;

/**
 * A document's deadline when none is given: a minute, plus a minute per MiB of source. The seed
 * (60 KB) builds in about a second; a stage that is linear in its input stays far inside this on
 * any machine, one that is not is stopped instead of holding the lock for ever.
 */
export function defaultDeadlineMs(sourceBytes: number): number {
  return Math.ceil(60 + (60 * sourceBytes) / (1024 * 1024)) * 1000;
}

export interface BuildOptions {
  /** Output root; each document goes to `<out>/<id>/`. */
  readonly out: string;
  /** The corpus root (for site profiles and the default document list). */
  readonly corpus: string;
  /**
   * The glossary folder; undefined builds without a glossary (the CLI's `--no-glossary`). A
   * folder that is missing or does not load stops the run before any document is built.
   */
  readonly glossary?: string;
  /** Rebuild even when the cache says the outputs are current. */
  readonly force?: boolean;
  /** Largest source accepted, in bytes; larger ones fail with a clear message. */
  readonly maxBytes?: number;
  /** Language of the consistency report's labels (default ko). */
  readonly lang?: 'ko' | 'en' | 'ja';
  /**
   * Worker threads (at most one per core); 0 builds in this thread, without deadlines or memory
   * limits (needed when running from TypeScript sources).
   */
  readonly workers?: number;
  /** Each document's deadline in seconds; default {@link defaultDeadlineMs}, scaled to its size. */
  readonly deadline?: number;
  /** Memory limit of each build worker in MB (default {@link DEFAULT_MAX_MEMORY_MB}). */
  readonly maxMemoryMb?: number;
  /** How long to wait for another build's lock, in ms (default 120 s). */
  readonly lockWaitMs?: number;
  /** Called after each document, for progress output. */
  readonly onDocument?: (result: DocumentResult, done: number, total: number) => void;
  /** Called with run-level notices: waiting for the lock, an interrupted swap recovered. */
  readonly onNotice?: (message: string) => void;
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
}

/** Default number of build workers: one per core. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Build `paths` (corpus folders or raw text files), or the whole corpus when empty. Throws a
 * RunError (naming the path) when the run cannot start: the glossary is missing or broken, or
 * the output folder cannot be locked. Any document's failure is a result instead.
 */
export async function buildCorpus(paths: readonly string[], options: BuildOptions): Promise<BuildSummary> {
  const corpus = resolve(options.corpus);
  const out = resolve(options.out);
  const glossaryDir = options.glossary ? resolve(options.glossary) : undefined;
  if (glossaryDir) await assertGlossaryFolder(glossaryDir);
  const targets = paths.length > 0 ? paths.map((path) => resolve(path)) : await listCorpus(corpus);
  mark('build-corpus start');
  const lock = await lockFolder(out, { waitMs: options.lockWaitMs, onWait: options.onNotice });
  mark('locked');
  try {
    for (const { id, action } of await recoverSwaps(out)) {
      if (action === 'completed') options.onNotice?.(`${display(join(out, id))}: completed the folder swap an interrupted build left`);
      if (action === 'restored') options.onNotice?.(`${display(join(out, id))}: restored the outputs an interrupted build had moved aside`);
    }
    // The glossary is parsed only when a document needs it or its files changed since the
    // last build; if it does not load, the run stops before any document is built.
    const glossaryFiles = await glossaryFilesDigest(glossaryDir);
    let fingerprints: Promise<Map<string, GlossaryFingerprint>> | undefined;
    const glossaryEntries = () =>
      (fingerprints ??= (async () => {
        if (!glossaryDir) return new Map<string, GlossaryFingerprint>();
        const { glossaryOnce } = await import('../glossary/load.js');
        try {
          return glossaryFingerprints(await glossaryOnce(glossaryDir));
        } catch (error) {
          throw new RunError(glossaryFailure(glossaryDir, error));
        }
      })());
    mark('glossary files digested');
    const pipeline = await pipelineDigest();
    mark('pipeline digested');

    const results: DocumentResult[] = new Array(targets.length);
    const stale: Array<{ index: number; id: string; owner: string; shown: string; reason: string; inputs: string; sourcePath: string }> = [];
    const owners = new Map<string, string>();
    let done = 0;
    const finish = (index: number, result: DocumentResult) => {
      done++;
      options.onDocument?.(result, done, targets.length);
      results[index] = options.onDocument && result.status === 'built' ? { ...result, warnings: [], findingLines: [] } : result;
    };

    for (const [index, target] of targets.entries()) {
      const path = display(target);
      try {
        const plan = await planDocument(target, corpus, { maxBytes: options.maxBytes });
        const owner = owners.get(plan.id);
        if (owner !== undefined) {
          throw new Error(`its id "${plan.id}" is already the id of ${owner} in this build, and each document needs an output folder of its own (rename one of the files, or build it into another --out)`);
        }
        owners.set(plan.id, path);
        const inputs = await filesDigest(plan.inputs, dirname(corpus));
        const manifest = await readManifest(out, plan.id);
        if (manifest && manifest.owner !== plan.owner && existsSync(join(out, plan.id))) {
          const shownOwner = manifest.owner.startsWith('corpus:') ? `the corpus document ${manifest.owner.slice('corpus:'.length)}` : display(manifest.owner);
          throw new Error(`${display(join(out, plan.id))}/ holds the outputs of ${shownOwner}, built before, not of this document; rename this one, build it into another --out, or remove that folder first`);
        }
        const reason = options.force
          ? 'forced'
          : await staleReason(manifest, { inputs, pipeline, glossaryFiles, glossary: glossaryEntries }, join(out, plan.id), () => readFile(plan.sourcePath, 'utf8'));
        if (reason === undefined) {
          if (manifest && manifest.glossaryFiles !== glossaryFiles) {
            // The glossary changed but not where this document is concerned: remember that.
            const entries = await glossaryEntries();
            await writeManifestSafely(out, { ...manifest, glossaryFiles, glossary: entryDigests(entries) });
          }
          finish(index, { path, id: plan.id, status: 'skipped' });
        } else stale.push({ index, id: plan.id, owner: plan.owner, shown: plan.displayPath, reason, inputs, sourcePath: plan.sourcePath });
      } catch (error) {
        if (error instanceof RunError) throw error;
        finish(index, { path, status: 'failed', error: describeError(error, path) });
      }
    }

    mark('stale documents found');
    // Before any document is built: a glossary that does not load stops the run here.
    const entries = stale.length > 0 ? entryDigests(await glossaryEntries()) : {};
    mark('glossary read');
    // A build with nothing to do never loads the pipeline's stages: they are imported here.
    const workers = Math.min(options.workers ?? (workersAvailable() ? defaultWorkers() : 0), defaultWorkers(), stale.length);
    const maxMemoryMb = options.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB;
    const pool: Pool | undefined = workers >= 1 ? (await import('./pool.js')).createPool(workers, { maxMemoryMb }) : undefined;
    // One worker: its tokenizer gets a thread of its own, so both cores work on the document.
    const tokenizerThread = workers <= 1;
    const japanese = tokenizerThread && stale.length > 0 ? await anyJapanese(stale.map(({ sourcePath }) => sourcePath)) : false;
    if (!pool && japanese) (await import('../transcribe/tokenizer.js')).startTokenizerThread();
    mark('tokenizer thread asked');
    const runBuildTask = stale.length > 0 && !pool ? (await import('./task.js')).runBuildTask : undefined;
    mark('stages imported');
    const queue = new PQueue({ concurrency: Math.max(1, workers) });
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    try {
      await Promise.all(
        stale.map(({ index, id, owner, shown, reason, inputs, sourcePath }) =>
          queue.add(async () => {
            const path = display(targets[index]);
            const lost = lock.compromised();
            if (lost) return finish(index, { path, status: 'failed', error: `${path}: not built: the lock of ${display(out)} was lost (${lost.message}); another build may be writing there` });
            const task: BuildTask = { target: targets[index], id, shown, corpus, out, maxBytes, glossaryDir, lang: options.lang, tokenizerThread, japanese };
            const deadlineMs = options.deadline !== undefined ? options.deadline * 1000 : defaultDeadlineMs(await sizeOf(sourcePath));
            const result: TaskResult = pool ? await pool.run(task, deadlineMs) : await runBuildTask!(task);
            if (result.status === 'failed') return finish(index, { path, status: 'failed', error: result.error });
            const written = await writeManifestSafely(out, { version: 2, id: result.id, owner, inputs, pipeline, glossaryFiles, glossary: entries, files: result.files });
            if (written !== undefined) return finish(index, { path, status: 'failed', error: `${path}: its outputs were written, but ${written}` });
            finish(index, { path, id: result.id, status: 'built', warnings: result.warnings, warningCount: result.warnings.length, findings: result.findings, findingLines: result.findingLines, reason });
          }),
        ),
      );
    } finally {
      await pool?.close();
      mark('documents done');
      if (!pool && japanese) await (await import('../transcribe/tokenizer.js')).stopTokenizerThread();
      mark('tokenizer thread stopped');
    }
    return {
      results,
      built: results.filter((result) => result.status === 'built').length,
      skipped: results.filter((result) => result.status === 'skipped').length,
      failed: results.filter((result) => result.status === 'failed').length,
    };
  } finally {
    await lock.release();
  }
}

/** Whether the build worker's script is there: compiled code has it, the TypeScript sources (tests, tsx) do not. */
function workersAvailable(): boolean {
  const script = new URL('./worker.js', import.meta.url);
  return script.pathname.endsWith('.js') && existsSync(fileURLToPath(script));
}

/**
 * Why the glossary did not load, naming it: each problem on a line of its own (file, line,
 * column, field), or the folder and the reason when no file is to blame (a YAML bomb).
 */
function glossaryFailure(dir: string, error: unknown): string {
  const problems = (error as { problems?: ReadonlyArray<{ message: string }> }).problems;
  if (problems && problems.length > 0) {
    return `${display(dir)}: the glossary does not load (${problems.length === 1 ? 'one problem' : `${problems.length} problems`}):\n${problems.map((problem) => `  ${problem.message}`).join('\n')}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `${display(dir)}: the glossary does not load: ${message.split('\n')[0]}`;
}

/** A glossary folder that is not there is an error before anything else happens. */
async function assertGlossaryFolder(dir: string): Promise<void> {
  let folder = false;
  try {
    folder = (await stat(dir)).isDirectory();
  } catch {
    throw new RunError(`${display(dir)}: no such glossary folder (give the right one with --glossary DIR, or build without a glossary with --no-glossary)`);
  }
  if (!folder) throw new RunError(`${display(dir)}: not a folder; --glossary names the glossary folder`);
}

/**
 * Write a manifest; a failure (disk full, read-only cache folder) is returned as words instead
 * of thrown, so that it fails one document's cache record and not the rest of the run.
 */
async function writeManifestSafely(out: string, manifest: Parameters<typeof writeManifest>[1]): Promise<string | undefined> {
  try {
    await writeManifest(out, manifest);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return `its build-cache record could not be written (${code ?? (error as Error).message}), so the next build rebuilds it`;
  }
}

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
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
