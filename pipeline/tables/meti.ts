/**
 * Output rows of the METI tables (Table 1, Figure 2, Table 2) from the parsed structures, and
 * the checks that compare them with each other: counts against their columns, the figure
 * against the table, measures against their category totals.
 */
import { slice } from '../text/mapped-text.js';
import type { LineIndex } from '../text/positions.js';
import { finding, type Finding } from './findings.js';
import type { Linker } from './link.js';
import { difference, looseKey, similarity } from './names.js';
import { roundTenth } from './numbers.js';
import type { FigureItem } from './parse-figure-groups.js';
import type { CountCell, GroupedItem } from './parse-grouped-list.js';
import type { CategoryTotal, Measure } from './parse-budget-tree.js';
import { lineOfCell, named, placeOfCell, type MetiCategoryRow, type MetiMapRow, type MetiMeasureRow, type MetiProjectRow } from './rows.js';

const PLACE_KINDS = ['region', 'prefecture', 'city', 'area'] as const;

/** Table 1 rows, with their places and bureaus linked to the glossary. */
export function buildProjectRows(items: readonly GroupedItem[], linker: Linker, lines: LineIndex, table: string): MetiProjectRow[] {
  return items.map((item) => {
    const place = placeOfCell(lines, item.region);
    const ja = item.regionJa?.text;
    const region = named(linker.link(item.region.text, ['region'], { ja, place, table }), ja);
    const bureauName = `${item.region.text} ${item.bureau.text}`;
    const bureau = named(linker.link(bureauName, ['bureau'], { place, table }));
    const places = linker.namesIn(item.nameKo, PLACE_KINDS, (at) => placeOfCell(lines, slice(item.nameKo, Math.max(0, at))), table).map((linked) => named(linked));
    const count = (cell: CountCell | undefined) => (cell ? cell.value : null);
    const approx = (cell: CountCell | undefined) => (cell ? cell.approximate : null);
    return {
      number: item.index + 1,
      region,
      bureau: { ...bureau, ko: bureauName },
      project: { ko: item.nameKo.text, ja: item.nameJa?.text ?? null, printed: item.name.text, places },
      fields: item.fields.map((field) => field.text),
      firms: count(item.firms),
      firmsApproximate: approx(item.firms),
      universities: count(item.universities),
      universitiesApproximate: approx(item.universities),
      source: {
        line: lineOfCell(lines, item.region),
        cells: {
          region: lineOfCell(lines, item.region),
          bureau: lineOfCell(lines, item.bureau),
          project: lineOfCell(lines, item.name),
          fields: lineOfCell(lines, item.fields[0] ?? item.details),
          firms: lineOfCell(lines, item.firms?.text ?? item.details),
          universities: lineOfCell(lines, item.universities?.text ?? item.details),
        },
      },
    };
  });
}

/**
 * Counts against their columns: a missing count; a count far above its column's median, or far
 * outside its own column's range and inside another's (a shifted cell); a count
 * written with or without 약 against the rest of its column.
 */
