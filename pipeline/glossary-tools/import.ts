/**
 * Read glossary entries from exchange files: kaikyo's own CSV and TBX (export-csv.ts,
 * export-tbx.ts) and the YAML `glossary suggest` writes, which carry whole entries; and the
 * termbases of other tools — a CSV or tab-separated list with a header of languages (memoQ,
 * Excel, Trados's MultiTerm export), a headerless Xbench list, TBX-Basic or TBX v3 from any
 * tool — whose terms complete.ts turns into entries. The result says what was imported and what
 * was skipped, each with its line: a file that yields nothing is never a silent success.
 */
import { basename } from 'node:path';
import { Document, isMap, isSeq, LineCounter, parseDocument, YAMLSeq } from 'yaml';
import glossarySchema from '../../glossary/schema.json' with { type: 'json' };
import { validatorFor } from '../data/validate.js';
import { GlossaryError, type GlossaryEntryData } from '../glossary/load.js';
import type { GlossaryKind } from '../glossary/schema.js';
import { layoutOf, type PlainField } from './columns.js';
import { completeTerm, type PlainTerm, type Transcriber } from './complete.js';
import { readConcepts, type Concept } from './concepts.js';
import { EXAMPLE_ARROW, LIST_SEPARATOR } from './export-csv.js';
import { entryData, FIELDS, LIST_FIELDS } from './fields.js';
import { delimiterOf, readTable, type TableRecord } from './read-table.js';

/** An imported entry and the 1-based line it came from. */
export interface ImportedEntry {
  readonly entry: GlossaryEntryData;
  readonly line: number;
}

/** A record that did not become an entry, and why. */
export interface Skipped {
  readonly line: number;
  readonly reason: string;
}

/** What an import gives: the entries, what was skipped, and remarks on entries that were kept. */
export interface ImportReport {
  readonly format: 'kaikyo-csv' | 'kaikyo-tbx' | 'yaml' | 'termbase-csv' | 'termbase-tbx';
  readonly entries: GlossaryEntryData[];
  readonly skipped: Skipped[];
  readonly remarks: string[];
}

/** How to read a file. */
export interface ImportOptions {
  /** csv, tsv, tbx or yaml; default from the file extension. */
  readonly format?: 'csv' | 'tsv' | 'tbx' | 'yaml';
  /** Header names for fields (`--map`). */
  readonly mapping?: ReadonlyMap<PlainField, string>;
  /** Fields of a headerless table, in column order (`--columns`). */
  readonly columns?: ReadonlyArray<PlainField | undefined>;
  /** Kind of a termbase's entries when a term names none (default term). */
  readonly kind?: GlossaryKind;
  /** Ids already in use (the target glossary's): new ids avoid them. */
  readonly taken?: ReadonlySet<string>;
  /** Reads terms that lack a reading or romaji (kaikyo's transcribe; loaded only when needed). */
  readonly transcribe?: Transcriber;
}

/** The format of `file` from its extension (xml counts as TBX, txt as a tab-separated list). */
export function formatOf(file: string): 'csv' | 'tsv' | 'tbx' | 'yaml' | undefined {
  if (/\.(tbx|xml)$/i.test(file)) return 'tbx';
  if (/\.ya?ml$/i.test(file)) return 'yaml';
  if (/\.(tsv|tab|txt)$/i.test(file)) return 'tsv';
  if (/\.csv$/i.test(file)) return 'csv';
  return undefined;
}

/** Validate imported entries with the glossary schema; the first problem throws with its line. */
export function validateImported(entries: readonly ImportedEntry[], file: string): GlossaryEntryData[] {
  const problem = entries.map((item) => problemOf(item.entry)).findIndex((found) => found !== undefined);
  if (problem >= 0) {
    const { field, message } = problemOf(entries[problem].entry)!;
    throw new GlossaryError(file, entries[problem].line, 1, field, `${entries[problem].entry.id ?? '(no id)'}: ${message}`);
  }
  return entries.map(({ entry }) => entry);
}

/** What the glossary schema says is wrong with one entry, or undefined when it is valid. */
function problemOf(entry: GlossaryEntryData): { field: string; message: string } | undefined {
  // The glossary loader's validator: the same schema, compiled once.
  const validateFile = validatorFor(glossarySchema, { allErrors: true });
  if (validateFile([entry])) return undefined;
  const error = validateFile.errors?.[0];
  const field = (error?.instancePath ?? '').split('/').slice(2).join('.') || ((error?.params as { missingProperty?: string })?.missingProperty ?? '');
  return { field, message: `${field ? `${field}: ` : ''}${error?.message ?? 'invalid entry'}` };
}

