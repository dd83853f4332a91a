/**
 * Table 4's shape: a wide table whose cells were flattened in reading order, each cell cut
 * across lines where its column was narrow and several cells merged into one line where they
 * were short. A row starts with its local government (the description's `rowStart` cue); the
 * rest of the row is segmented into the described cells by a small dynamic programme that
 * weighs the evidence: a cell's pattern must hold (an area ends in 지역, an organisation starts
 * with (재)/(주)), a cell's usual ending is rewarded, a boundary at a printed line break is free
 * and one inside a line costs, a line break inside a cell costs unless the line visibly
 * continues ("∙", "및", "외", an opening parenthesis). When two segmentations are equally good
 * the row is reported as ambiguous; a hint in the description can settle it.
 */
import { concatAll, slice, type MappedText } from '../text/mapped-text.js';
import type { LineIndex } from '../text/positions.js';
import { compact, squash } from './compact.js';
import { finding, placeOf, type Finding } from './findings.js';
import { balanced, collapse, firstOffset, joinLines, trim, type BlockLine } from './lines.js';
import type { CellSequenceSpec } from './spec.js';

export interface SequenceRow {
  /** The row-start cell (the local government). */
  readonly start: MappedText;
  /** The described cells after it, by cell id. */
  readonly cells: Map<string, MappedText>;
  /** The merged group label printed before this row, if any ("칸사이 광역 클러 스터"). */
  readonly group?: MappedText;
  /** True when another segmentation scored the same. */
  readonly ambiguous: boolean;
  readonly line: number;
  readonly index: number;
}

interface Token {
  readonly text: MappedText;
  /** Index of its line in the row's lines. */
  readonly lineIndex: number;
  /** 0-based start and end in that line's text. */
  readonly start: number;
  readonly end: number;
  readonly lineStart: boolean;
}

/** What a cell costs or earns, in the units of one line break inside a cell. */
export const COSTS = {
  boundaryInsideLine: 2,
  boundaryAfterContinuation: 3,
  breakInsideCell: 1,
  /** A break before a short line costs less: a word alone on a line is the tail of a wrapped cell. */
  breakBeforeShortLine: 0.5,
  cueEnding: -5,
  unbalanced: 10,
  hint: 10,
} as const;

/** Whitespace-free length up to which a line counts as short (one word of a narrow column). */
export const SHORT_LINE = 6;

const EPSILON = 1e-9;

/** Parse the content lines of a cell-sequence table into rows. */
export function parseCellSequence(lines: readonly BlockLine[], spec: CellSequenceSpec, index: LineIndex): { rows: SequenceRow[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const starts = new RegExp(`^(?:${spec.rowStart.source})$`, 'u');
  const texts = lines.map((line) => collapse(line.text));
  const raw: Array<{ start: MappedText; lines: MappedText[]; group?: MappedText; line: number }> = [];
  let group: MappedText | undefined;
  let afterGroup = false;

  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    if (spec.group.test(squash(text.text))) {
      group = text;
      afterGroup = true;
      continue;
    }
    const current = raw[raw.length - 1];
    const start = afterGroup || !current || rowComplete(current.lines, spec) ? rowStartOf(text, texts[i + 1], starts) : undefined;
    if (start) {
      raw.push({ start: start.cell, lines: start.rest.text.length > 0 ? [start.rest] : [], ...(afterGroup && group ? { group } : {}), line: lines[i].line });
      if (start.usedNext) i++;
      afterGroup = false;
      continue;
    }
    if (!current) {
      findings.push(finding('table-content-unparsed', `text before the first row: "${text.text}"`, { place: placeOf(index, firstOffset(text)) }));
      continue;
    }
    current.lines.push(text);
  }

  const rows = raw.map((row, position) => {
    const segmented = segment(row.lines, spec);
    if (!segmented) {
      findings.push(finding('table-content-unparsed', `row "${row.start.text}": its text could not be divided into ${spec.cells.length} cells`, { place: placeOf(index, firstOffset(row.start)) }));
    } else if (segmented.ambiguous) {
      findings.push(
        finding('table-cell-ambiguous', `row "${row.start.text}": cell boundaries are a guess (another division scores the same)`, {
          place: placeOf(index, firstOffset(row.start)),
          args: { row: row.start.text },
        }),
      );
    }
    const cells = new Map<string, MappedText>();
    spec.cells.forEach((cell, k) => cells.set(cell.id, segmented?.cells[k] ?? { text: '', offsets: new Int32Array(0) }));
    return { start: row.start, cells, ...(row.group ? { group: row.group } : {}), ambiguous: segmented?.ambiguous ?? false, line: row.line, index: position };
  });
  return { rows, findings };
}

