/**
 * Footnotes. The extraction put each superscript reference on a line of its own ("4)") and
 * each footnote body after a second, identical label line at the foot of the page (or, once in
 * a while, on the same line: "3) 100~200마일이라는…"). Which of two equal labels is the body's
 * is decided from the text after it: a footnote body is a single segment that does not end a
 * sentence with a period and is followed by the end of the page, while the text after a
 * reference simply goes on. The body may come before or after its reference.
 */
import type { Segment } from './segments.js';

export interface Footnote {
  readonly number: number;
  /**
   * The label line that marks the reference's place; for a reference inside a line ("활동7)과"),
   * the line that holds it, and `inline` says where.
   */
  readonly reference: Segment;
  /** A reference inside `reference`'s text: 0-based source offset of "N)" and its length. */
  readonly inline?: { readonly start: number; readonly length: number };
  /** The label line in front of the body (undefined when the body carries its own "N) "). */
  readonly bodyLabel?: Segment;
  readonly body: Segment;
  /** Characters at the start of `body` that are its label ("3) "), 0 when none. */
  readonly bodyPrefix: number;
}

export interface FootnotesResult {
  readonly footnotes: Footnote[];
  /** The flow without labels and bodies. */
  readonly flow: Segment[];
  /** reference segment index → footnote, for placing references. */
  readonly byReference: Map<number, Footnote>;
  readonly problems: string[];
}

const LABEL = /^(\d{1,2})\)$/;
const INLINE_BODY = /^(\d{1,2})\)\s+(?=\S)/;
const SENTENCE_END = /[.!?。][’”"')\]]*$/;

/**
 * Pair labels with bodies in `flow` (segments outside figures and tables, in source order).
 * `pageOf` tells where pages end.
 */
export function pairFootnotes(flow: readonly Segment[], pageOf: ReadonlyMap<number, number>): FootnotesResult {
  const labels = new Map<number, number[]>();
  const inline = new Map<number, number[]>();
  flow.forEach((segment, position) => {
    const label = LABEL.exec(segment.text);
    if (label) push(labels, Number(label[1]), position);
    const body = INLINE_BODY.exec(segment.text);
    if (body) push(inline, Number(body[1]), position);
  });

  const footnotes: Footnote[] = [];
  const problems: string[] = [];
  const remove = new Set<number>();
  const numbers = [...new Set([...labels.keys(), ...inline.keys()])].sort((a, b) => a - b);
  for (const number of numbers) {
    const bare = labels.get(number) ?? [];
    const carried = inline.get(number) ?? [];
    if (bare.length === 1 && carried.length === 1) {
      const body = flow[carried[0]];
      footnotes.push({ number, reference: flow[bare[0]], body, bodyPrefix: INLINE_BODY.exec(body.text)![0].length });
      remove.add(bare[0]).add(carried[0]);
    } else if (bare.length === 2 && carried.length === 0) {
      const [a, b] = bare;
      const bodyAt = bodyScore(flow, a, pageOf) > bodyScore(flow, b, pageOf) ? a : b;
      const referenceAt = bodyAt === a ? b : a;
      if (bodyAt + 1 >= flow.length || LABEL.test(flow[bodyAt + 1].text)) {
        problems.push(`footnote ${number}: the label on line ${flow[bodyAt].line} has no body after it`);
        continue;
      }
      footnotes.push({ number, reference: flow[referenceAt], bodyLabel: flow[bodyAt], body: flow[bodyAt + 1], bodyPrefix: 0 });
      remove.add(a).add(b).add(bodyAt + 1);
    } else if (bare.length === 0 && carried.length > 0) {
      // Bodies that carry their label, with references inside the lines: paired below.
    } else {
      const lines = [...bare, ...carried].map((position) => flow[position].line).join(', ');
      problems.push(`footnote ${number}: cannot pair its labels (lines ${lines}); they stay in the text`);
    }
  }
  const paired = new Set(footnotes.map((footnote) => footnote.number));
  for (const footnote of pairInline(flow, pageOf, inline, labels, paired, remove)) footnotes.push(footnote);

  const byReference = new Map<number, Footnote>();
  for (const footnote of footnotes) if (!footnote.inline) byReference.set(footnote.reference.index, footnote);
  return {
    footnotes,
    flow: flow.filter((_, position) => !remove.has(position) || byReference.has(flow[position].index)),
    byReference,
    problems,
  };
}

// A reference glued to the word, bracket or punctuation before it ("활동7)과", "(A요건),9)",
// "기본계획1)에서"), never part of a number ("2011)") or of "(1)" / "2-1)".
const INLINE_REFERENCE = /(?<=[\p{L}\p{M})\]’”」』,.*])(\d{1,2})\)(?!\d)/gu;

