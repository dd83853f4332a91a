/**
 * Build one corpus document: read and decode its source, normalise it, run the edition stages,
 * then the names, tables and consistency stages, and return every output file's content.
 * Writing is the caller's job, so a failure anywhere leaves the previous outputs untouched.
 */
import { basename } from 'node:path';
import { VFile } from 'vfile';
import type { CorpusDocument } from '../corpus/document.js';
import { consistencyJson, consistencyMarkdown, loadSuppressions, mergeFindings, type Finding } from '../consistency/index.js';
import { applyBlockRepairs } from '../edition/block-repairs.js';
import { buildEdition } from '../edition/edition.js';
import { repairSpacing } from '../edition/spacing/index.js';
import { stringifyWithPlaces } from '../edition/places.js';
import { finalizeFindings } from '../consistency/finalize.js';
import { editionToMdast } from '../edition/to-mdast.js';
import type { Glossary } from '../glossary/load.js';
import { readSource } from '../source/decode.js';
import { normalize } from '../source/normalize.js';
import { codePoints, controlRuns } from '../source/control.js';
import { LineIndex } from '../text/positions.js';
import { extractTables, loadTableSpec } from '../tables/index.js';
import { needsTokenizer } from '../transcribe/needs-tokenizer.js';
import { getTokenizer, inTokenizerThread, startTokenizerThread } from '../transcribe/tokenizer.js';
import { addPortableMessages, runLateStages, type LateRequest, type LateResult } from './late-stages.js';
import { tableFindingsForReport } from './table-findings.js';
import { serializeMessages } from './messages.js';
import '../vfile-data.js';
import { mark } from '../trace.js';
import { prepareReviewEdition, reviewPage } from '../review/build.js';

export interface DocumentOutput {
  readonly id: string;
  /** Output files, relative to the document's output folder. */
  readonly files: Map<string, string>;
  readonly file: VFile;
  /** The findings written to consistency.json (every stage's, finalised), for `kaikyo check`. */
  readonly findings: readonly Finding[];
}

export interface BuildContext {
  /** Load kuromoji in a thread of its own (a single-document build in the main thread). */
  readonly tokenizerThread?: boolean;
  /** The glossary, loaded once per process; undefined builds without one. */
  readonly glossary?: Glossary;
  /** The glossary folder (for suppressions next to it). */
  readonly glossaryDir?: string;
  /** Language of the consistency report's labels. */
  readonly lang?: 'ko' | 'en' | 'ja';
  /** Largest source accepted, in bytes (DEFAULT_MAX_BYTES when not given). */
  readonly maxBytes?: number;
}