/**
 * The row-start cell at the beginning of `text`: the longest run of leading words whose
 * whitespace-free text is wholly the cue (so "오사 카부", cut by a wrap, is one name, and
 * "히로시마현 히로시마중앙…" yields "히로시마현"). A line that is all cue and ends in a
 * separator continues on the next ("교토부, 오사카부," + "나라현").
 */
function rowStartOf(text: MappedText, next: MappedText | undefined, whole: RegExp): { cell: MappedText; rest: MappedText; usedNext: boolean } | undefined {
  if (next && /[,및]$/u.test(squash(text.text)) && whole.test(squash(`${text.text}${next.text}`))) {
    const joined = joinLines([text, next]);
    return { cell: joined, rest: slice(joined, joined.text.length), usedNext: true };
  }
  const words = [...text.text.matchAll(/\S+/gu)];
  for (let count = words.length; count >= 1; count--) {
    const end = words[count - 1].index! + words[count - 1][0].length;
    if (whole.test(squash(text.text.slice(0, end)))) return { cell: slice(text, 0, end), rest: trim(slice(text, end)), usedNext: false };
  }
  return undefined;
}

/**
 * A row is complete once its second-to-last cell has started (its pattern holds for a word),
 * has ended (its `end` cue holds), and a word follows: only then may a line that looks like a
 * row start open the next row ("히로시마현 산업과학기술 연구소" is an institution, not a row).
 */
export function rowComplete(lines: readonly MappedText[], spec: Pick<CellSequenceSpec, 'cells'>): boolean {
  const penultimate = spec.cells[spec.cells.length - 2];
  const tokens = tokenize(lines);
  if (!penultimate?.pattern || !penultimate.end) return tokens.length > 0;
  const first = tokens.findIndex((token) => penultimate.pattern!.test(token.text.text));
  if (first < 0) return false;
  for (let last = first; last < tokens.length - 1; last++) {
    if (penultimate.end.test(cellText(lines, tokens, first, last).text)) return true;
  }
  return false;
}

function tokenize(lines: readonly MappedText[]): Token[] {
  const tokens: Token[] = [];
  lines.forEach((line, lineIndex) => {
    let first = true;
    for (const match of line.text.matchAll(/\S+/gu)) {
      const start = match.index!;
      const end = start + match[0].length;
      tokens.push({ text: slice(line, start, end), lineIndex, start, end, lineStart: first });
      first = false;
    }
  });
  return tokens;
}

/** The text of tokens a..b (inclusive): the printed text on each line, lines joined as printed. */
function cellText(lines: readonly MappedText[], tokens: readonly Token[], a: number, b: number): MappedText {
  const pieces: MappedText[] = [];
  let k = a;
  while (k <= b) {
    let end = k;
    while (end + 1 <= b && tokens[end + 1].lineIndex === tokens[k].lineIndex) end++;
    pieces.push(slice(lines[tokens[k].lineIndex], tokens[k].start, tokens[end].end));
    k = end + 1;
  }
  return pieces.length === 1 ? pieces[0] : joinLines(pieces);
}

