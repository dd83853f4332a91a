/**
 * Scoring an edition of a scraped page against the page gold of ../shared/pages-dev, as its
 * README says: word spacing inside gold paragraphs, chrome lines left in edition.md, and the
 * front matter's title and authors.
 *
 * Spacing differs from spacing-eval.ts (which finds each gold paragraph as one run of the
 * edition) in how gold meets edition: the gold's non-space characters are aligned to the
 * edition's by their longest common subsequence, because a page's edition legitimately drops
 * characters the gold keeps (a footnote reference "7)" becomes [^7], a page marker leaves) or adds
 * some. A gold boundary is scored where both its characters are aligned; it holds a space in the
 * edition when a space (or a block break) separates them there.
 */
import { parse as parseYaml } from 'yaml';
import { alignChars } from './align.js';
import { goldBoundaries, prf, spacedEdition, type Counts } from './spacing-eval.js';

/** One page's gold, as in gold.json. */
export interface PageGold {
  readonly file: string;
  readonly url?: string;
  /** The document's printed title where both editors agreed; null when there is none to give. */
  readonly title: string | null;
  /** The authors' names as printed; null where the editors did not agree. */
  readonly authors: readonly string[] | null;
  /** Lines both editors marked as site chrome, copied exactly. */
  readonly chrome: readonly string[];
  /** Paragraphs with correct spacing; '¦' marks a boundary where either is acceptable. */
  readonly paragraphs: readonly string[];
}

/** What the edition's front matter says. */
export interface FrontMatterView {
  readonly title?: string;
  readonly authors: string[];
}

/** The score of one page. */
export interface PageScore extends Counts {
  readonly file: string;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Gold non-space characters with no counterpart in the edition (lost, changed or moved to markup). */
  readonly unaligned: number;
  readonly goldChars: number;
  /** Gold chrome lines found as lines of edition.md. */
  readonly chromeLeft: string[];
  readonly chromeTotal: number;
  readonly titleRight: boolean;
  /** undefined when the gold has no agreed authors (not scored). */
  readonly authorsRight: boolean | undefined;
  readonly title: string | undefined;
  readonly authors: string[];
  /** Wrong boundaries with context ('|' at the boundary). */
  readonly errors: Array<{ kind: 'missed' | 'extra'; context: string }>;
}

/** Split edition.md into its YAML front matter (parsed) and body. */
export function splitFrontMatter(markdown: string): { matter: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(markdown);
  if (!match) return { matter: {}, body: markdown };
  const parsed = parseYaml(match[1]) as unknown;
  return { matter: parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {}, body: markdown.slice(match[0].length) };
}

/**
 * Title and author names from front matter: `title`; `authors` (a list of names or of objects
 * with `name`) or, in the older shape, `author` (a name). Empty strings count as absent.
 */
export function readFrontMatter(matter: Record<string, unknown>): FrontMatterView {
  const title = typeof matter.title === 'string' && matter.title.trim() ? matter.title.trim() : undefined;
  const names: string[] = [];
  const add = (value: unknown) => {
    const name = typeof value === 'string' ? value : value && typeof value === 'object' ? (value as { name?: unknown }).name : undefined;
    if (typeof name === 'string' && name.trim()) names.push(name.trim());
  };
  if (Array.isArray(matter.authors)) matter.authors.forEach(add);
  else add(matter.author);
  return { ...(title ? { title } : {}), authors: names };
}

/**
 * A body line as its text reads: trimmed, Markdown escapes undone and a leading list bullet
 * ("- ", "* ", "+ ") dropped, so that chrome rendered as a list item or escaped still counts.
 * Heading marks are kept: a heading is the document's own line (its printed title may read like
 * the site's title line, which is chrome only where the site prints it).
 */
