/**
 * Tables as the edition shows them: the printed columns, one row per printed row, each cell its
 * printed text with the MappedText it came from (so the mdast cell keeps its source position).
 * A merged cell (a bureau over its projects, an item over its criteria) is shown on its first
 * row only, as in print.
 */
import type { MappedText } from '../text/mapped-text.js';
import type { MetiMapRow } from './rows.js';
import type { AnchoredItem } from './parse-anchored-list.js';
import type { CategoryTotal, Measure } from './parse-budget-tree.js';
import type { SequenceRow } from './parse-cell-sequence.js';
import type { FigureItem } from './parse-figure-groups.js';
import type { GroupedItem } from './parse-grouped-list.js';
import type { NumberedItem } from './parse-numbered-list.js';

export interface DisplayCell {
  readonly text: string;
  /** Where the cell's text comes from; absent for a composed cell. */
  readonly from?: MappedText;
}

export interface DisplayTable {
  readonly columns: readonly string[];
  readonly rows: DisplayCell[][];
}

const cell = (from: MappedText | undefined, text = from?.text ?? ''): DisplayCell => (from ? { text, from } : { text });
const plain = (text: string): DisplayCell => ({ text });

/** Table 1 as printed: the bureau heading over its projects. */
export function groupedListDisplay(columns: readonly string[], items: readonly GroupedItem[]): DisplayTable {
  let previous = '';
  return {
    columns,
    rows: items.map((item) => {
      const heading = `${item.region.text}${item.regionJa ? `(${item.regionJa.text})` : ''} ${item.bureau.text}`;
      const first = heading !== previous;
      previous = heading;
      return [
        first ? cell(item.region, heading) : plain(''),
        cell(item.name),
        plain(item.fields.map((field) => field.text).join(', ')),
        cell(item.firms?.text),
        cell(item.universities?.text),
      ];
    }),
  };
}

/** Figure 2 as a table: bureau, circled number, label, and the Table 1 project it draws. */
export function figureGroupsDisplay(columns: readonly string[], items: readonly FigureItem[], rows: readonly MetiMapRow[], projectName: (row: number) => string): DisplayTable {
  let previous = '';
  return {
    columns,
    rows: items.map((item, index) => {
      const first = item.group.text !== previous;
      previous = item.group.text;
      const row = rows[index];
      return [first ? cell(item.group) : plain(''), plain(item.mark ?? ''), cell(item.name), plain(row?.tableRow ? projectName(row.tableRow) : '')];
    }),
  };
}

/** Table 2: category totals, then the measures in printed order with their category. */
export function budgetTreeDisplay(
  columns: readonly string[],
  totals: readonly CategoryTotal[],
  measures: readonly Measure[],
  labels: { readonly totalLabel: string; readonly newLabel: string },
): DisplayTable {
  const amount = (value: number | undefined) => (value === undefined ? '' : String(value));
  const rows: DisplayCell[][] = totals.map((total) => [
    cell(total.name),
    plain(labels.totalLabel),
    plain(''),
    plain(amount(total.budget.amount)),
    plain(amount(total.budget.supplementary)),
    plain(total.budget.isNew ? labels.newLabel : amount(total.budget.initial)),
    plain(''),
  ]);
  for (const measure of measures) {
    rows.push([
      plain(totals.find((total) => total.category === measure.category)?.name.text ?? ''),
      cell(measure.name, `${measure.mark ? `${measure.mark} ` : ''}${measure.name.text}`),
      cell(measure.support),
      plain(amount(measure.budget.amount)),
      plain(amount(measure.budget.supplementary)),
      plain(measure.budget.isNew ? labels.newLabel : amount(measure.budget.initial)),
      plain(measure.description.map((piece) => piece.text).join(' / ')),
    ]);
  }
  return { columns, rows };
}

/** Table 3: each item over its criteria. */
export function anchoredListDisplay(columns: readonly string[], items: readonly AnchoredItem[]): DisplayTable {
  return {
    columns,
    rows: items.flatMap((item) => (item.criteria.length === 0 ? [[cell(item.item), plain('')]] : item.criteria.map((criterion, index) => [index === 0 ? cell(item.item) : plain(''), cell(criterion)]))),
  };
}

/** Figure 3's list. */
export function numberedListDisplay(columns: readonly string[], items: readonly NumberedItem[]): DisplayTable {
  return {
    columns,
    rows: items.map((item) => [plain(String(item.number)), cell(item.name), plain(item.areas.map((area) => area.text).join(', '))]),
  };
}

/** Table 4: the row-start cell and the segmented cells; a merged group cell printed between rows is a row of its own. */
export function cellSequenceDisplay(columns: readonly string[], rows: readonly SequenceRow[], cellIds: readonly string[]): DisplayTable {
  const display: DisplayCell[][] = [];
  for (const row of rows) {
    // A merged cell printed between rows (a wide-area cluster over its regions) has no column
    // of its own and GFM cannot merge cells: it becomes a row of its own, in the first column,
    // where the print put it, so the edition keeps every printed cell.
    if (row.group) display.push([cell(row.group), ...cellIds.map(() => plain(''))]);
    display.push([cell(row.start), ...cellIds.map((id) => cell(row.cells.get(id), row.cells.get(id)?.text.replace(/[\s,]+$/u, '')))]);
  }
  return { columns, rows: display };
}