/** Segment a row's lines into the described cells; undefined when no division satisfies the patterns. */
export function segment(lines: readonly MappedText[], spec: Pick<CellSequenceSpec, 'cells' | 'continuation' | 'hints'>): { cells: MappedText[]; ambiguous: boolean; cost: number } | undefined {
  const tokens = tokenize(lines);
  const n = tokens.length;
  const cellCount = spec.cells.length;
  if (n < cellCount) return undefined;
  const hinted = new Set<number>();
  for (const hint of spec.hints) {
    tokens.forEach((token, i) => {
      if (squash(token.text.text).startsWith(squash(hint.before))) hinted.add(i);
    });
  }
  // A line visibly continues onto the next when it ends so, or the next line opens so.
  const continues = (i: number) =>
    spec.continuation.endings.test(tokens[i].text.text) || spec.continuation.openings.test(lines[tokens[i + 1].lineIndex].text.trim()) || spec.continuation.openings.test(tokens[i + 1].text.text);

  const shortLine = (line: number) => squash(lines[line].text).length <= SHORT_LINE;
  // The same span of tokens is priced for several cells and many splits: build its text once.
  const spanTexts = new Map<number, string>();
  const spanText = (a: number, b: number): string => {
    const key = a * n + b;
    let text = spanTexts.get(key);
    if (text === undefined) {
      text = cellText(lines, tokens, a, b).text;
      spanTexts.set(key, text);
    }
    return text;
  };
  // What a cell pays for each boundary i (between tokens i and i + 1) it spans, summed once so
  // that a cell's cost is one subtraction: the search prices every cell and span, and looping
  // over the span each time made the stage cubic in a row's length. The costs are multiples of
  // 0.5, so the sums are exact.
  const spanned = new Float64Array(n);
  for (let i = 0; i + 1 < n; i++) {
    let cost = 0;
    if (tokens[i + 1].lineStart && !continues(i)) cost += shortLine(tokens[i + 1].lineIndex) ? COSTS.breakBeforeShortLine : COSTS.breakInsideCell;
    if (hinted.has(i + 1)) cost += COSTS.hint;
    spanned[i + 1] = spanned[i] + cost;
  }
  const cellCost = (k: number, a: number, b: number): number => {
    const cell = spec.cells[k];
    const text = spanText(a, b);
    if (cell.pattern && !cell.pattern.test(text)) return Infinity;
    let cost = 0;
    if (cell.end?.test(text)) cost += COSTS.cueEnding;
    if (!balanced(text)) cost += COSTS.unbalanced;
    return cost + (spanned[b] - spanned[a]);
  };
  const boundaryCost = (i: number): number => {
    // Boundary between token i and i + 1.
    let cost = tokens[i + 1].lineStart ? (spec.continuation.endings.test(tokens[i].text.text) ? COSTS.boundaryAfterContinuation : 0) : COSTS.boundaryInsideLine;
    if (hinted.has(i + 1)) cost -= COSTS.hint;
    return cost;
  };

  // best[k][b]: least cost of cells 0..k with cell k ending at token b; ties[k][b]: an equal alternative exists.
  const best = Array.from({ length: cellCount }, () => new Float64Array(n).fill(Infinity));
  const from = Array.from({ length: cellCount }, () => new Int32Array(n).fill(-1));
  const ties = Array.from({ length: cellCount }, () => new Uint8Array(n));
  for (let b = 0; b < n; b++) best[0][b] = cellCost(0, 0, b);
  for (let k = 1; k < cellCount; k++) {
    for (let b = k; b < n; b++) {
      for (let a = k; a <= b; a++) {
        const before = best[k - 1][a - 1];
        if (before === Infinity) continue;
        const cost = before + boundaryCost(a - 1) + cellCost(k, a, b);
        if (cost < best[k][b] - EPSILON) {
          best[k][b] = cost;
          from[k][b] = a;
          ties[k][b] = ties[k - 1][a - 1];
        } else if (Math.abs(cost - best[k][b]) <= EPSILON && cost !== Infinity) {
          ties[k][b] = 1;
        }
      }
    }
  }
  const total = best[cellCount - 1][n - 1];
  if (total === Infinity) return undefined;
  const cells: MappedText[] = [];
  let b = n - 1;
  for (let k = cellCount - 1; k >= 0; k--) {
    const a = k === 0 ? 0 : from[k][b];
    cells.unshift(cellText(lines, tokens, a, b));
    b = a - 1;
  }
  return { cells, ambiguous: ties[cellCount - 1][n - 1] === 1, cost: total };
}

/** Split an institutions cell at commas, and at a space between two names that both end like an institution. */
export function splitInstitutions(cell: MappedText, rule: CellSequenceSpec['institutions']): MappedText[] {
  const separator = new RegExp(rule.separator.source, 'gu');
  const parts: MappedText[] = [];
  let at = 0;
  for (const match of cell.text.matchAll(separator)) {
    parts.push(trim(slice(cell, at, match.index!)));
    at = match.index! + match[0].length;
  }
  parts.push(trim(slice(cell, at)));
  const out: MappedText[] = [];
  for (const part of parts.filter((piece) => piece.text.length > 0)) {
    const words = [...part.text.matchAll(/\S+/gu)];
    let start = 0;
    for (let i = 0; i + 1 < words.length; i++) {
      if (rule.suffix.test(words[i][0]) && rule.suffix.test(words[i + 1][0].replace(/,$/u, ''))) {
        out.push(trim(slice(part, start, words[i].index! + words[i][0].length)));
        start = words[i + 1].index!;
      }
    }
    out.push(trim(slice(part, start)));
  }
  return out.filter((piece) => piece.text.length > 0);
}

/** Concatenate cells for display (used by tests and the Markdown rendering). */
export function joinCells(cells: readonly MappedText[], separator: MappedText): MappedText {
  const parts: MappedText[] = [];
  cells.forEach((cell, i) => {
    if (i > 0) parts.push(separator);
    parts.push(cell);
  });
  return concatAll(parts);
}