export function bodyLineText(line: string): string {
  return line
    .trim()
    .replace(/^[-*+] (?=\S)/, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .trim();
}

/**
 * Gold chrome lines left in the edition's body (front matter excluded). A chrome line is found
 * where a line holds it as a run of its own: starting the line or after white space, and ending
 * the line, before white space, or, for a line with letters, before a character that is not a
 * letter or digit (a section title glued to the list marker after it, "…직접지불제도❍ 이…", is
 * found). Lines without letters ("0", "100", "|") must stand between white space, so a count of 0
 * is not found inside "2,000". It is left when the edition holds more such runs than the gold
 * paragraphs do: the document's own text may read like a chrome line (a cover that prints the
 * title the site's header repeats), and the gold itself must score 0. A heading that is the
 * front matter's title is the document's printed title line, not chrome; other headings count.
 */
export function chromeLeft(chrome: readonly string[], body: string, goldParagraphs: readonly string[] = [], title?: string): string[] {
  // The heading that prints the document's own title is the text's line, not the site's repeat.
  const lines = body.split(/\r?\n/).filter((line) => line.trim().length > 0 && !(title && /^#{1,6} /.test(line.trim()) && bodyLineText(line.trim().replace(/^#{1,6} /, '')) === title));
  const goldLines = goldParagraphs.map((paragraph) => paragraph.replace(/¦/g, ' '));
  return chrome.filter((entry) => {
    const wanted = entry.trim();
    return wanted.length > 0 && runsOf(wanted, lines) > runsOf(wanted, goldLines);
  });
}

/** How many times `wanted` stands as a run of its own in `lines` (see {@link chromeLeft}). */
function runsOf(wanted: string, lines: readonly string[]): number {
  const lettered = /\p{L}/u.test(wanted);
  let count = 0;
  for (const raw of lines) {
    // A line counts once, read as printed or as its text without markup, whichever holds more.
    count += Math.max(runsIn(wanted, raw.trim(), lettered), runsIn(wanted, bodyLineText(raw), lettered));
  }
  return count;
}

function runsIn(wanted: string, line: string, lettered: boolean): number {
  let count = 0;
  for (let at = line.indexOf(wanted); at >= 0; at = line.indexOf(wanted, at + 1)) {
    const before = at === 0 ? '' : line[at - 1];
    const after = line.slice(at + wanted.length, at + wanted.length + 1);
    const leftOk = before === '' || /\s/u.test(before);
    const rightOk = after === '' || /\s/u.test(after) || (lettered && !/[\p{L}\p{N}]/u.test(after));
    if (leftOk && rightOk) count++;
  }
  return count;
}

/**
 * Spacing of the gold paragraphs against the edition's block texts (in order; see
 * markdown-paragraphs.ts `blockTexts`). Boundaries between gold paragraphs are not scored.
 */
export function scorePageSpacing(paragraphs: readonly string[], editionBlocks: readonly string[]): Counts & { unaligned: number; goldChars: number; errors: PageScore['errors'] } {
  const edition = spacedEdition(editionBlocks);
  let chars = '';
  const spaces = new Set<number>();
  const unscored = new Set<number>();
  for (const paragraph of paragraphs) {
    const gold = goldBoundaries(paragraph);
    if (gold.chars.length === 0) continue;
    const base = chars.length;
    if (base > 0) unscored.add(base);
    for (const k of gold.spaces) spaces.add(base + k);
    for (const k of gold.unscored) unscored.add(base + k);
    chars += gold.chars;
  }
  const map = alignChars(chars, edition.chars);
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const errors: PageScore['errors'] = [];
  let unaligned = 0;
  for (let k = 0; k < chars.length; k++) if (map[k] < 0) unaligned++;
  const context = (k: number) => {
    let out = '';
    for (let i = Math.max(0, k - 8); i < Math.min(chars.length, k + 8); i++) {
      if (i === k) out += '|';
      else if (spaces.has(i)) out += ' ';
      out += chars[i];
    }
    return out;
  };
  for (let k = 1; k < chars.length; k++) {
    if (unscored.has(k)) continue;
    const left = map[k - 1];
    const right = map[k];
    if (left < 0 || right < 0) continue;
    const want = spaces.has(k);
    let have = false;
    for (let b = left + 1; b <= right; b++) if (edition.spaces.has(b)) have = true;
    if (want && have) counts.tp++;
    else if (want) {
      counts.fn++;
      errors.push({ kind: 'missed', context: context(k) });
    } else if (have) {
      counts.fp++;
      errors.push({ kind: 'extra', context: context(k) });
    }
  }
  return { ...counts, unaligned, goldChars: chars.length, errors };
}

/** Score one page: its gold, its edition.md and the edition's block texts. */
export function scorePage(gold: PageGold, markdown: string, editionBlocks: readonly string[]): PageScore {
  const { matter, body } = splitFrontMatter(markdown);
  const front = readFrontMatter(matter);
  const spacing = scorePageSpacing(gold.paragraphs, editionBlocks);
  const left = chromeLeft(gold.chrome, body, gold.paragraphs, front.title);
  const titleRight = gold.title === null ? front.title === undefined : front.title === gold.title;
  const authorsRight = gold.authors === null ? undefined : JSON.stringify(front.authors) === JSON.stringify(gold.authors);
  return {
    file: gold.file,
    ...spacing,
    ...prf(spacing),
    chromeLeft: left,
    chromeTotal: gold.chrome.length,
    titleRight,
    authorsRight,
    title: front.title,
    authors: front.authors,
  };
}

/** Totals over pages (spacing micro-averaged). */
export interface PagesTotal extends Counts {
  readonly pages: number;
  readonly failed: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly chromeLeft: number;
  readonly chromeTotal: number;
  readonly titlesRight: number;
  readonly authorsRight: number;
  readonly authorsScored: number;
  readonly unaligned: number;
  readonly goldChars: number;
}

/** Sum page scores; a failed page counts with every real space lost, all chrome left and its title and authors wrong. */
export function totalOf(scores: readonly PageScore[], failed: readonly PageGold[]): PagesTotal {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  let chromeLeftCount = 0;
  let chromeTotal = 0;
  let unaligned = 0;
  let goldChars = 0;
  for (const score of scores) {
    counts.tp += score.tp;
    counts.fp += score.fp;
    counts.fn += score.fn;
    chromeLeftCount += score.chromeLeft.length;
    chromeTotal += score.chromeTotal;
    unaligned += score.unaligned;
    goldChars += score.goldChars;
  }
  for (const gold of failed) {
    // Nothing was built: every real space of its gold is lost and all its chrome is left.
    for (const paragraph of gold.paragraphs) {
      const boundaries = goldBoundaries(paragraph);
      for (const k of boundaries.spaces) if (!boundaries.unscored.has(k)) counts.fn++;
    }
    chromeLeftCount += gold.chrome.length;
    chromeTotal += gold.chrome.length;
  }
  return {
    pages: scores.length + failed.length,
    failed: failed.length,
    ...counts,
    ...prf(counts),
    chromeLeft: chromeLeftCount,
    chromeTotal,
    titlesRight: scores.filter((score) => score.titleRight).length,
    authorsRight: scores.filter((score) => score.authorsRight === true).length,
    authorsScored: scores.filter((score) => score.authorsRight !== undefined).length + failed.filter((gold) => gold.authors !== null).length,
    unaligned,
    goldChars,
  };
}

/** The one-line total (the last line eval:pages prints). */
export function totalLine(total: PagesTotal): string {
  const f = (x: number) => x.toFixed(3);
  return (
    `pages ${total.pages} (failed ${total.failed}): spacing F1 ${f(total.f1)} P ${f(total.precision)} R ${f(total.recall)} (real spaces lost ${total.fn}); ` +
    `chrome lines left ${total.chromeLeft}/${total.chromeTotal}; titles right ${total.titlesRight}/${total.pages}; authors right ${total.authorsRight}/${total.authorsScored}`
  );
}
