/**
 * Generated spacing data: clean Korean paragraphs re-wrapped at a column width and re-joined
 * with spaces (see rewrap.ts), repaired by the spacing stage and scored against the clean text.
 *
 * Clean text comes from what the project already has with correct spacing: the shared spacing
 * gold of the seed, our own annotation of the seed (test/spacing/fixtures/dev-extra.json), the
 * gold paragraphs of ../shared/pages-dev, and the seed's own edition (its spacing scores 1.000;
 * re-wrapping it at other widths is a mutation of the seed). Paragraphs are used from where
 * they are, never copied into the project.
 *
 * Pages are made the way the dev pages look: short pages (one to three paragraphs, about
 * 2,000 bytes, the first line cut mid-line), two-column pages (narrow columns) and full
 * single-column pages. Every page is either "tune" or "held-out" by a hash of its first
 * paragraph, so the held-out part is fixed and never changes with the code.
 *
 * Usage: tsx pipeline/eval/rewrap-eval.ts [--verbose] [--rules] [--split tune|held-out]
 *   --rules: how many decisions of each rule were right and wrong on the tune pages
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSpacingContext, repairSpacing } from '../edition/spacing/index.js';
import type { SpacingDecision } from '../edition/spacing/types.js';
import { paragraphTexts } from './markdown-paragraphs.js';
import { rewrap, seeded } from './rewrap.js';
import { goldBoundaries, prf, type Counts } from './spacing-eval.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** One clean paragraph: its text ('¦' where either spacing is right) and where it came from. */
export interface CleanParagraph {
  readonly source: string;
  readonly text: string;
}

/** A generated page: paragraphs set at one width. */
export interface GeneratedPage {
  readonly id: string;
  readonly kind: 'short' | 'two-column' | 'full';
  readonly split: 'tune' | 'held-out';
  readonly width: number;
  /** Clean paragraphs (gold). */
  readonly gold: readonly string[];
  /** The same paragraphs re-wrapped and re-joined with spaces (input). */
  readonly raw: readonly string[];
}

const HANGUL = /\p{Script=Hangul}/u;

/** A paragraph worth generating from: prose with Hangul, not a letter-spaced run or a list of fields. */
function usable(text: string): boolean {
  const unsure = (text.match(/¦/g) ?? []).length;
  return text.length >= 40 && HANGUL.test(text) && unsure <= 3;
}

/** Every clean paragraph the project can read, grouped by source document, in a fixed order. */
export function cleanParagraphs(root = repoRoot): CleanParagraph[][] {
  const groups: CleanParagraph[][] = [];
  const fromGold = (path: string, source: string) => {
    if (!existsSync(path)) return;
    const gold = JSON.parse(readFileSync(path, 'utf8')) as { paragraphs: { corrected: string }[] };
    groups.push(gold.paragraphs.map((p) => ({ source, text: p.corrected })).filter((p) => usable(p.text)));
  };
  fromGold(resolve(root, '..', 'shared', 'gold', 'spacing-dev.json'), 'seed-gold');
  fromGold(resolve(root, 'test', 'spacing', 'fixtures', 'dev-extra.json'), 'seed-extra');
  const pagesGold = resolve(root, '..', 'shared', 'pages-dev', 'gold.json');
  if (existsSync(pagesGold)) {
    for (const page of JSON.parse(readFileSync(pagesGold, 'utf8')) as { file: string; paragraphs: string[] }[]) {
      groups.push(page.paragraphs.map((text) => ({ source: page.file, text })).filter((p) => usable(p.text)));
    }
  }
  const edition = resolve(root, 'output', 'cha-2004-japan-clusters', 'edition.md');
  if (existsSync(edition)) {
    const paragraphs = paragraphTexts(readFileSync(edition, 'utf8')).map((text) => ({ source: 'seed-edition', text }));
    groups.push(paragraphs.filter((p) => usable(p.text)));
  }
  return groups.filter((group) => group.length > 0);
}

/** FNV-1a hash of a string, for a split that does not depend on anything but the text. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The held-out share: a paragraph that hashes to 0 mod 3 is never tuned on. */
export function splitOf(paragraph: string): 'tune' | 'held-out' {
  return hash(paragraph) % 3 === 0 ? 'held-out' : 'tune';
}

/** How many times each part is set, each time at other widths. */
const VARIANTS = 3;

/**
 * Generate the pages from the clean paragraph groups (deterministic). Each group's paragraphs
 * are first split into tune and held-out (by {@link splitOf}); pages are made within a part,
 * so that no held-out paragraph is ever on a tune page.
 */
