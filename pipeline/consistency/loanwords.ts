/**
 * Loanword misspellings (외래어 표기법): a list in glossary/loanwords.tsv (wrong form, correct
 * form, source word, reason), and the check that finds every wrong form in a document's text,
 * wherever it stands (running text, captions, notes, table cells, footnotes), so that every
 * title is checked, whichever programme it belongs to. The knowledge is the list; the code only
 * reads it and matches.
 */
import { readOptionalText } from '../data/read-optional.js';
import { join } from 'node:path';
import type { EditionContent } from '../edition/edition.js';
import { DataError } from '../data/data-error.js';
import { editionTexts } from '../names/texts.js';
import { CONSISTENCY_RULES } from './rules.js';
import type { Finding, Occurrence } from './types.js';

/** The file name, inside the glossary folder. */
export const LOANWORDS_FILE = 'loanwords.tsv';

/** One loanword misspelling and how to write it. */
export interface Loanword {
  /** The wrong Korean form (Hangul). */
  readonly wrong: string;
  /** The form the loanword orthography gives. */
  readonly right: string;
  /** The source word (bridge, carrozzeria). */
  readonly origin: string;
  /** Why, citing the orthography: shown to reviewers. */
  readonly reason: string;
  /** 1-based line in the file, for messages. */
  readonly line: number;
}

const HANGUL = /^[가-힣]+$/u;

/**
 * Parse the text of a loanwords file: `#` comments and blank lines aside, four tab-separated
 * columns per line. Throws a DataError (file, line, column) for a bad line or a wrong form
 * listed twice.
 */
export function parseLoanwords(text: string, file: string): Loanword[] {
  const list: Loanword[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/u).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const columns = raw.split('\t');
    if (columns.length !== 4 || columns.some((column) => column.trim() === '')) throw new DataError(file, line, 1, '', `needs four tab-separated columns (wrong, right, origin, reason), found ${columns.length}`);
    const [wrong, right, origin, reason] = columns.map((column) => column.trim());
    if (!HANGUL.test(wrong)) throw new DataError(file, line, 1, 'wrong', 'must be Hangul syllables only');
    if (wrong === right) throw new DataError(file, line, wrong.length + 2, 'right', 'is the wrong form itself');
    if (seen.has(wrong)) throw new DataError(file, line, 1, 'wrong', `is listed twice (first on line ${seen.get(wrong)})`);
    seen.set(wrong, line);
    list.push({ wrong, right, origin, reason, line });
  });
  return list;
}

/** Read `<glossaryDir>/loanwords.tsv`; none when the file does not exist. */
export async function loadLoanwords(glossaryDir: string): Promise<Loanword[]> {
  const file = join(glossaryDir, LOANWORDS_FILE);
  const text = await readOptionalText(file);
  return text === undefined ? [] : parseLoanwords(text, file);
}

/** A pattern for a wrong form that lets a wrapped line or a stray space fall between its syllables. */
function patternOf(wrong: string): RegExp {
  return new RegExp([...wrong].join('\\s*'), 'gu');
}

/**
 * One loanword-spelling finding per wrong form found in the edition's texts, with every
 * occurrence (source line/column/offset and the source text there).
 */
export function loanwordFindings(edition: EditionContent, loanwords: readonly Loanword[]): Finding[] {
  if (loanwords.length === 0) return [];
  const source = edition.lines.text;
  const texts = editionTexts(edition);
  const findings: Finding[] = [];
  for (const loanword of loanwords) {
    const occurrences: Occurrence[] = [];
    const pattern = patternOf(loanword.wrong);
    for (const { text } of texts) {
      for (const match of text.text.matchAll(pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        let first = -1;
        let last = -1;
        for (let i = start; i < end; i++) {
          if (text.offsets[i] < 0) continue;
          if (first < 0) first = text.offsets[i];
          last = text.offsets[i] + 1;
        }
        if (first < 0) continue;
        const point = edition.lines.point(first);
        // The source's own characters (a wrap inside the word stays), unless fake-bold doubling
        // or a correction made them differ from what was matched.
        const raw = source.slice(first, last);
        occurrences.push({ line: point.line, column: point.column, offset: first, text: raw.replace(/\s+/gu, '') === match[0].replace(/\s+/gu, '') ? raw : match[0] });
      }
    }
    if (occurrences.length === 0) continue;
    findings.push({
      ruleId: 'loanword-spelling',
      severity: CONSISTENCY_RULES['loanword-spelling'].severity,
      id: null,
      ja: null,
      expected: loanword.right,
      found: [loanword.wrong],
      occurrences,
      origin: loanword.origin,
      note: loanword.reason,
    });
  }
  return findings;
}