function splitList(cell: string): string[] {
  return cell === '' ? [] : cell.split(LIST_SEPARATOR).filter((item) => item !== '');
}

function tableOf(text: string, file: string, delimiter: ',' | '\t'): TableRecord[] {
  try {
    return readTable(text, delimiter);
  } catch (error) {
    const line = Number(/line (\d+)/.exec((error as Error).message)?.[1] ?? 1);
    throw new GlossaryError(file, line, 1, '', (error as Error).message);
  }
}

/** True when a header row is kaikyo's own CSV layout (field names, with id). */
function isKaikyoHeader(fields: readonly string[]): boolean {
  const known = new Set<string>(FIELDS);
  return fields.includes('id') && fields.every((name) => known.has(name));
}

/** Entries from kaikyo's own CSV (header = field names, columns in any order). A bad row throws with its line. */
export function importCsv(text: string, file: string): GlossaryEntryData[] {
  const records = tableOf(text, file, ',');
  if (records.length === 0) return [];
  return kaikyoCsv(records, file);
}

function kaikyoCsv(records: readonly TableRecord[], file: string): GlossaryEntryData[] {
  const [header, ...rows] = records;
  const known = new Set<string>(FIELDS);
  header.fields.forEach((name, index) => {
    if (!known.has(name)) throw new GlossaryError(file, header.line, index + 1, name, 'unknown column');
  });
  const entries = rows.map((row): ImportedEntry => {
    if (row.fields.length !== header.fields.length) {
      throw new GlossaryError(file, row.line, 1, '', `${row.fields.length} fields where the header has ${header.fields.length}`);
    }
    const data: Record<string, unknown> = {};
    header.fields.forEach((name, index) => {
      const cell = row.fields[index];
      if (cell === '') return;
      if (name === 'examples') {
        data.examples = splitList(cell).map((pair) => {
          const [exampleText, expect] = pair.split(EXAMPLE_ARROW);
          return { text: exampleText, expect: expect ?? '' };
        });
      } else data[name] = LIST_FIELDS.has(name) ? splitList(cell) : cell;
    });
    return { entry: entryData(data as unknown as GlossaryEntryData), line: row.line };
  });
  return validateImported(entries, file);
}

/** Terms of a plain termbase table: rows with the same Japanese term are one concept (synonyms as extra rows). */
function tableTerms(records: readonly TableRecord[], file: string, options: ImportOptions): { terms: PlainTerm[]; skipped: Skipped[] } {
  const skipped: Skipped[] = [];
  if (records.length === 0) return { terms: [], skipped };
  const { fields, header } = layoutOf(records[0].fields, options);
  if (!fields.includes('ja') || !fields.includes('ko')) {
    const seen = records[0].fields.map((cell) => JSON.stringify(cell)).join(', ');
    throw new GlossaryError(file, records[0].line, 1, '', `no Japanese and Korean columns found (first row: ${seen}); name them with --map ja=<header>,ko=<header> or, without a header, --columns ja,ko`);
  }
  const byJapanese = new Map<string, { line: number; ja: string; ko: string[]; romaji?: string; reading?: string; notes: string[]; kind?: string }>();
  for (const record of header ? records.slice(1) : records) {
    const cell = (field: PlainField) => {
      const index = fields.indexOf(field);
      return index >= 0 ? (record.fields[index] ?? '').trim() : '';
    };
    const ja = cell('ja');
    if (ja === '') {
      skipped.push({ line: record.line, reason: 'no Japanese term' });
      continue;
    }
    const term = byJapanese.get(ja) ?? { line: record.line, ja, ko: [], notes: [] };
    byJapanese.set(ja, term);
    if (cell('ko') !== '') term.ko.push(cell('ko'));
    term.romaji ??= cell('romaji') || undefined;
    term.reading ??= cell('reading') || undefined;
    term.kind ??= cell('kind') || undefined;
    if (cell('notes') !== '') term.notes.push(cell('notes'));
  }
  const terms = [...byJapanese.values()].map((term): PlainTerm => ({ ...term, ko: [...new Set(term.ko)], variants: [], nonstandard: [], sources: [`${basename(file)}, line ${term.line}`] }));
  return { terms, skipped };
}