export function generatePages(groups: readonly (readonly CleanParagraph[])[]): GeneratedPage[] {
  const pages: GeneratedPage[] = [];
  groups.forEach((whole, g) => {
    for (const split of ['tune', 'held-out'] as const) {
      const group = whole.filter((p) => splitOf(p.text) === split);
      if (group.length === 0) continue;
      for (let variant = 0; variant < VARIANTS; variant++) generateFrom(group, split, seeded(1000 * variant + g + (split === 'tune' ? 0 : 500)), `${variant}`, pages);
    }
  });
  return pages;
}

function generateFrom(group: readonly CleanParagraph[], split: GeneratedPage['split'], random: () => number, variant: string, pages: GeneratedPage[]): void {
  const make = (id: string, kind: GeneratedPage['kind'], width: number, paragraphs: readonly CleanParagraph[], excerpt: boolean) => {
    const gold = paragraphs.map((p) => p.text);
    // An excerpt of a page is cut mid-word at its end, as the dev pages are (first 2,000 bytes).
    if (excerpt && random() < 0.5) {
      const last = Array.from(gold[gold.length - 1]);
      let cut = Math.floor(last.length * (0.7 + 0.3 * random()));
      while (cut > 1 && (last[cut - 1] === ' ' || last[cut - 1] === '¦')) cut--;
      gold[gold.length - 1] = last.slice(0, cut).join('');
    }
    const raw = gold.map((text, i) => {
      // A paragraph starts a printed line, with an indent of up to two em; a quarter of the
      // excerpts begin in the middle of a line (the site cut the text there).
      const indent = [0, 0, 1, 2][Math.floor(random() * 4)];
      const firstLineUsed = i === 0 && excerpt && random() < 0.25 ? random() * width * 0.9 : indent;
      return rewrap(text.replace(/¦/g, ''), { width, firstLineUsed, random }).text;
    });
    pages.push({ id: `${id}/${split}/${variant}`, kind, split, width, gold, raw });
  };
  // Short pages: runs of consecutive paragraphs up to ~2,000 bytes, one or two columns.
  let start = 0;
  let n = 0;
  while (start < group.length) {
    let bytes = 0;
    let end = start;
    while (end < group.length && (end === start || bytes + Buffer.byteLength(group[end].text) <= 2000)) bytes += Buffer.byteLength(group[end++].text);
    const twoColumn = random() < 0.35;
    const width = twoColumn ? 13 + random() * 7 : 22 + random() * 24;
    make(`${group[0].source}#${n++}`, twoColumn ? 'two-column' : 'short', Math.round(width * 10) / 10, group.slice(start, end), true);
    start = end;
  }
  // The whole group as one document, when it is long enough to be a document.
  if (group.length >= 6) make(`${group[0].source}#all`, 'full', Math.round((24 + random() * 16) * 10) / 10, group, false);
}

/** One scored error with the decision that made it. */
export interface GeneratedError {
  readonly page: string;
  readonly kind: 'missed' | 'extra';
  readonly context: string;
  readonly rule: string;
  readonly evidence: string;
}

/** Score one page: repair its raw paragraphs with a context built from the page alone. */
export function scorePage(page: GeneratedPage): Counts & { errors: GeneratedError[]; rules: Map<string, { right: number; wrong: number }> } {
  const context = buildSpacingContext(page.raw);
  const counts = { tp: 0, fp: 0, fn: 0, errors: [] as GeneratedError[], rules: new Map<string, { right: number; wrong: number }>() };
  const tally = (rule: string, right: boolean) => {
    const t = counts.rules.get(rule) ?? { right: 0, wrong: 0 };
    if (right) t.right++;
    else t.wrong++;
    counts.rules.set(rule, t);
  };
  page.raw.forEach((raw, p) => {
    const repaired = repairSpacing(raw, context);
    const removed = new Set(repaired.removed);
    const decisionAt = new Map<number, SpacingDecision>(repaired.decisions.map((d) => [d.index, d]));
    const g = goldBoundaries(page.gold[p]);
    // Walk the raw text: boundary k (between non-space chars k-1 and k) and the space there.
    let k = 0;
    let spaceAt = -1;
    const rawSpace = new Map<number, number>();
    for (let i = 0; i < raw.length; i++) {
      if (raw[i] === ' ') spaceAt = i;
      else {
        if (spaceAt >= 0 && k > 0) rawSpace.set(k, spaceAt);
        spaceAt = -1;
        k++;
      }
    }
    for (let b = 1; b < g.chars.length; b++) {
      if (g.unscored.has(b)) continue;
      const at = rawSpace.get(b);
      const have = at !== undefined && !removed.has(at);
      const want = g.spaces.has(b);
      if (at !== undefined) tally(decisionAt.get(at)?.rule ?? '?', want === have);
      if (want && have) counts.tp++;
      else if (want || have) {
        if (want) counts.fn++;
        else counts.fp++;
        const d = at === undefined ? undefined : decisionAt.get(at);
        const context = render(g, Math.max(0, b - 8), b) + '|' + render(g, b, Math.min(g.chars.length, b + 8));
        counts.errors.push({ page: page.id, kind: want ? 'missed' : 'extra', context, rule: d?.rule ?? '(no space)', evidence: d?.evidence ?? '' });
      }
    }
  });
  return counts;
}

