/**
 * Table 2's shape: one line per category with its total ("지역특성을 활용한 기술개발 312억 엔
 * / 보정 38억 엔(229억 엔)"), then measures, each a name, a budget and "- " description
 * lines, several flattened into one line or cut across lines. A measure is found by its budget:
 * the name stands before the budget on the same line, or on the line before when the budget line
 * starts with "-"; everything after the budget up to the next measure's name is its description.
 */
import { slice, type MappedText } from '../text/mapped-text.js';
import type { LineIndex } from '../text/positions.js';
import { squash } from './compact.js';
import { finding, placeOf, type Finding } from './findings.js';
import { collapse, firstOffset, joinLines, split, trim, type BlockLine } from './lines.js';
import { parseNumber } from './numbers.js';
import type { BudgetTreeSpec, CategorySpec } from './spec.js';

/** Amounts in 억 엔 as the table prints them. */
export interface Budget {
  /** FY2003 budget with the FY2002 supplementary budget. */
  readonly amount: number;
  /** The FY2002 supplementary budget included in `amount`, when printed. */
  readonly supplementary?: number;
  /** The FY2002 initial budget, in parentheses; absent for a new measure. */
  readonly initial?: number;
  /** "(신규)": new in FY2003. */
  readonly isNew: boolean;
  readonly text: MappedText;
}

export interface CategoryTotal {
  readonly category: CategorySpec;
  readonly name: MappedText;
  readonly budget: Budget;
  readonly line: number;
}

export interface Measure {
  readonly name: MappedText;
  /** How it is funded, from a trailing parenthesis ("1/2 보조", "위탁"). */
  readonly support?: MappedText;
  /** A category mark that survived extraction ("●"). */
  readonly mark?: string;
  readonly category?: CategorySpec;
  readonly budget: Budget;
  readonly description: MappedText[];
  readonly line: number;
  readonly index: number;
}

/** Parse a budget expression at the start of a match. */
export function readBudget(match: RegExpExecArray, text: MappedText): Budget {
  const groups = match.groups ?? {};
  const number = (key: string) => (groups[key] === undefined ? undefined : parseNumber(groups[key]));
  return {
    amount: number('amount') ?? 0,
    ...(number('supplementary') !== undefined ? { supplementary: number('supplementary') } : {}),
    ...(number('initial') !== undefined ? { initial: number('initial') } : {}),
    isNew: groups.new !== undefined,
    text: slice(text, match.index, match.index + match[0].length),
  };
}

/**
 * A character the stage restored in a cell, for the edition to show in the block's printed lines
 * too (the same decision in both places): insert `insert` before the source unit at `offset`.
 */
export interface CellRepair {
  /** 0-based source offset of the unit the insertion goes before. */
  readonly offset: number;
  readonly insert: string;
  readonly reason: string;
}

/** Parse the content lines of a budget table. */
export function parseBudgetTree(
  lines: readonly BlockLine[],
  spec: BudgetTreeSpec,
  index: LineIndex,
): { totals: CategoryTotal[]; measures: Measure[]; findings: Finding[]; repairs: CellRepair[] } {
  const findings: Finding[] = [];
  const repairs: CellRepair[] = [];
  const totals: CategoryTotal[] = [];
  const measures: Measure[] = [];
  const budgetPattern = new RegExp(spec.budget.source, 'u');
  // Lines read since the last budget: the previous measure's description, perhaps ending with the next name.
  let pending: MappedText[] = [];
  let open: { name: MappedText; budget: Budget; line: number; after: MappedText } | undefined;

  const close = (description: MappedText[]) => {
    if (!open) return;
    measures.push(buildMeasure(open.name, open.budget, [open.after, ...description], open.line, measures.length, spec, index, findings, repairs));
    open = undefined;
  };

  for (const line of lines) {
    const text = collapse(line.text);
    const category = spec.categories.find((candidate) => squash(text.text).startsWith(squash(candidate.name)));
    const match = budgetPattern.exec(text.text);
    if (category && match) {
      totals.push({ category, name: trim(slice(text, 0, match.index)), budget: readBudget(match, text), line: line.line });
      continue;
    }
    if (!match) {
      pending.push(text);
      continue;
    }
    let name = trim(slice(text, 0, match.index)).text.length > 0 ? trim(slice(text, 0, match.index)) : undefined;
    if (name) name = stripDash(name);
    if (!name || name.text.length === 0) {
      // "- 55.7억 엔(55.5억 엔)": the name is the line before.
      name = pending.pop();
    }
    close(pending);
    pending = [];
    if (!name) {
      findings.push(finding('table-content-unparsed', `a budget without a measure name: "${text.text}"`, { place: placeOf(index, firstOffset(text)) }));
      continue;
    }
    open = { name, budget: readBudget(match, text), line: line.line, after: slice(text, match.index + match[0].length) };
  }
  close(pending);
  for (const category of spec.categories) {
    if (!totals.some((total) => total.category === category)) {
      findings.push(finding('table-content-unparsed', `no total line for the category "${category.name}"`, { place: lines[0] ? placeOf(index, firstOffset(lines[0].text)) : undefined }));
    }
  }
  return { totals, measures, findings, repairs };
}

