/**
 * kaikyo's programmatic API: what `import { build, check, dataset, transcribe, loadGlossary }
 * from 'kaikyo'` gives. Each function is the same code the CLI runs, without the printing: the
 * caller gets the results as data and decides what to show. Paths are resolved against the
 * working directory, like the CLI's arguments; the glossary defaults to the one kaikyo ships.
 *
 * Heavy modules (the stages, kuromoji) are imported on first call, so importing the package
 * costs nothing until it is used.
 */
import { defaultGlossaryDir } from './glossary/default-dir.js';
import type { Glossary } from './glossary/load.js';
import type { BuildSummary, DocumentResult } from './orchestrate/build-corpus.js';
import type { Finding } from './consistency/types.js';
import type { Transcription } from './transcribe/transcribe.js';

export type { BuildSummary, DocumentResult, Finding, Glossary, Transcription };
export { defaultGlossaryDir };

/** Options of {@link build}; every field is optional. */
export interface BuildApiOptions {
  /** Output root; each document goes to `<out>/<id>/` (default `output`). */
  readonly out?: string;
  /** Corpus root: the default document list and site profiles (default `corpus`). */
  readonly corpus?: string;
  /** Glossary folder (default: the glossary kaikyo ships, {@link defaultGlossaryDir}). */
  readonly glossary?: string;
  /** Language of the consistency report (default `ko`). */
  readonly lang?: 'ko' | 'en' | 'ja';
  /** Rebuild documents whose outputs are current. */
  readonly force?: boolean;
  /** Worker threads (default: one per core; 0 builds in this thread). */
  readonly workers?: number;
  /** Largest source file accepted, in bytes (default 16 MiB). */
  readonly maxBytes?: number;
  /** Called after each document. */
  readonly onDocument?: (result: DocumentResult, done: number, total: number) => void;
}

/**
 * Build corpus folders or raw text files (all of `corpus` when `paths` is empty) into
 * `out`, as `kaikyo build` does. A document that fails is a `failed` result, not a throw.
 */
export async function build(paths: readonly string[] = [], options: BuildApiOptions = {}): Promise<BuildSummary> {
  const { buildCorpus, DEFAULT_MAX_BYTES, defaultWorkers } = await import('./orchestrate/build-corpus.js');
  return buildCorpus(paths, {
    out: options.out ?? 'output',
    corpus: options.corpus ?? 'corpus',
    glossary: options.glossary ?? defaultGlossaryDir(),
    lang: options.lang ?? 'ko',
    force: options.force,
    workers: options.workers ?? defaultWorkers(),
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    onDocument: options.onDocument,
  });
}

/** Options of {@link check}. */
export interface CheckApiOptions {
  /** Corpus root (default `corpus`). */
  readonly corpus?: string;
  /** Glossary folder, with its suppressions.yaml and loanwords.tsv (default: the glossary kaikyo ships). */
  readonly glossary?: string;
  /** Output root whose `<id>/edition.md` the findings' `file` names (default `output`). */
  readonly out?: string;
  /** Language of the findings' messages (default `ko`). */
  readonly lang?: 'ko' | 'en' | 'ja';
}

/**
 * The findings of documents (corpus folders, raw text files or output folders; all of
 * `corpus` when `paths` is empty), as `kaikyo check` reports them: each document built in
 * memory as `kaikyo build` builds it, the actionable findings (confirmations and duplicates
 * left out), merged and sorted. Throws when the glossary or a document cannot be read (the
 * error names the file).
 */
export async function check(paths: readonly string[] = [], options: CheckApiOptions = {}): Promise<Finding[]> {
  const glossaryDir = options.glossary ?? defaultGlossaryDir();
  const corpus = options.corpus ?? 'corpus';
  const [{ loadGlossary: load }, { mergeFindings, actionableFindings }, { checkPaths, checkTarget }] = await Promise.all([
    import('./glossary/load.js'),
    import('./consistency/index.js'),
    import('./cli/check-targets.js'),
  ]);
  const glossary = await load(glossaryDir);
  const lists: Finding[][] = [];
  for (const path of await checkPaths(paths, corpus)) {
    const checked = await checkTarget(path, { corpus, out: options.out ?? 'output', glossary, glossaryDir, lang: options.lang ?? 'ko' });
    lists.push(actionableFindings(checked.findings));
  }
  return mergeFindings(...lists);
}

/**
 * The reading, modified Hepburn romaji and standard Korean of a Japanese name in kanji or
 * kana, as `kaikyo transcribe` prints them. With a glossary (a folder, or `false` for none;
 * default: the one kaikyo ships) its readings have the last word.
 */
export async function transcribe(text: string, options: { glossary?: string | false } = {}): Promise<Transcription> {
  const [{ transcribe: run }, { glossaryLookup }] = await Promise.all([import('./transcribe/transcribe.js'), import('./names/glossary-view.js')]);
  if (options.glossary === false) return run(text);
  const glossary = await loadGlossary(options.glossary);
  return run(text, { lookup: glossaryLookup(glossary) });
}

/** Options of {@link dataset}. */
export interface DatasetApiOptions {
  /** The dataset folder (default `dataset`; replaced whole). */
  readonly out?: string;
  /** Glossary the documents were built with, whose entries become a table (default: the shipped one; `false` for none). */
  readonly glossary?: string | false;
  /** The dataset's description file (title, licences, example queries). */
  readonly description?: string;
}

/**
 * One corpus dataset (CSV, JSON Lines, Parquet, datapackage.json, card) from the output folders
 * of one or more builds (shards included), as `kaikyo dataset` writes it.
 */
export async function dataset(outputs: readonly string[] = ['output'], options: DatasetApiOptions = {}): Promise<{ documents: number; tables: ReadonlyArray<{ name: string; rows: number }> }> {
  const { buildDataset } = await import('./dataset/build.js');
  return buildDataset({
    inputs: outputs,
    out: options.out ?? 'dataset',
    glossary: options.glossary === false ? undefined : (options.glossary ?? defaultGlossaryDir()),
    description: options.description,
  });
}

/**
 * Load and validate a glossary folder (default: the glossary kaikyo ships). Throws a
 * GlossaryError naming the file, line and field of the first problem.
 */
export async function loadGlossary(dir: string = defaultGlossaryDir()): Promise<Glossary> {
  const { loadGlossary: load } = await import('./glossary/load.js');
  return load(dir);
}