/** Build a document's outputs in memory. Throws on a broken document (bad bytes, bad data). */
export async function buildDocument(document: CorpusDocument, context: BuildContext = {}): Promise<DocumentOutput> {
  mark('document start');
  const { decoded } = await readSource(document.sourcePath, { maxBytes: context.maxBytes, shown: document.displayPath });
  const normalized = normalize(decoded.text);
  // A text with kanji or kana will need kuromoji: start loading its dictionary now, so that its
  // reading and decompression overlap the edition stages. The names stage awaits the same
  // promise (and reports a failed load there).
  if (needsTokenizer(normalized.text) && !(context.tokenizerThread && startTokenizerThread())) getTokenizer().catch(() => undefined);
  const file = new VFile({ path: document.displayPath, value: normalized.text });
  file.data.meta = document.meta;
  reportControlCharacters(file, normalized.text);
  mark('edition start');
  const edition = buildEdition(normalized.text, document, file, normalized.changes);
  mark('edition end');

  // Names and consistency read only the edition's texts: they start now, in the tokenizer's
  // thread when there is one, while this thread renders the tables and the Markdown.
  const late = lateStages(
    { path: document.displayPath, source: normalized.text, items: edition.items, footnotes: edition.footnotes, glossaryDir: context.glossary ? context.glossaryDir : undefined },
    context,
  );
  late.catch(() => undefined); // awaited below; a failure is reported there
  mark('late stages asked');

  const files = new Map<string, string>();
  const tableSpec = document.folder ? await loadTableSpec(document.folder) : undefined;
  // The same cell text recurs (a region in several rows, the JSON and the CSV): mend it once.
  const mended = new Map<string, string>();
  const mend = (text: string) => {
    let result = mended.get(text);
    if (result === undefined) mended.set(text, (result = repairSpacing(text, edition.spacing, { cell: true }).text));
    return result;
  };
  const tables = tableSpec ? extractTables(edition, tableSpec, { glossary: context.glossary, file, mend }) : undefined;
  for (const [name, content] of tables?.files ?? []) files.set(name, content);
  mark('tables end');

  // What the tables stage restored in a block's cells shows in the block's printed lines too.
  const shown = tables ? applyBlockRepairs(edition, tables.repairs.map((repair) => ({ ...repair, rule: 'table-cell-repaired' }))) : edition;
  const tree = editionToMdast(shown, document.meta, { blockTables: tables?.blockTables });
  const placed = stringifyWithPlaces(tree, normalized.text.length);
  files.set('edition.md', placed.markdown);
  mark('markdown end');
  // The review page's HTML of the edition, made while the late stages may still run.
  const reviewEdition = prepareReviewEdition(tree, placed, context.lang ?? 'ko');
  mark('review edition end');

  const { names, findings: nameFindings, messages } = await late;
  mark('late stages end');
  addPortableMessages(file, messages);
  files.set('names.json', names);

  const findings: Finding[][] = [nameFindings];
  if (tables) findings.push(tableFindingsForReport(tables.findings, edition.lines.text));
  const lang = context.lang ?? 'ko';
  const suppressions = context.glossary && context.glossaryDir ? await loadSuppressions(context.glossaryDir) : [];
  const merged = finalizeFindings(mergeFindings(...findings), { source: normalized.text, edition: placed, lang, suppressions });
  files.set('consistency.json', consistencyJson(merged));
  files.set('consistency.md', consistencyMarkdown(merged, { lang, title: document.meta.title || undefined }));
  mark('report end');
  files.set(
    'review.html',
    await reviewPage({
      document: document.meta.id,
      title: document.meta.title || document.meta.id,
      lang,
      edition: reviewEdition,
      report: files.get('consistency.json') as string,
      findings: merged,
      glossary: context.glossary,
      apparatus: edition.apparatus,
    }),
  );
  mark('review end');

  files.set(
    'apparatus.json',
    json({
      document: document.meta.id,
      source: document.corpusPath ?? basename(document.sourcePath),
      encoding: decoded.encoding,
      entries: shown.apparatus,
      messages: serializeMessages(file),
    }),
  );
  mark('document end');
  return { id: document.meta.id, files, file, findings: merged };
}

/**
 * Names and consistency: in the tokenizer thread when this build started one (the request is
 * plain data), here otherwise. A thread is used only when the glossary it would load is the
 * one given here, i.e. one loaded from `glossaryDir`.
 */
function lateStages(request: LateRequest, context: BuildContext): Promise<LateResult> {
  if (context.tokenizerThread && (!context.glossary || context.glossaryDir)) {
    const remote = inTokenizerThread('late-stages', request) as Promise<LateResult> | undefined;
    if (remote) return remote;
  }
  return runLateStages(request, context.glossary);
}

/** At most this many control-character messages per document; one more says how many were left out. */
const MAX_CONTROL_MESSAGES = 100;

/** Report each run of control characters in the text (rule control-character), with its place. */
function reportControlCharacters(file: VFile, text: string): void {
  const runs = controlRuns(text);
  if (runs.length === 0) return;
  const lines = new LineIndex(text);
  for (const run of runs.slice(0, MAX_CONTROL_MESSAGES)) {
    const message = file.message(`control character ${codePoints(run.text)} in the source: not text the author wrote; it is kept in the edition as found`, { place: lines.point(run.offset), ruleId: 'control-character', source: 'kaikyo' });
    message.fatal = false;
  }
  if (runs.length > MAX_CONTROL_MESSAGES) {
    const message = file.message(`${runs.length - MAX_CONTROL_MESSAGES} more runs of control characters in the source`, { place: lines.point(runs[MAX_CONTROL_MESSAGES].offset), ruleId: 'control-character', source: 'kaikyo' });
    message.fatal = false;
  }
}

/** Stable, readable JSON with a final newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
