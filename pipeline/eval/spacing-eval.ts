/**
 * Scoring word spacing against hand-corrected gold paragraphs.
 *
 * A "space position" is a boundary between two non-space characters; the score is
 * precision, recall and F1 of the boundaries that hold a space. Each gold paragraph is found
 * in the edition by its non-space characters (spacing is what is being judged, so it cannot
 * be used to align). Boundaries marked '¦' in the gold (either spacing acceptable) and
 * boundaries next to a quotation mark are not scored.
 */

/** One hand-corrected paragraph. */
export interface GoldParagraph {
  /** 1-based line of the raw source file. */
  readonly line: number;
  /** Corrected text; '¦' marks a boundary where either spacing is acceptable. */
  readonly corrected: string;
}

/** A gold file: `{ about, paragraphs }`. */
export interface GoldFile {
  readonly about?: string;
  readonly paragraphs: readonly GoldParagraph[];
}

/** Characters next to which a boundary is not scored. */
export const QUOTES: ReadonlySet<string> = new Set(['‘', '’', '“', '”', '"', "'", '「', '」', '『', '』']);

/** Non-space characters with the boundaries that hold a space. */
export interface Spaced {
  /** The text without spaces. */
  readonly chars: string;
  /** Boundary k (1..chars.length-1, between chars[k-1] and chars[k]) holds a space. */
  readonly spaces: ReadonlySet<number>;
}

/** A gold paragraph read into characters, spaces and unscored boundaries. */
export interface GoldBoundaries extends Spaced {
  readonly unscored: ReadonlySet<number>;
}

const isSpace = (ch: string): boolean => /\s/u.test(ch);

/** Split a text into its non-space characters and the boundaries that hold whitespace. */
export function toSpaced(text: string): Spaced {
  let chars = '';
  const spaces = new Set<number>();
  for (const ch of text) {
    if (isSpace(ch)) {
      if (chars.length > 0) spaces.add(chars.length);
    } else chars += ch;
  }
  spaces.delete(chars.length);
  return { chars, spaces };
}

/** Read a gold paragraph: '¦' and quote-adjacent boundaries become unscored. */
export function goldBoundaries(corrected: string): GoldBoundaries {
  const unscored = new Set<number>();
  let chars = '';
  const spaces = new Set<number>();
  for (const ch of corrected) {
    if (ch === '¦') unscored.add(chars.length);
    else if (isSpace(ch)) spaces.add(chars.length);
    else chars += ch;
  }
  // Boundaries are defined between characters; quote marks in this text are UTF-16 single units.
  for (let k = 1; k < chars.length; k++) {
    if (QUOTES.has(chars[k - 1]) || QUOTES.has(chars[k])) unscored.add(k);
  }
  spaces.delete(0);
  spaces.delete(chars.length);
  return { chars, spaces, unscored };
}

/** Counts of one comparison. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of counts (1 when there is nothing to find and nothing found). */
export function prf(counts: Counts): { precision: number; recall: number; f1: number } {
  const precision = counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** One wrong boundary, with context for a reviewer. */
export interface SpaceError {
  readonly kind: 'missed' | 'extra';
  /** Boundary index in the gold paragraph's non-space characters. */
  readonly boundary: number;
  /** Gold context around the boundary, the boundary shown as '|'. */
  readonly context: string;
}

/** Result for one gold paragraph. */
export interface ParagraphScore extends Counts {
  readonly line: number;
  readonly aligned: boolean;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly errors: readonly SpaceError[];
}

/** The edition's paragraphs as one run of characters with spaces; paragraph ends count as spaces. */
export function spacedEdition(paragraphs: readonly string[]): Spaced {
  let chars = '';
  const spaces = new Set<number>();
  for (const paragraph of paragraphs) {
    const one = toSpaced(paragraph);
    if (one.chars.length === 0) continue;
    if (chars.length > 0) spaces.add(chars.length);
    for (const k of one.spaces) spaces.add(chars.length + k);
    chars += one.chars;
  }
  return { chars, spaces };
}

function contextAt(gold: GoldBoundaries, k: number, radius = 8): string {
  const render = (from: number, to: number): string => {
    let out = '';
    for (let i = from; i < to; i++) {
      if (i > from && gold.spaces.has(i)) out += ' ';
      out += gold.chars[i];
    }
    return out;
  };
  return `${render(Math.max(0, k - radius), k)}|${render(k, Math.min(gold.chars.length, k + radius))}`;
}

/** Score one gold paragraph against the edition (already reduced by {@link spacedEdition}). */
export function scoreParagraph(gold: GoldParagraph, edition: Spaced): ParagraphScore {
  const g = goldBoundaries(gold.corrected);
  const at = edition.chars.indexOf(g.chars);
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const errors: SpaceError[] = [];
  for (let k = 1; k < g.chars.length; k++) {
    if (g.unscored.has(k)) continue;
    const want = g.spaces.has(k);
    const have = at >= 0 && edition.spaces.has(at + k);
    if (want && have) counts.tp++;
    else if (want) {
      counts.fn++;
      errors.push({ kind: 'missed', boundary: k, context: contextAt(g, k) });
    } else if (have) {
      counts.fp++;
      errors.push({ kind: 'extra', boundary: k, context: contextAt(g, k) });
    }
  }
  return { line: gold.line, aligned: at >= 0, ...counts, ...prf(counts), errors };
}

/** Scores of every gold paragraph and their micro-average. */
export interface SpacingReport {
  readonly paragraphs: readonly ParagraphScore[];
  readonly micro: Counts & { precision: number; recall: number; f1: number };
  /** Gold spaces in scored positions (the denominator of "real spaces lost"). */
  readonly goldSpaces: number;
}

/** Score all gold paragraphs against the edition's paragraph texts. */
export function scoreSpacing(gold: readonly GoldParagraph[], editionParagraphs: readonly string[]): SpacingReport {
  const edition = spacedEdition(editionParagraphs);
  const paragraphs = gold.map((g) => scoreParagraph(g, edition));
  const micro = { tp: 0, fp: 0, fn: 0 };
  for (const p of paragraphs) {
    micro.tp += p.tp;
    micro.fp += p.fp;
    micro.fn += p.fn;
  }
  return { paragraphs, micro: { ...micro, ...prf(micro) }, goldSpaces: micro.tp + micro.fn };
}

/** Render a report as a plain-text table followed by the list of errors. */
export function formatReport(report: SpacingReport): string {
  const pct = (x: number): string => x.toFixed(3);
  const lines = ['line   aligned  tp   fp  fn   P      R      F1'];
  for (const p of report.paragraphs) {
    lines.push(
      `${String(p.line).padEnd(6)} ${(p.aligned ? 'yes' : 'NO').padEnd(8)} ${String(p.tp).padEnd(4)} ${String(p.fp).padEnd(3)} ${String(p.fn).padEnd(4)} ${pct(p.precision)}  ${pct(p.recall)}  ${pct(p.f1)}`,
    );
  }
  const m = report.micro;
  lines.push(`micro  -        ${String(m.tp).padEnd(4)} ${String(m.fp).padEnd(3)} ${String(m.fn).padEnd(4)} ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}`);
  lines.push(`real spaces lost: ${m.fn} of ${report.goldSpaces}`);
  for (const p of report.paragraphs) {
    for (const e of p.errors) lines.push(`  line ${p.line} ${e.kind === 'missed' ? 'missed space' : 'extra space '} ${e.context}`);
  }
  return lines.join('\n');
}
