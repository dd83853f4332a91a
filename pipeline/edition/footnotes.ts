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
  /** The label line that marks the reference's place. */
  readonly reference: Segment;
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
    } else {
      const lines = [...bare, ...carried].map((position) => flow[position].line).join(', ');
      problems.push(`footnote ${number}: cannot pair its labels (lines ${lines}); they stay in the text`);
    }
  }

  const byReference = new Map<number, Footnote>();
  for (const footnote of footnotes) byReference.set(footnote.reference.index, footnote);
  return {
    footnotes,
    flow: flow.filter((_, position) => !remove.has(position) || byReference.has(flow[position].index)),
    byReference,
    problems,
  };
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
