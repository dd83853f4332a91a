/**
 * The stages after the edition that need kuromoji: names, then the consistency check. They read
 * only the edition's texts, the source and the glossary, and give back plain data, so a
 * single-document build runs them in the tokenizer's thread while its own thread renders the
 * tables and the Markdown (both cores busy, and the tokens never cross threads). A pool worker
 * or a build from the TypeScript sources runs them in-process: the same function either way.
 */
import { VFile } from 'vfile';
import { checkConsistency, loadSuppressions, type Finding } from '../consistency/index.js';
import { prepareGlossaryCached } from '../consistency/check.js';
import { loadLoanwords } from '../consistency/loanwords.js';
import type { EditionContent } from '../edition/edition.js';
import { glossaryOnce, type Glossary } from '../glossary/load.js';
import { extractNames, namesJson, type NameOccurrence } from '../names/index.js';
import { hangulRecords } from '../names/hangul-records.js';
import { LineIndex } from '../text/positions.js';
import '../vfile-data.js';
import { mark } from '../trace.js';

/** What the late stages need, as plain data that can be posted to a thread. */
export interface LateRequest {
  /** The document's display path, for messages. */
  readonly path: string;
  /** The normalised source the edition was made from (positions refer to it). */
  readonly source: string;
  readonly items: EditionContent['items'];
  readonly footnotes: EditionContent['footnotes'];
  /** The glossary folder, or undefined to build without one. */
  readonly glossaryDir?: string;
}

/** A vfile message as plain data: every field the outputs read. */
export interface PortableMessage {
  readonly reason: string;
  readonly ruleId?: string;
  readonly source?: string;
  readonly fatal?: boolean | null;
  readonly line?: number;
  readonly column?: number;
  readonly actual?: string;
  readonly expected?: string[];
  readonly note?: string;
}

export interface LateResult {
  /** names.json's content. */
  readonly names: string;
  /** Consistency findings (none without a glossary). */
  readonly findings: Finding[];
  /** The messages the two stages reported, in order. */
  readonly messages: PortableMessage[];
}

/**
 * Run names and consistency for one document. The glossary is `glossary` when given (a caller
 * that has it loaded), else the one in `request.glossaryDir` (a thread loads its own copy once).
 * Throws what the stages throw.
 */
export async function runLateStages(request: LateRequest, given?: Glossary): Promise<LateResult> {
  const glossary = given ?? (request.glossaryDir ? await glossaryOnce(request.glossaryDir) : undefined);
  const edition: EditionContent = { items: request.items, footnotes: request.footnotes, lines: new LineIndex(request.source) };
  const file = new VFile({ path: request.path, value: request.source });
  const names = await extractNames(edition, { glossary, file });
  mark('late: names');
  let findings: Finding[] = [];
  let hangulOnly: NameOccurrence[] = [];
  if (glossary) {
    await prepareGlossaryCached(glossary);
    mark('late: glossary prepared');
    const suppressions = request.glossaryDir ? await loadSuppressions(request.glossaryDir) : [];
    const loanwords = request.glossaryDir ? await loadLoanwords(request.glossaryDir) : [];
    // names.json also lists the names written only in Hangul, as the consistency scanner finds them.
    findings = checkConsistency(edition, names, glossary, { file, suppressions, loanwords, scanned: (scanned) => (hangulOnly = hangulRecords(scanned, names)) });
    mark('late: consistency');
  }
  return { names: namesJson([...names, ...hangulOnly]), findings, messages: file.messages.map(portable) };
}

function portable(message: VFile['messages'][number]): PortableMessage {
  const place = message.place && 'start' in message.place ? message.place.start : message.place;
  return {
    reason: message.reason,
    ...(message.ruleId !== undefined ? { ruleId: message.ruleId } : {}),
    ...(message.source !== undefined ? { source: message.source } : {}),
    ...(message.fatal !== undefined ? { fatal: message.fatal } : {}),
    ...(place ? { line: place.line, column: place.column } : {}),
    ...(message.actual !== undefined ? { actual: message.actual } : {}),
    ...(message.expected !== undefined ? { expected: message.expected } : {}),
    ...(message.note !== undefined ? { note: message.note } : {}),
  };
}

/** Add messages from {@link runLateStages} to `file`, as the stages would have in this thread. */
export function addPortableMessages(file: VFile, messages: readonly PortableMessage[]): void {
  for (const record of messages) {
    const place = record.line !== undefined ? { line: record.line, column: record.column ?? 1 } : undefined;
    const message = file.message(record.reason, { ...(place ? { place } : {}), ...(record.ruleId !== undefined ? { ruleId: record.ruleId } : {}), ...(record.source !== undefined ? { source: record.source } : {}) });
    message.fatal = record.fatal;
    if (record.actual !== undefined) message.actual = record.actual;
    if (record.expected !== undefined) message.expected = record.expected;
    if (record.note !== undefined) message.note = record.note;
  }
}