function main(): number {
  const verbose = process.argv.includes('--verbose');
  const only = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : undefined;
  const pages = generatePages(cleanParagraphs());
  const totals = new Map<string, Counts & { raw: Counts; pages: number }>();
  const errors: GeneratedError[] = [];
  const rules = new Map<string, { right: number; wrong: number }>();
  for (const page of pages) {
    if (only && page.split !== only) continue;
    const scored = scorePage(page);
    const rawScore = scoreRaw(page);
    for (const key of [`${page.split} ${page.kind}`, `${page.split} all`]) {
      const t = totals.get(key) ?? { tp: 0, fp: 0, fn: 0, raw: { tp: 0, fp: 0, fn: 0 }, pages: 0 };
      t.tp += scored.tp;
      t.fp += scored.fp;
      t.fn += scored.fn;
      t.raw.tp += rawScore.tp;
      t.raw.fp += rawScore.fp;
      t.raw.fn += rawScore.fn;
      t.pages++;
      totals.set(key, t);
    }
    if (page.split === 'tune') {
      errors.push(...scored.errors);
      for (const [rule, t] of scored.rules) {
        const sum = rules.get(rule) ?? { right: 0, wrong: 0 };
        sum.right += t.right;
        sum.wrong += t.wrong;
        rules.set(rule, sum);
      }
    }
  }
  console.log('split     kind        pages  raw F1  P      R      F1     lost');
  for (const [key, t] of [...totals].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [split, kind] = key.split(' ');
    const s = prf(t);
    console.log(
      `${split.padEnd(9)} ${kind.padEnd(11)} ${String(t.pages).padStart(5)}  ${prf(t.raw).f1.toFixed(3)}   ${s.precision.toFixed(3)}  ${s.recall.toFixed(3)}  ${s.f1.toFixed(3)}  ${((100 * t.fn) / Math.max(1, t.tp + t.fn)).toFixed(2)}%`,
    );
  }
  if (process.argv.includes('--rules')) {
    console.log('\ndecisions per rule on tune pages (right / wrong):');
    for (const [rule, t] of [...rules].sort((a, b) => b[1].wrong - a[1].wrong)) console.log(`  ${rule.padEnd(20)} ${String(t.right).padStart(6)} ${String(t.wrong).padStart(5)}`);
  }
  if (verbose) {
    console.log('\nerrors on tune pages (held-out errors are not shown, so that nobody tunes on them):');
    for (const e of errors) console.log(`  ${e.kind.padEnd(6)} ${e.context.padEnd(20)} ${e.rule}: ${e.evidence}  [${e.page}]`);
  }
  return 0;
}

/** Gold characters from..to with their spaces. */
function render(g: { chars: string; spaces: ReadonlySet<number> }, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) out += (i > from && g.spaces.has(i) ? ' ' : '') + g.chars[i];
  return out;
}

/** The raw text's own score (every space kept), for comparison. */
function scoreRaw(page: GeneratedPage): Counts {
  const counts = { tp: 0, fp: 0, fn: 0 };
  page.raw.forEach((raw, p) => {
    const g = goldBoundaries(page.gold[p]);
    const r = goldBoundaries(raw);
    for (let b = 1; b < g.chars.length; b++) {
      if (g.unscored.has(b)) continue;
      const want = g.spaces.has(b);
      const have = r.spaces.has(b);
      if (want && have) counts.tp++;
      else if (want) counts.fn++;
      else if (have) counts.fp++;
    }
  });
  return counts;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