export function checkCounts(rows: readonly MetiProjectRow[], items: readonly GroupedItem[], limits: { median: number; range: number }, lines: LineIndex, table: string): Finding[] {
  const factor = limits.median;
  const findings: Finding[] = [];
  const columns = ['firms', 'universities'] as const;
  const values = (column: (typeof columns)[number], except?: number) =>
    rows.filter((row) => row.number !== except && row[column] !== null).map((row) => row[column] as number);
  rows.forEach((row, index) => {
    const item = items[index];
    const place = placeOfCell(lines, item.details);
    for (const column of columns) {
      const value = row[column];
      if (value === null) {
        findings.push(
          finding('table-count-missing', `"${row.project.ko}": no ${column} count in "(${item.details.text})"`, {
            place,
            table,
            actual: item.details.text,
            args: { row: row.number, project: row.project.ko, column },
          }),
        );
        continue;
      }
      const others = values(column, row.number);
      const median = medianOf(others);
      const otherColumn = columns.find((candidate) => candidate !== column)!;
      const theirs = values(otherColumn, row.number);
      const outside = others.length > 0 && (value > limits.range * Math.max(...others) || value * limits.range < Math.min(...others));
      const fitsOther = theirs.length > 0 && value >= Math.min(...theirs) && value <= Math.max(...theirs);
      const cellPlace = placeOfCell(lines, (column === 'firms' ? item.firms : item.universities)?.text) ?? place;
      if ((outside && fitsOther) || (median > 0 && value > factor * median)) {
        const reason = outside && fitsOther
          ? `lies far outside the other ${column} counts (${Math.min(...others)}–${Math.max(...others)}) and inside the ${otherColumn} counts (${Math.min(...theirs)}–${Math.max(...theirs)})`
          : `is more than ${factor} times the median of the other ${column} counts (${median})`;
        findings.push(
          finding('table-count-outlier', `"${row.project.ko}": ${value} ${column} ${reason}`, {
            place: cellPlace,
            table,
            actual: String(value),
            note: row[otherColumn] === null ? `The row has no ${otherColumn} count: the number may belong to that column.` : undefined,
            args: { row: row.number, project: row.project.ko, column, value, median },
          }),
        );
      }
      const approximate = column === 'firms' ? row.firmsApproximate : row.universitiesApproximate;
      const sameForm = rows.filter((other) => other.number !== row.number && (column === 'firms' ? other.firmsApproximate : other.universitiesApproximate) === approximate).length;
      const otherForm = rows.filter((other) => other.number !== row.number && (column === 'firms' ? other.firmsApproximate : other.universitiesApproximate) === !approximate).length;
      if (otherForm > 0 && sameForm === 0) {
        findings.push(
          finding('table-count-form', `"${row.project.ko}": the ${column} count is written ${approximate ? 'with' : 'without'} 약, unlike every other row`, {
            place: cellPlace,
            table,
            args: { row: row.number, project: row.project.ko, column, approximate: Boolean(approximate) },
          }),
        );
      }
    }
  });
  return findings;
}