/** A TBX concept as kaikyo's own export wrote it (its reading travels as a kaikyo note). */
function isKaikyoConcept(concept: Concept): boolean {
  return concept.id !== undefined && concept.labelled.reading !== undefined;
}

/** The entry data of a concept kaikyo exported. */
function kaikyoConceptEntry(concept: Concept): GlossaryEntryData {
  const data: Record<string, unknown> = { id: concept.id, kind: concept.subjectField };
  if (concept.references.length > 0) data.ambiguousWith = concept.references;
  if (concept.notes.length > 0) data.notes = concept.notes.join(' ');
  for (const [label, values] of Object.entries(concept.labelled)) {
    if (label === 'example') {
      data.examples = values.map((value) => {
        const [exampleText, expect] = value.split(EXAMPLE_ARROW);
        return { text: exampleText, expect: expect ?? '' };
      });
    } else data[label] = values[0];
  }
  if (concept.sources.length > 0) data.sources = concept.sources;
  const forms = (language: keyof Concept['terms'], status: string) => concept.terms[language].filter((term) => term.status === status).map((term) => term.term);
  data.ja = forms('ja', 'preferred')[0];
  data.variants = [...forms('ja', 'admitted'), ...forms('ja', 'deprecated')];
  data.romaji = forms('ja-Latn', 'preferred')[0];
  data.ko = forms('ko', 'preferred')[0];
  data.accepted = forms('ko', 'admitted');
  data.nonstandard = forms('ko', 'deprecated');
  return entryData(data as unknown as GlossaryEntryData);
}

/** The plain term of a concept another tool wrote: its preferred (or first) term in each language. */
function conceptTerm(concept: Concept, file: string): PlainTerm {
  const ordered = (language: keyof Concept['terms']) => {
    const terms = concept.terms[language];
    const preferred = terms.filter((term) => term.status === 'preferred');
    return [...preferred, ...terms.filter((term) => term.status !== 'preferred')];
  };
  const ja = ordered('ja').filter((term) => term.status !== 'deprecated');
  const ko = ordered('ko');
  return {
    line: concept.line,
    ja: ja[0]?.term ?? '',
    variants: [...ja.slice(1), ...concept.terms.ja.filter((term) => term.status === 'deprecated')].map((term) => term.term),
    ko: ko.filter((term) => term.status !== 'deprecated').map((term) => term.term),
    nonstandard: ko.filter((term) => term.status === 'deprecated').map((term) => term.term),
    romaji: ordered('ja-Latn')[0]?.term,
    notes: concept.notes,
    kind: concept.subjectField,
    sources: concept.sources.length > 0 ? concept.sources : [`${basename(file)}, line ${concept.line}${concept.id ? ` (${concept.id})` : ''}`],
  };
}

/** Entries from kaikyo's own TBX. Not well-formed XML or an invalid entry throws with its line. */
export function importTbx(text: string, file: string): GlossaryEntryData[] {
  return validateImported(
    readConcepts(text, file).map((concept) => ({ entry: kaikyoConceptEntry(concept), line: concept.line })),
    file,
  );
}

/** Entries from glossary YAML (a glossary file, or what `glossary suggest` writes): valid ones kept, others skipped with their line. */
export function importYaml(text: string, file: string): { entries: GlossaryEntryData[]; skipped: Skipped[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text.trim() === '' ? '[]' : text, { lineCounter });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    throw new GlossaryError(file, error.linePos?.[0]?.line ?? 1, error.linePos?.[0]?.col ?? 1, '', `YAML: ${error.message.split('\n')[0]}`);
  }
  const seq = document.contents;
  if (!isSeq(seq)) throw new GlossaryError(file, 1, 1, '', 'a glossary file is a list of entries');
  const entries: GlossaryEntryData[] = [];
  const skipped: Skipped[] = [];
  for (const item of seq.items) {
    const line = lineCounter.linePos((item as unknown as { range?: number[] }).range?.[0] ?? 0).line;
    const data = entryData((item as { toJSON(): unknown }).toJSON() as GlossaryEntryData);
    const problem = problemOf(data);
    if (problem) skipped.push({ line, reason: `${data.id ?? '(no id)'}: ${problem.message}` });
    else entries.push(data);
  }
  return { entries, skipped };
}