/**
 * Bodies at the foot of a page that carry their label ("7) 경작포기지의…"), paired with
 * references inside the page's lines. Only where the numbering allows: the bodies are the last
 * lines of their page, numbered consecutively, and each number has a reference in that page's
 * text before them, in order. Anything else stays as it was printed.
 */
function pairInline(
  flow: readonly Segment[],
  pageOf: ReadonlyMap<number, number>,
  inline: ReadonlyMap<number, number[]>,
  labels: ReadonlyMap<number, number[]>,
  paired: ReadonlySet<number>,
  remove: Set<number>,
): Footnote[] {
  const result: Footnote[] = [];
  // The foot of each page: its last lines that are bodies with their labels.
  let end = flow.length;
  while (end > 0) {
    const page = pageOf.get(flow[end - 1].index);
    let start = end;
    while (start > 0 && pageOf.get(flow[start - 1].index) === page && INLINE_BODY.test(flow[start - 1].text)) start--;
    let pageStart = start;
    while (pageStart > 0 && pageOf.get(flow[pageStart - 1].index) === page) pageStart--;
    const bodies = flow.slice(start, end).map((segment, k) => ({ segment, position: start + k, number: Number(INLINE_BODY.exec(segment.text)![1]) }));
    const consecutive = bodies.every((body, k) => k === 0 || body.number === bodies[k - 1].number + 1);
    if (bodies.length > 0 && consecutive) {
      let from = { segment: pageStart, offset: 0 };
      for (const body of bodies) {
        if (paired.has(body.number) || (labels.get(body.number)?.length ?? 0) > 0 || (inline.get(body.number)?.length ?? 0) !== 1) break;
        const found = findReference(flow, body.number, from, start);
        if (!found) break;
        result.push({ number: body.number, reference: flow[found.segment], inline: { start: flow[found.segment].start + found.offset, length: found.length }, body: body.segment, bodyPrefix: INLINE_BODY.exec(body.segment.text)![0].length });
        remove.add(body.position);
        from = { segment: found.segment, offset: found.offset + found.length };
      }
    }
    end = pageStart;
  }
  return result.sort((a, b) => a.number - b.number);
}

/** The first reference "N)" at or after `from`, before segment `until`. */
function findReference(flow: readonly Segment[], number: number, from: { segment: number; offset: number }, until: number): { segment: number; offset: number; length: number } | undefined {
  for (let position = from.segment; position < until; position++) {
    const text = flow[position].text;
    for (const match of text.matchAll(INLINE_REFERENCE)) {
      if (position === from.segment && match.index! < from.offset) continue;
      if (Number(match[1]) === number) return { segment: position, offset: match.index!, length: match[0].length };
    }
  }
  return undefined;
}

/** How much the segment after the label at `position` looks like a footnote body. */
function bodyScore(flow: readonly Segment[], position: number, pageOf: ReadonlyMap<number, number>): number {
  const next = flow[position + 1];
  if (!next || LABEL.test(next.text)) return -1;
  let score = 0;
  if (!SENTENCE_END.test(next.text)) score += 2;
  const after = flow[position + 2];
  if (!after || pageOf.get(after.index) !== pageOf.get(next.index) || LABEL.test(after.text)) score += 1;
  return score;
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
