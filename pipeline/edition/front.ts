/**
 * Front matter from the text, for a document without metadata: its printed title, its authors
 * (with affiliations where the byline gives them), the year its front prints and its language.
 * A field that cannot be found is left out; nothing is guessed from the body.
 *
 * - Title: where the site names the document (`siteTitle`), the printed lines whose letters
 *   spell the site's title (punctuation and line breaks aside: the site writes "A : B" where
 *   the cover prints "A" over "- B"); otherwise a short first line followed by a byline.
 * - Authors: the byline right after the title: names separated by "·", "," or spaces, each
 *   optionally "이름|소속", "이름(소속)", with a note mark ("김기흥*5)") or a position after it
 *   ("연구위원"), and an optional role before them ("편역"); cue words in byline-cues.json.
 * - Year: a year printed as a date near the title ("2019. 12.", "(2016. 11. 16.)", "2010년").
 * - Language: the script most of the letters are in.
 */
import { bylineCues } from './byline-cues.js';

/** One author as the byline prints it. */
export interface Author {
  readonly name: string;
  readonly affiliation?: string;
}

/** What the text says about itself; absent fields were not found. */
export interface FrontMatter {
  readonly title?: string;
  readonly authors?: Author[];
  readonly year?: number;
  readonly language?: string;
  /** Index (into the texts given) of a text that is the title and nothing else. */
  readonly titleText?: number;
  /** Index of a text that is the byline and nothing else. */
  readonly bylineText?: number;
}

const LETTER = /[\p{L}\p{N}]/u;
const NAME = /^(?:\p{Script=Hangul}{2,4}|\p{Script=Han}{2,4})$/u;
const MARKS = /(?:[*†‡]+\d*\)?|\d{1,2}\))+$/u;
const SENTENCE_END = /[.!?。]$|다$/u;
const LIST_OR_NUMBER = /^(?:[-–•·◦○●❍■□▪※*⑴-⒇①-⑳]|\(?\d+[.)]|[IVXⅠ-Ⅻ]+\.|제\s?\d+\s?[장절])/u;
// Tokens that read as 2–4 syllables but are words: a particle or ending at the end.
const NOT_NAME_END = /(?:의|에|에서|으로|로|을|를|은|는|이다|하다|및|등)$/u;
const WINDOW = 40;

/** Find the front matter in the first texts of a document (each a line or paragraph). */
export function findFrontMatter(texts: readonly string[], site: Readonly<Record<string, string>> = {}): FrontMatter {
  const window = texts.slice(0, WINDOW);
  const found: { -readonly [K in keyof FrontMatter]: FrontMatter[K] } = {};
  const language = detectLanguage(texts.join('\n'));
  if (language) found.language = language;

  const title = (site.siteTitle ? titleFromSite(window, site.siteTitle) : undefined) ?? titleByShape(window);
  if (!title) return found;
  found.title = title.text;
  if (title.whole) found.titleText = title.last;

  // The byline: what follows the title on its last line, else the next line.
  const rest = window[title.last].slice(title.end).replace(/^[\s.:,·-]+/u, '');
  let byline = rest ? parseByline(firstClause(rest), false) : undefined;
  let bylineAt = title.last;
  if (!byline?.length && title.last + 1 < window.length) {
    byline = parseByline(window[title.last + 1], true);
    bylineAt = title.last + 1;
    if (byline?.length) found.bylineText = bylineAt;
  }
  if (byline?.length) {
    const positions = rest ? nextClause(rest) : undefined;
    found.authors = withPositions(byline, positions);
  }

  const year = yearNear(window, title.first, bylineAt);
  if (year) found.year = year;
  return found;
}

interface TitleSpan {
  readonly text: string;
  readonly first: number;
  readonly last: number;
  /** Offset in window[last] right after the title. */
  readonly end: number;
  /** The title is exactly one whole text. */
  readonly whole: boolean;
}

function titleFromSite(window: readonly string[], siteTitle: string): TitleSpan | undefined {
  const wanted = [...siteTitle].filter((char) => LETTER.test(char)).join('');
  if (wanted.length < 2) return undefined;
  // Letters of the window with where each sits (text index, offset).
  let letters = '';
  const at: Array<[number, number]> = [];
  window.forEach((text, t) => {
    for (let i = 0; i < text.length; i++) {
      if (LETTER.test(text[i])) {
        letters += text[i];
        at.push([t, i]);
      }
    }
  });
  for (let from = letters.indexOf(wanted); from >= 0; from = letters.indexOf(wanted, from + 1)) {
    const [first, start] = at[from];
    const [last, lastOffset] = at[from + wanted.length - 1];
    // The span must start where a unit starts (a line, or after a stop or a space).
    if (start > 0 && !/[\s.]/u.test(window[first][start - 1])) continue;
    let end = lastOffset + 1;
    // …and end where a unit ends: "日本語" is not the title inside "日本語學硏究".
    if (end < window[last].length && LETTER.test(window[last][end])) continue;
    const closing = /^[)」』”’]+/u.exec(window[last].slice(end));
    if (closing && balanced(window[first].slice(start) + window[last].slice(0, end + closing[0].length))) end += closing[0].length;
    const parts: string[] = [];
    for (let t = first; t <= last; t++) parts.push(window[t].slice(t === first ? start : 0, t === last ? end : undefined).trim());
    const text = parts.join(' ').replace(/\s+/g, ' ').trim();
    return { text, first, last, end, whole: first === last && start === 0 && end === window[last].length };
  }
  return undefined;
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const char of text) depth += char === '(' ? 1 : char === ')' ? -1 : 0;
  return depth === 0;
}