function stripDash(text: MappedText): MappedText {
  const match = /\s*-\s*$/u.exec(text.text);
  return match ? trim(slice(text, 0, match.index)) : text;
}

function buildMeasure(
  raw: MappedText,
  budget: Budget,
  after: MappedText[],
  line: number,
  position: number,
  spec: BudgetTreeSpec,
  index: LineIndex,
  findings: Finding[],
  repairs: CellRepair[],
): Measure {
  let name = raw;
  let mark: string | undefined;
  const markMatch = spec.mark.exec(name.text);
  if (markMatch) {
    mark = markMatch[0].trim();
    name = slice(name, markMatch[0].length);
  }
  // A trailing "(1/2 보조)" or "(위탁)" says how the measure is funded.
  let support: MappedText | undefined;
  const trailing = /\s*\(([^()]*)\)$/u.exec(name.text);
  if (trailing && spec.qualifier.test(trailing[1].trim())) {
    const start = trailing.index + trailing[0].indexOf('(') + 1;
    support = trim(slice(name, start, name.text.length - 1));
    name = trim(slice(name, 0, trailing.index));
  } else {
    // "연구개발 위탁)": the opening parenthesis was lost in extraction.
    const lost = /\s+([^\s()]+)\)$/u.exec(name.text);
    if (lost && !name.text.includes('(') && spec.qualifier.test(lost[1])) {
      support = slice(name, lost.index + lost[0].indexOf(lost[1]), name.text.length - 1);
      name = trim(slice(name, 0, lost.index));
      const before = firstOffset(support);
      if (before >= 0) {
        repairs.push({ offset: before, insert: '(', reason: `the opening parenthesis of the qualifier "(${lost[1]})" was lost in extraction (the tables stage reads "${lost[1]})" as that qualifier)` });
      }
      findings.push(
        finding('table-cell-repaired', `measure "${name.text}": "${lost[1]})" read as the qualifier "(${lost[1]})", whose opening parenthesis was lost`, {
          place: placeOf(index, firstOffset(raw)),
          actual: `${lost[1]})`,
          expected: `(${lost[1]})`,
          args: { measure: name.text, qualifier: lost[1] },
        }),
      );
    }
  }
  const matched = spec.categories.filter((category) => category.cues.some((cue) => squash(name.text).includes(squash(cue))));
  if (matched.length !== 1) {
    findings.push(
      finding('table-category-unknown', matched.length === 0 ? `measure "${name.text}": no category cue matches` : `measure "${name.text}": cues of several categories match (${matched.map((category) => category.id).join(', ')})`, {
        place: placeOf(index, firstOffset(raw)),
        args: { measure: name.text, candidates: matched.map((category) => category.id).join(', ') },
      }),
    );
  }
  const description = split(joinLines(after.filter((piece) => piece.text.trim().length > 0)), /(?:^|\s)-\s+/u);
  return {
    name,
    ...(support ? { support } : {}),
    ...(mark ? { mark } : {}),
    ...(matched.length === 1 ? { category: matched[0] } : {}),
    budget,
    description,
    line,
    index: position,
  };
}