function medianOf(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Figure 2 rows linked to Table 1 rows of the same bureau by name similarity (best pairs first),
 * with findings for a bureau whose counts differ, a label that matches no row, and names that
 * differ in wording.
 */
export function buildMapRows(items: readonly FigureItem[], projects: readonly MetiProjectRow[], minSimilarity: number, lines: LineIndex, table: string): { rows: MetiMapRow[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const matches = new Map<number, { row: MetiProjectRow; score: number }>();
  const groups = [...new Set(items.map((item) => looseKey(item.group.text)))];
  for (const group of groups) {
    const drawn = items.map((item, index) => ({ item, index })).filter(({ item }) => looseKey(item.group.text) === group);
    const listed = projects.filter((row) => looseKey(row.bureau.ko) === group);
    const label = drawn[0].item.group.text;
    if (drawn.length !== listed.length) {
      findings.push(
        finding('table-figure-count', `${label}: the figure draws ${drawn.length} project(s), the table lists ${listed.length}`, {
          place: placeOfCell(lines, drawn[0].item.group),
          cause: listed[0] ? { line: listed[0].source.line, column: 1 } : undefined,
          table,
          actual: String(drawn.length),
          expected: String(listed.length),
          args: { bureau: label, figure: drawn.length, table: listed.length },
        }),
      );
    }
    const pairs = drawn.flatMap(({ item, index }) => listed.map((row) => ({ index, row, score: similarity(item.name.text, row.project.ko) })));
    pairs.sort((a, b) => b.score - a.score || a.index - b.index || a.row.number - b.row.number);
    const usedRows = new Set<number>();
    for (const pair of pairs) {
      if (pair.score < minSimilarity || matches.has(pair.index) || usedRows.has(pair.row.number)) continue;
      matches.set(pair.index, { row: pair.row, score: pair.score });
      usedRows.add(pair.row.number);
    }
    for (const { item, index } of drawn) {
      const match = matches.get(index);
      if (!match) {
        findings.push(
          finding('table-figure-unmatched', `${label}: the figure's "${item.name.text}" matches no project of the table`, {
            place: placeOfCell(lines, item.name),
            table,
            actual: item.name.text,
            args: { bureau: label, project: item.name.text },
          }),
        );
        continue;
      }
      const differs = difference(item.name.text, match.row.project.ko);
      if (differs) {
        findings.push(
          finding('table-name-differs', `the figure writes "${item.name.text}" where the table has "${match.row.project.ko}" ("${differs.actual}" against "${differs.expected}")`, {
            place: placeOfCell(lines, item.name),
            cause: { line: match.row.source.cells.project as number, column: 1 },
            table,
            actual: differs.actual,
            expected: differs.expected,
            args: { figure: item.name.text, table: match.row.project.ko },
          }),
        );
      }
    }
    for (const row of listed) {
      if (!usedRows.has(row.number)) {
        findings.push(
          finding('table-figure-unmatched', `${label}: the table's "${row.project.ko}" is not drawn in the figure`, {
            place: { line: row.source.cells.project as number, column: 1 },
            table,
            actual: row.project.ko,
            args: { bureau: label, project: row.project.ko },
          }),
        );
      }
    }
  }
  const rows = items.map((item, index) => {
    const match = matches.get(index);
    return {
      number: index + 1,
      bureau: item.group.text,
      mark: item.mark ?? null,
      project: item.name.text,
      tableRow: match?.row.number ?? null,
      similarity: match ? Math.round(match.score * 100) / 100 : null,
      source: { line: item.line, cells: { bureau: lineOfCell(lines, item.group), project: lineOfCell(lines, item.name) } },
    };
  });
  return { rows, findings };
}

/** Table 2 rows: category totals and measures. */
export function buildMeasureRows(totals: readonly CategoryTotal[], measures: readonly Measure[], lines: LineIndex): { categories: MetiCategoryRow[]; rows: MetiMeasureRow[] } {
  const categories = totals.map((total) => ({
    id: total.category.id,
    name: total.name.text,
    budget: budgetCells(total.budget),
    source: { line: total.line, cells: { name: lineOfCell(lines, total.name), budget: lineOfCell(lines, total.budget.text) } },
  }));
  const rows = measures.map((measure) => ({
    number: measure.index + 1,
    category: measure.category?.id ?? null,
    categoryName: totals.find((total) => total.category === measure.category)?.name.text ?? null,
    measure: measure.name.text,
    support: measure.support?.text ?? null,
    mark: measure.mark ?? null,
    budget: budgetCells(measure.budget),
    description: measure.description.map((piece) => piece.text),
    source: {
      line: lineOfCell(lines, measure.name),
      cells: {
        measure: lineOfCell(lines, measure.name),
        budget: lineOfCell(lines, measure.budget.text),
        description: measure.description.map((piece) => lineOfCell(lines, piece)),
      },
    },
  }));
  return { categories, rows };
}

function budgetCells(budget: Measure['budget']) {
  return { amount: budget.amount, supplementary: budget.supplementary ?? null, initial: budget.initial ?? null, isNew: budget.isNew };
}

/** Each category's total against the sum of its measures, per budget column. */
export function checkCategorySums(categories: readonly MetiCategoryRow[], rows: readonly MetiMeasureRow[], tolerance: number, table: string): Finding[] {
  const findings: Finding[] = [];
  const columns = [
    { key: 'amount', label: 'FY2003 (with the FY2002 supplementary budget)' },
    { key: 'supplementary', label: 'FY2002 supplementary' },
    { key: 'initial', label: 'FY2002 initial' },
  ] as const;
  for (const category of categories) {
    const members = rows.filter((row) => row.category === category.id);
    for (const column of columns) {
      const total = category.budget[column.key];
      const sum = roundTenth(members.reduce((acc, row) => acc + (row.budget[column.key] ?? 0), 0));
      if (total === null && sum === 0) continue;
      const expected = total ?? 0;
      const place = { line: category.source.line, column: 1 };
      const args = { category: category.name, categoryId: category.id, column: column.key, total: expected, sum, measures: members.length };
      if (Math.abs(sum - expected) <= tolerance) {
        findings.push(finding('table-sum-agrees', `${category.name}: the ${members.length} measures sum to ${sum}억 엔 (${column.label}), as the category total ${expected}억 엔`, { place, table, args }));
        continue;
      }
      const largest = [...members].sort((a, b) => (b.budget[column.key] ?? 0) - (a.budget[column.key] ?? 0))[0];
      const alone = largest && (largest.budget[column.key] ?? 0) > expected;
      findings.push(
        finding('table-sum-differs', `${category.name}: the ${members.length} measures sum to ${sum}억 엔 (${column.label}), the category total is ${expected}억 엔`, {
          place,
          cause: largest ? { line: largest.source.line, column: 1 } : undefined,
          table,
          actual: String(sum),
          expected: String(expected),
          note: alone ? `"${largest.measure}" alone (${largest.budget[column.key]}억 엔) exceeds the category total: a misprint there is likely.` : 'The measures may be assigned to the wrong category (the category icons were lost in extraction).',
          args,
        }),
      );
    }
  }
  return findings;
}
