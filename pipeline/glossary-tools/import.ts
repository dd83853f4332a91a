/**
 * Read glossary entries back from CSV (export-csv.ts) and TBX-Basic (export-tbx.ts, or a CAT
 * tool's TBX in the same shape), validate them with glossary/schema.json, and write them as
 * glossary YAML or merge them into an existing glossary file (entries with the same id are
 * replaced, new ones appended, the file's comments kept). Bad input is a GlossaryError with
 * the file and line of the offending record.
 */
import { validatorFor } from '../data/validate.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Document, isMap, isSeq, parseDocument, YAMLSeq } from 'yaml';
import glossarySchema from '../../glossary/schema.json' with { type: 'json' };
import { GlossaryError, type GlossaryEntryData } from '../glossary/load.js';
import { parseCsv } from './csv-parse.js';
import { EXAMPLE_ARROW, LIST_SEPARATOR } from './export-csv.js';
import { NOTE_PREFIX, STATUS } from './export-tbx.js';
import { entryData, FIELDS, LIST_FIELDS } from './fields.js';

/** An imported entry and the 1-based line it came from. */
export interface ImportedEntry {
  readonly entry: GlossaryEntryData;
  readonly line: number;
}

/** Validate imported entries with the glossary schema; the first problem throws with its line. */
export function validateImported(entries: readonly ImportedEntry[], file: string): GlossaryEntryData[] {
  // The glossary loader's validator: the same schema, compiled once.
  const validateFile = validatorFor(glossarySchema, { allErrors: true });
  for (const { entry, line } of entries) {
    if (!validateFile([entry])) {
      const error = validateFile.errors?.[0];
      const field = (error?.instancePath ?? '').split('/').slice(2).join('.') || ((error?.params as { missingProperty?: string })?.missingProperty ?? '');
      throw new GlossaryError(file, line, 1, field, `${entry.id ?? '(no id)'}: ${error?.message ?? 'invalid entry'}`);
    }
  }
  return entries.map(({ entry }) => entry);
}

function splitList(cell: string): string[] {
  return cell === '' ? [] : cell.split(LIST_SEPARATOR).filter((item) => item !== '');
}

/** Entries from CSV text with a header of field names (columns in any order, unknown columns an error). */
export function importCsv(text: string, file: string): GlossaryEntryData[] {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    const line = Number(/line (\d+)/.exec((error as Error).message)?.[1] ?? 1);
    throw new GlossaryError(file, line, 1, '', (error as Error).message);
  }
  if (records.length === 0) return [];
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

const ARRAYS = new Set(['termEntry', 'langSet', 'tig', 'note', 'ref', 'admin', 'termNote', 'descrip']);

type XmlNode = Record<string, unknown>;

function textOf(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (node && typeof node === 'object' && '#text' in node) return String((node as XmlNode)['#text']);
  return '';
}

function list(node: XmlNode, key: string): XmlNode[] {
  const value = node[key];
  return Array.isArray(value) ? (value as XmlNode[]) : value === undefined ? [] : [value as XmlNode];
}

/** Line of the n-th (0-based) `<termEntry` in the text, for messages. */
function entryLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') line++;
    else if (text.startsWith('<termEntry', i)) lines.push(line);
  }
  return lines;
}

/** Entries from TBX-Basic text: one per termEntry. Not well-formed XML throws with its line. */
export function importTbx(text: string, file: string): GlossaryEntryData[] {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new GlossaryError(file, valid.err.line, valid.err.col, '', `not well-formed XML: ${valid.err.msg}`);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ARRAYS.has(name), trimValues: true, parseTagValue: false });
  const root = parser.parse(text) as XmlNode;
  const martif = (root.martif ?? root.tbx) as XmlNode | undefined;
  const body = ((martif?.text as XmlNode | undefined)?.body ?? {}) as XmlNode;
  const lines = entryLines(text);
  const entries = list(body, 'termEntry').map((termEntry, index): ImportedEntry => {
    const data: Record<string, unknown> = { id: termEntry['@_id'] };
    for (const descrip of list(termEntry, 'descrip')) if ((descrip as XmlNode)['@_type'] === 'subjectField') data.kind = textOf(descrip);
    const ambiguous = list(termEntry, 'ref').map((ref) => String(ref['@_target'] ?? textOf(ref)));
    if (ambiguous.length > 0) data.ambiguousWith = ambiguous;
    const examples: Array<{ text: string; expect: string }> = [];
    for (const note of list(termEntry, 'note')) {
      const value = textOf(note);
      const labelled = new RegExp(`^${NOTE_PREFIX}(\\w+): (.*)$`, 's').exec(value);
      if (!labelled) {
        data.notes = value;
        continue;
      }
      const [, label, content] = labelled;
      if (label === 'example') {
        const [exampleText, expect] = content.split(EXAMPLE_ARROW);
        examples.push({ text: exampleText, expect: expect ?? '' });
      } else data[label] = content;
    }
    if (examples.length > 0) data.examples = examples;
    const sources = list(termEntry, 'admin').filter((admin) => admin['@_type'] === 'source').map(textOf);
    if (sources.length > 0) data.sources = sources;
    for (const set of list(termEntry, 'langSet')) {
      const lang = String(set['@_xml:lang'] ?? '');
      const terms = list(set, 'tig').map((tig) => {
        const status = list(tig, 'termNote').find((note) => note['@_type'] === 'administrativeStatus');
        return { term: textOf(tig.term), status: status ? textOf(status) : STATUS.admitted };
      });
      const preferred = terms.find((term) => term.status === STATUS.preferred)?.term;
      const others = (status: string) => terms.filter((term) => term.status === status).map((term) => term.term);
      if (lang === 'ja') {
        if (preferred) data.ja = preferred;
        data.variants = [...others(STATUS.admitted), ...others(STATUS.deprecated)];
      } else if (lang === 'ja-Latn') {
        if (preferred) data.romaji = preferred;
      } else if (lang === 'ko') {
        if (preferred) data.ko = preferred;
        data.accepted = others(STATUS.admitted);
        data.nonstandard = others(STATUS.deprecated);
      }
    }
    return { entry: entryData(data as unknown as GlossaryEntryData), line: lines[index] ?? 1 };
  });
  return validateImported(entries, file);
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

/**
 * Merge `entries` into the text of an existing glossary file: an entry with a known id replaces
 * the old one in place, a new id is appended. Comments outside replaced entries are kept.
 */
export function mergeIntoYaml(existing: string, entries: readonly GlossaryEntryData[], file: string): string {
  const document: Document = parseDocument(existing.trim() === '' ? '[]' : existing);
  if (document.errors.length > 0) throw new GlossaryError(file, 1, 1, '', `YAML: ${document.errors[0].message.split('\n')[0]}`);
  const seq: unknown = document.contents;
  if (!isSeq(seq)) throw new GlossaryError(file, 1, 1, '', 'a glossary file is a list of entries');
  const items = seq.items as unknown[];
  for (const entry of entries) {
    const index = items.findIndex((item) => isMap(item) && item.get('id') === entry.id);
    const node = entryNode(document, entry);
    if (index >= 0) {
      // Keep the comment and blank line that stood before the old entry (a file's header
      // comment belongs to its first entry).
      const old = items[index] as { commentBefore?: string | null; spaceBefore?: boolean };
      Object.assign(node, { commentBefore: old.commentBefore, spaceBefore: old.spaceBefore });
      items[index] = node;
    } else {
      Object.assign(node, { spaceBefore: items.length > 0 });
      items.push(node);
    }
  }
  return document.toString({ lineWidth: 120, flowCollectionPadding: false });
}
