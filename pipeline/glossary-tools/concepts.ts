/**
 * Read the concepts of a TBX file, whatever tool wrote it: TBX-Basic in the 2008 `martif` form
 * (termEntry / langSet / tig or ntig/termGrp) and TBX v3 (ISO 30042:2019: `tbx`, conceptEntry /
 * langSec / termSec). Each concept comes out with its terms per language and status, its notes
 * and sources and the line it starts on; import.ts decides what kind of entry it makes.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { GlossaryError } from '../glossary/error.js';
import { NOTE_PREFIX } from './export-tbx.js';

/** A term's standing, as the glossary knows it. */
export type TermStatus = 'preferred' | 'admitted' | 'deprecated';

/** The languages kaikyo reads from a termbase; other languages are passed over. */
export type TermLanguage = 'ja' | 'ja-Latn' | 'ko';

/** One concept (termEntry / conceptEntry). */
export interface Concept {
  readonly line: number;
  readonly id?: string;
  readonly subjectField?: string;
  /** Plain notes and definitions, in document order. */
  readonly notes: string[];
  /** `kaikyo:label: value` notes (written by kaikyo's own export), by label. */
  readonly labelled: Record<string, string[]>;
  readonly sources: string[];
  readonly references: string[];
  readonly terms: Record<TermLanguage, Array<{ term: string; status: TermStatus }>>;
  /** Languages seen that kaikyo does not read (for the report). */
  readonly otherLanguages: string[];
}

const ARRAYS = new Set(['termEntry', 'conceptEntry', 'langSet', 'langSec', 'tig', 'ntig', 'termSec', 'termGrp', 'note', 'ref', 'admin', 'termNote', 'descrip', 'descripGrp', 'xref']);

type XmlNode = Record<string, unknown>;

function textOf(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node).trim();
  if (node && typeof node === 'object' && '#text' in node) return String((node as XmlNode)['#text']).trim();
  return '';
}

function list(node: XmlNode | undefined, key: string): XmlNode[] {
  const value = node?.[key];
  return Array.isArray(value) ? (value as XmlNode[]) : value === undefined ? [] : [value as XmlNode];
}

/** `descrip` elements, bare or inside a descripGrp. */
function descrips(node: XmlNode): XmlNode[] {
  return [...list(node, 'descrip'), ...list(node, 'descripGrp').flatMap((group) => list(group, 'descrip'))];
}

function statusOf(notes: XmlNode[]): TermStatus {
  const note = notes.find((item) => ['administrativeStatus', 'normativeAuthorization'].includes(String(item['@_type'])));
  const value = note ? textOf(note).toLowerCase() : '';
  if (value.includes('preferred')) return 'preferred';
  if (/deprecated|superseded|notrecommended|obsolete/.test(value)) return 'deprecated';
  return 'admitted';
}

function languageOf(tag: string): TermLanguage | undefined {
  const lower = tag.toLowerCase();
  if (/^ja([-_]|$)/.test(lower)) return /latn/.test(lower) ? 'ja-Latn' : 'ja';
  if (/^ko([-_]|$)/.test(lower)) return 'ko';
  return undefined;
}

/** The 1-based line of each `<termEntry` / `<conceptEntry` start tag, in order. */
function conceptLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) line++;
    else if (text.charCodeAt(i) === 60 && (text.startsWith('<termEntry', i) || text.startsWith('<conceptEntry', i))) lines.push(line);
  }
  return lines;
}

/** Every concept of a TBX document. Not well-formed XML, or XML that is not TBX, throws with its line. */
export function readConcepts(text: string, file: string): Concept[] {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new GlossaryError(file, valid.err.line, valid.err.col, '', `not well-formed XML: ${valid.err.msg}`);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', removeNSPrefix: false, isArray: (name) => ARRAYS.has(name), trimValues: true, parseTagValue: false });
  const root = parser.parse(text) as XmlNode;
  const top = (root.martif ?? root.tbx) as XmlNode | undefined;
  if (!top) throw new GlossaryError(file, 1, 1, '', 'not a TBX file: the root element is neither <martif> (TBX-Basic) nor <tbx> (TBX v3)');
  const body = (top.text as XmlNode | undefined)?.body as XmlNode | undefined;
  const lines = conceptLines(text);
  const entries = [...list(body, 'termEntry'), ...list(body, 'conceptEntry')];
  return entries.map((entry, index): Concept => {
    const notes: string[] = [];
    const labelled: Record<string, string[]> = {};
    const addNote = (value: string) => {
      if (value === '') return;
      const match = new RegExp(`^${NOTE_PREFIX}(\\w+): (.*)$`, 's').exec(value);
      if (match) (labelled[match[1]] ??= []).push(match[2]);
      else notes.push(value);
    };
    for (const note of list(entry, 'note')) addNote(textOf(note));
    let subjectField: string | undefined;
    for (const descrip of descrips(entry)) {
      if (descrip['@_type'] === 'subjectField') subjectField = textOf(descrip);
      else if (descrip['@_type'] === 'definition') addNote(textOf(descrip));
    }
    const terms: Concept['terms'] = { ja: [], 'ja-Latn': [], ko: [] };
    const otherLanguages: string[] = [];
    for (const section of [...list(entry, 'langSet'), ...list(entry, 'langSec')]) {
      const tag = String(section['@_xml:lang'] ?? section['@_lang'] ?? '');
      const language = languageOf(tag);
      if (!language) {
        otherLanguages.push(tag || '(none)');
        continue;
      }
      for (const note of list(section, 'note')) addNote(textOf(note));
      const termNodes = [...list(section, 'tig'), ...list(section, 'termSec'), ...list(section, 'ntig').flatMap((ntig) => list(ntig, 'termGrp'))];
      for (const node of termNodes) {
        const term = textOf(node.term);
        if (term !== '') terms[language].push({ term, status: statusOf(list(node, 'termNote')) });
      }
    }
    return {
      line: lines[index] ?? 1,
      id: entry['@_id'] === undefined ? undefined : String(entry['@_id']),
      subjectField,
      notes,
      labelled,
      sources: list(entry, 'admin').filter((admin) => admin['@_type'] === 'source').map(textOf),
      references: list(entry, 'ref').map((ref) => String(ref['@_target'] ?? textOf(ref))),
      terms,
      otherLanguages,
    };
  });
}
