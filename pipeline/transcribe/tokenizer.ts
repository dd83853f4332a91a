/**
 * kuromoji (IPADIC) loaded once per process, on first use, with positions converted to the
 * project's convention (0-based UTF-16 offsets).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { dirname, join } from 'node:path';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import { packageRoot } from '../data/package-root.js';
import { isCurrentUnpacked, loadUnpackedTokenizer, unpackedFolder } from './dictionary-files.js';
import { lazyRetry } from './lazy.js';

/** A kuromoji token with project positions and the fields the transcriber reads. */
export interface Token {
  readonly surface: string;
  /** 0-based UTF-16 offset in the tokenised text. */
  readonly start: number;
  /** 0-based UTF-16 offset, exclusive. */
  readonly end: number;
  /** Part of speech and details joined with ',' (e.g. '名詞,固有名詞,人名,姓'). */
  readonly pos: string;
  /** Katakana reading; undefined for unknown words (kuromoji gives none) and '*' entries. */
  readonly reading?: string;
  /** IPADIC pronunciation (long vowels as ー); undefined when unknown. */
  readonly pronunciation?: string;
  /** Whether the word came from the dictionary ('KNOWN') rather than the unknown-word model. */
  readonly known: boolean;
}

/** Absolute path of IPADIC's dict/ folder in the installed kuromoji package. */
export function dictionaryPath(): string {
  // kuromoji's default dicPath is relative to the working directory; resolve from the package.
  const packageJson = createRequire(import.meta.url).resolve('kuromoji/package.json');
  return join(dirname(packageJson), 'dict');
}

/** The stock load: kuromoji's builder on the package's .dat.gz files. */
export async function buildStockTokenizer(): Promise<Tokenizer<IpadicFeatures>> {
  // Imported here, not at the top: the main thread of a build only starts the tokenizer
  // thread and never needs kuromoji's modules itself. The default export only: `import * as`
  // and named imports type-check but fail at run time (shared/reference/kuromoji-notes.md).
  const { default: kuromoji } = await import('kuromoji');
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath: dictionaryPath() }).build((error, tokenizer) => (error ? reject(error) : resolve(tokenizer)));
  });
}

/**
 * The unpacked copy of the dictionary that `npm install` writes (dictionary-files.ts) when it
 * is there and current, the stock files otherwise: the same tokenizer either way.
 */
function buildTokenizer(): Promise<Tokenizer<IpadicFeatures>> {
  const unpacked = unpackedFolder(packageRoot());
  if (isCurrentUnpacked(unpacked, dictionaryPath())) return loadUnpackedTokenizer(unpacked);
  return buildStockTokenizer();
}

const shared = lazyRetry(buildTokenizer);

/**
 * The process-wide kuromoji tokenizer. Loading costs about 1 s and ~370 MB, so it starts only
 * when first asked for; a failed load is retried on the next call.
 */
export function getTokenizer(): Promise<Tokenizer<IpadicFeatures>> {
  return shared.get();
}

/**
 * 0-based UTF-16 offset of every code point in `text`, plus text.length at the end:
 * result[k] is where code point k (0-based) starts.
 */
export function codePointStarts(text: string): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const char of text) {
    starts.push(at);
    at += char.length;
  }
  starts.push(at);
  return starts;
}

/**
 * Convert kuromoji's tokens for `text` to project tokens. kuromoji's `word_position` is 1-based
 * and counts code points; `start` is 0-based UTF-16. Throws when a token's surface is not found
 * at its converted position (a kuromoji change that would silently shift every position).
 */
export function toTokens(text: string, raw: readonly IpadicFeatures[]): Token[] {
  const starts = codePointStarts(text);
  return raw.map((token) => {
    const codePoint0 = token.word_position - 1; // 1-based code points → 0-based code points
    const start = starts[codePoint0]; // 0-based code points → 0-based UTF-16
    const end = start + token.surface_form.length;
    if (start === undefined || text.slice(start, end) !== token.surface_form) {
      throw new Error(`kuromoji token "${token.surface_form}" at word_position ${token.word_position} (1-based) does not match the text`);
    }
    const pos = [token.pos, token.pos_detail_1, token.pos_detail_2, token.pos_detail_3].join(',');
    return {
      surface: token.surface_form,
      start,
      end,
      pos,
      reading: usable(token.reading),
      pronunciation: usable(token.pronunciation),
      known: token.word_type === 'KNOWN',
    };
  });
}

/** Tokenise `text` with the shared tokenizer (loading it on first use), in the tokenizer thread when one runs. */
export async function tokenize(text: string): Promise<Token[]> {
  if (thread) return toTokens(text, await thread.tokenize(text));
  const tokenizer = await getTokenizer();
  return toTokens(text, tokenizer.tokenize(text));
}

interface TokenizerThread {
  tokenize(text: string): Promise<IpadicFeatures[]>;
  job(name: ThreadJob, input: unknown): Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * Work the tokenizer thread can do besides tokenising, by name (tokenizer-thread.ts maps each
 * to its module): 'late-stages' is pipeline/orchestrate/late-stages.ts, names and consistency, which
 * tokenise a lot and need nothing the calling thread has but plain data.
 */
export type ThreadJob = 'late-stages';

/** Run `job` in the tokenizer thread; undefined when no thread runs (the caller runs it itself). */
export function inTokenizerThread(job: ThreadJob, input: unknown): Promise<unknown> | undefined {
  return thread?.job(job, input);
}

let thread: TokenizerThread | undefined;

/**
 * Load kuromoji in a worker thread from now on, so that the dictionary loads on another core
 * while this thread works; tokenize() then asks that thread. Only from compiled code (a worker
 * cannot run the TypeScript sources); returns false when it did not start one. A build worker
 * gives its own memory limit, so that the names and consistency stages run there are bounded too.
 */
export function startTokenizerThread(options: { resourceLimits?: ResourceLimits } = {}): boolean {
  if (thread) return true;
  const script = new URL('./tokenizer-thread.js', import.meta.url);
  if (!script.pathname.endsWith('.js') || !existsSync(fileURLToPath(script))) return false;
  const worker = new Worker(script, options.resourceLimits ? { resourceLimits: options.resourceLimits } : {});
  // The thread must not keep the process alive when the build is done.
  worker.unref();
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; job: boolean }>();
  let next = 0;
  const failAll = (error: Error) => {
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
    thread = undefined;
  };
  worker.on('message', (message: { id: number; tokens?: IpadicFeatures[]; result?: unknown; error?: string }) => {
    const pending = waiting.get(message.id);
    if (!pending) return;
    waiting.delete(message.id);
    if (message.error !== undefined) pending.reject(new Error(pending.job ? message.error : `kuromoji: ${message.error}`));
    else pending.resolve(pending.job ? message.result : (message.tokens ?? []));
  });
  const ask = (message: object, job: boolean) =>
    new Promise<unknown>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject, job });
      worker.postMessage({ id, ...message });
    });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', (code) => failAll(new Error(`the tokenizer thread exited with code ${code}`)));
  thread = {
    tokenize: (text) => ask({ text }, false) as Promise<IpadicFeatures[]>,
    job: (name, input) => ask({ job: name, input }, true),
    async stop() {
      thread = undefined;
      await worker.terminate();
    },
  };
  return true;
}

/** Stop the tokenizer thread, if one runs. */
export async function stopTokenizerThread(): Promise<void> {
  await thread?.stop();
}

// IPADIC writes '*' for "no value"; whitespace tokens come back with ''.
function usable(value: string | undefined): string | undefined {
  return value === undefined || value === '' || value === '*' ? undefined : value;
}