/**
 * A short line over a byline among the first lines (after whatever an unknown site put above
 * it): the first such pair is the title and its authors.
 */
function titleByShape(window: readonly string[]): TitleSpan | undefined {
  for (let t = 0; t + 1 < Math.min(window.length, 8); t++) {
    const line = window[t];
    if (line.length > 100 || SENTENCE_END.test(line) || LIST_OR_NUMBER.test(line) || !/\p{L}/u.test(line)) continue;
    if (!parseByline(window[t + 1], true)?.length) continue;
    return { text: line, first: t, last: t, end: line.length, whole: true };
  }
  return undefined;
}

function firstClause(text: string): string {
  return text.split(/\.\s+|\.$/u)[0];
}

function nextClause(text: string): string | undefined {
  return text.split(/\.\s+|\.$/u)[1];
}

/**
 * The names of a byline, or undefined when `text` does not read as one. `whole`: every token
 * must be part of it (a line of its own); otherwise it may stop at the first other token, but
 * then needs two names joined by "·" or "," or a position to be believed.
 */
export function parseByline(text: string, whole: boolean): Author[] | undefined {
  const cues = bylineCues();
  let rest = text.trim().replace(/^[*†‡]+\s*/u, '');
  const role = cues.roles.find((word) => rest.startsWith(word + ' ') || rest.startsWith(word.replace(/ /g, '') + ' '));
  if (role) rest = rest.slice(rest.indexOf(' ', role.replace(/ /g, '').length - 1) + 1).trim();
  const authors: Array<{ name: string; affiliation?: string }> = [];
  // Names with something around them that only a person has: a note mark, an affiliation or
  // a position. A bare name must start with a family name (byline-cues.json).
  const supported = new Set<number>();
  let joined = false;
  let positioned = false;
  const pieces = rest.split(/\s*[·・,，]\s*/u);
  if (pieces.length > 1) joined = true;
  outer: for (const piece of pieces) {
    for (const raw of piece.split(/\s+/u).filter(Boolean)) {
      const token = raw.replace(MARKS, '').replace(/^[*†‡]+/u, '');
      const marked = token !== raw;
      const paired = /^(.+?)\s*[|︱｜]\s*(.+)$/u.exec(token) ?? /^(.+?)\((.+)\)$/u.exec(token);
      if (paired && isName(paired[1])) {
        supported.add(authors.length);
        authors.push({ name: paired[1], affiliation: paired[2] });
        continue;
      }
      if (authors.length > 0 && isPosition(token, cues.positions, cues.affiliationEnds)) {
        const last = authors[authors.length - 1];
        last.affiliation = last.affiliation ? `${last.affiliation} ${token}` : token;
        supported.add(authors.length - 1);
        positioned = true;
        continue;
      }
      if (isName(token)) {
        if (marked) supported.add(authors.length);
        authors.push({ name: token });
        continue;
      }
      if (whole) return undefined;
      break outer;
    }
  }
  if (authors.length === 0) return undefined;
  if (!authors.every((author, i) => supported.has(i) || hasSurname(author.name, cues.surnames))) return undefined;
  if (!whole && !role && !(joined && authors.length >= 2) && !positioned) return undefined;
  return authors;
}

function hasSurname(name: string, surnames: readonly string[]): boolean {
  return /^\p{Script=Hangul}+$/u.test(name) && name.length >= 2 && name.length <= 4 && surnames.some((surname) => name.startsWith(surname) && name.length > surname.length);
}

function isName(token: string): boolean {
  return NAME.test(token) && !NOT_NAME_END.test(token) && !bylineCues().positions.includes(token);
}

function isPosition(token: string, positions: readonly string[], ends: readonly string[]): boolean {
  return positions.some((word) => token === word || token.endsWith(word)) || ends.some((end) => token.endsWith(end) && (token.length > end.length || end.length >= 2));
}

/** Positions printed in a clause after the names ("선임연구위원 초청연구원"), one per author in order. */
function withPositions(authors: Author[], clause: string | undefined): Author[] {
  if (!clause) return authors;
  const cues = bylineCues();
  const tokens = clause.trim().split(/\s+/u);
  if (tokens.length !== authors.length || !tokens.every((token) => isPosition(token, cues.positions, cues.affiliationEnds))) return authors;
  return authors.map((author, i) => (author.affiliation ? author : { ...author, affiliation: tokens[i] }));
}

/** A year printed as a date in the front: from the start up to the byline. */
function yearNear(window: readonly string[], first: number, last: number): number | undefined {
  for (let t = 0; t <= Math.min(last + 1, window.length - 1); t++) {
    const match = /(?<![\d.])((?:19|20)\d{2})(?=\s*(?:\.\s*\d{1,2}\.|년|\)))/u.exec(window[t]);
    if (match) return Number(match[1]);
    if (t > first + 2 && t > last) break;
  }
  return undefined;
}

/** The language most letters are written in: ko (Hangul), ja (kana), en (Latin); undefined without letters. */
export function detectLanguage(text: string): string | undefined {
  let hangul = 0;
  let kana = 0;
  let latin = 0;
  for (const char of text) {
    if (/\p{Script=Hangul}/u.test(char)) hangul++;
    else if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(char)) kana++;
    else if (/[A-Za-z]/.test(char)) latin++;
  }
  const best = Math.max(hangul, kana, latin);
  if (best === 0) return undefined;
  return best === hangul ? 'ko' : best === kana ? 'ja' : 'en';
}