async function defaultTranscriber(): Promise<Transcriber> {
  const { transcribe } = await import('../transcribe/transcribe.js');
  return (text) => transcribe(text);
}

/** Complete plain terms into entries, in order; ids unique among `taken` and each other. */
async function completeTerms(terms: readonly PlainTerm[], file: string, options: ImportOptions, skipped: Skipped[], remarks: string[]): Promise<GlossaryEntryData[]> {
  const taken = new Set(options.taken ?? []);
  const transcribe = options.transcribe ?? (await defaultTranscriber());
  const entries: GlossaryEntryData[] = [];
  for (const term of terms) {
    const result = await completeTerm(term, { file, kind: options.kind ?? 'term', taken, transcribe });
    if ('skip' in result) {
      skipped.push({ line: term.line, reason: result.skip });
      continue;
    }
    const problem = problemOf(result.entry);
    if (problem) skipped.push({ line: term.line, reason: `${term.ja}: ${problem.message}` });
    else {
      entries.push(result.entry);
      remarks.push(...result.notes.map((note) => `line ${term.line}: ${note}`));
    }
  }
  return entries;
}

/**
 * Read any supported exchange file. kaikyo's own CSV and TBX are strict (a bad record is a
 * GlossaryError: the file is broken); termbases and YAML are read record by record, and what
 * cannot become an entry is reported in `skipped`.
 */
export async function importFile(text: string, file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const format = options.format ?? formatOf(file) ?? (text.trimStart().startsWith('<') ? 'tbx' : 'csv');
  const skipped: Skipped[] = [];
  const remarks: string[] = [];
  if (format === 'yaml') {
    const result = importYaml(text, file);
    return { format: 'yaml', entries: result.entries, skipped: result.skipped, remarks };
  }
  if (format === 'tbx') {
    const concepts = readConcepts(text, file);
    const foreign = concepts.filter((concept) => !isKaikyoConcept(concept));
    for (const concept of concepts) if (concept.otherLanguages.length > 0 && concept.terms.ja.length === 0) remarks.push(`line ${concept.line}: languages ${concept.otherLanguages.join(', ')} passed over (kaikyo reads ja, ja-Latn and ko)`);
    if (foreign.length === 0) return { format: 'kaikyo-tbx', entries: importTbx(text, file), skipped, remarks };
    const native = concepts.filter(isKaikyoConcept).map((concept) => ({ entry: kaikyoConceptEntry(concept), line: concept.line }));
    const entries = validateImported(native, file);
    const taken = new Set([...(options.taken ?? []), ...entries.map((entry) => entry.id)]);
    entries.push(...(await completeTerms(foreign.map((concept) => conceptTerm(concept, file)), file, { ...options, taken }, skipped, remarks)));
    return { format: 'termbase-tbx', entries, skipped, remarks };
  }
  const records = tableOf(text, file, format === 'tsv' ? '\t' : options.format === 'csv' ? ',' : delimiterOf(text, file));
  if (records.length > 0 && !options.columns && !options.mapping && isKaikyoHeader(records[0].fields)) {
    return { format: 'kaikyo-csv', entries: kaikyoCsv(records, file), skipped, remarks };
  }
  const { terms, skipped: unread } = tableTerms(records, file, options);
  skipped.push(...unread);
  const entries = await completeTerms(terms, file, options, skipped, remarks);
  return { format: 'termbase-csv', entries, skipped, remarks };
}

const FLOW_LISTS = new Set(['variants', 'accepted', 'nonstandard', 'ambiguousWith']);

function entryNode(document: Document, entry: GlossaryEntryData) {
  const node = document.createNode(entryData(entry));
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      if (FLOW_LISTS.has(key) && isSeq(pair.value)) (pair.value as YAMLSeq).flow = true;
    }
  }
  return node;
}

/** Entries as the text of a glossary YAML file (a list, short lists in flow style). */
export function entriesYaml(entries: readonly GlossaryEntryData[]): string {
  const document = new Document([]);
  const seq = new YAMLSeq();
  for (const entry of entries) seq.items.push(entryNode(document, entry));
  document.contents = seq;
  return document.toString({ lineWidth: 120, flowCollectionPadding: false });
}

