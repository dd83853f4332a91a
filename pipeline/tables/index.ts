/**
 * The tables stage: structured tables out of the edition's flattened figure and table blocks,
 * driven by the document's table description (tables.yaml), checked against each other and
 * against the claims of the running text. This file only wires the parsers, builders, checks and
 * writers of this folder together; see README.md.
 */
import type { Table } from 'mdast';
import type { VFile } from 'vfile';
import type { Edition } from '../edition/edition.js';
import type { MappedText } from '../text/mapped-text.js';
import { checkClaims, type TableData } from './claims.js';
import {
  anchoredListDisplay,
  budgetTreeDisplay,
  cellSequenceDisplay,
  figureGroupsDisplay,
  groupedListDisplay,
  numberedListDisplay,
  type DisplayTable,
} from './display.js';
import { finding, reportFindings, sortFindings, type Finding } from './findings.js';
import { blockKey, contentLines, findBlock } from './lines.js';
import { Linker, type TableGlossary } from './link.js';
import { buildMapRows, buildMeasureRows, buildProjectRows, checkCategorySums, checkCounts } from './meti.js';
import { buildClusterMapRows, buildClusterRows, buildCriteriaRows } from './mext.js';
import { parseAnchoredList } from './parse-anchored-list.js';
import { parseBudgetTree, type CellRepair } from './parse-budget-tree.js';
import { parseCellSequence } from './parse-cell-sequence.js';
import { parseFigureGroups } from './parse-figure-groups.js';
import { parseGroupedList } from './parse-grouped-list.js';
import { parseNumberedList, trialRegions } from './parse-numbered-list.js';
import { collectProgrammes } from './programmes.js';
import { toCsv, toJson, toMarkdown, toMdastTable } from './render.js';
import type { MetiProjectRow, MextClusterMapRow } from './rows.js';
import { loadTableSpecFile, type TableDescription, type TableSpec } from './spec.js';

export type { Finding } from './findings.js';
export type { CellRepair } from './parse-budget-tree.js';
export type { TableGlossary, LinkEntry } from './link.js';
export type { TableSpec } from './spec.js';
export { TABLE_RULES, type TableRuleId } from './rules.js';

/** What the tables stage hands back for one document. */
export interface TablesResult {
  /** Output files, relative to the document's output folder: 'tables/<name>.{json,csv,md}', 'programmes.json'. */
  readonly files: Map<string, string>;
  /** The mdast Table of each parsed block, by 'table-1', 'table-3', 'table-4', 'figure-3' (and the other blocks described). */
  readonly blockTables: Map<string, Table>;
  /** Every finding, sorted by place; also reported on `file` when one is given. */
  readonly findings: Finding[];
  /** Characters restored in cells, in source order, for the edition to show in the printed lines too. */
  readonly repairs: CellRepair[];
}

/** Fields whose strings are not the paper's cell text (glossary values, codes, the printed form kept on purpose). */
const NOT_CELL_TEXT = new Set(['ja', 'romaji', 'standardKo', 'glossaryId', 'status', 'printed', 'category', 'mark', 'table', 'kind']);

/** Apply `mend` to every cell string of the rows (a copy; numbers and glossary values untouched). */
export function mendRows<T>(rows: readonly T[], mend: (text: string) => string): T[] {
  const visit = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string') return key !== undefined && NOT_CELL_TEXT.has(key) ? value : /[\uAC00-\uD7A3] [\uAC00-\uD7A3]/.test(value) ? mend(value) : value;
    if (Array.isArray(value)) return value.map((item) => visit(item, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, visit(item, name)]));
    return value;
  };
  return rows.map((row) => visit(row) as T);
}

/** Read `<folder>/tables.yaml` if present (validated; a bad entry throws a DataError with file, line and field). */
export async function loadTableSpec(folder: string): Promise<TableSpec | undefined> {
  return loadTableSpecFile(folder);
}

/** Extract, check and render the described tables of one edition. */
export function extractTables(
  edition: Edition,
  spec: TableSpec,
  options: { glossary?: TableGlossary; file?: VFile; mend?: (text: string) => string } = {},
): TablesResult {
  const lines = edition.lines;
  const linker = new Linker(options.glossary);
  const findings: Finding[] = [];
  const repairs: CellRepair[] = [];
  const rows = new Map<string, object[]>();
  const categories = new Map<string, Array<{ id: string; budget: Record<string, number | boolean | null> }>>();
  const outputs = new Map<string, { table: TableDescription; display: DisplayTable; extra?: Record<string, unknown> }>();
  const blockTables = new Map<string, Table>();
  // Trial regions read from a numbered list's note, for the table that links to it.
  const trialsByTable = new Map<string, MappedText[]>();

  for (const [id, table] of ordered(spec.tables)) {
    const block = findBlock(edition, table.block);
    if (!block) {
      findings.push(finding('table-block-missing', `${id}: the edition has no ${table.block.kind} ${table.block.number}`, { table: id, args: { table: id, kind: table.block.kind, number: table.block.number } }));
      continue;
    }
    const content = contentLines(block, lines, table.header).lines;
    const tagged = (list: readonly Finding[]) => list.map((item) => ({ ...item, table: item.table ?? id }));
    switch (table.parser) {
      case 'grouped-list': {
        const parsed = parseGroupedList(content, table, lines);
        const built = buildProjectRows(parsed.items, linker, lines, id);
        findings.push(...tagged(parsed.findings), ...checkCounts(built, parsed.items, table.outlier, lines, id));
        rows.set(id, built);
        outputs.set(id, { table, display: groupedListDisplay(table.columns, parsed.items) });
        break;
      }
      case 'figure-groups': {
        const parsed = parseFigureGroups(content, table, lines);
        const projects = (rows.get(table.linksTo) ?? []) as MetiProjectRow[];
        const built = buildMapRows(parsed.items, projects, table.minSimilarity, lines, id);
        findings.push(...tagged(parsed.findings), ...built.findings);
        rows.set(id, built.rows);
        const name = (number: number) => projects.find((row) => row.number === number)?.project.ko ?? '';
        outputs.set(id, { table, display: figureGroupsDisplay(table.columns, parsed.items, built.rows, name) });
        break;
      }
      case 'budget-tree': {
        const parsed = parseBudgetTree(content, table, lines);
        repairs.push(...parsed.repairs);
        const built = buildMeasureRows(parsed.totals, parsed.measures, lines);
        findings.push(...tagged(parsed.findings), ...checkCategorySums(built.categories, built.rows, table.sumTolerance, id));
        rows.set(id, built.rows);
        categories.set(id, built.categories.map((category) => ({ id: category.id, budget: { ...category.budget } })));
        outputs.set(id, { table, display: budgetTreeDisplay(table.columns, parsed.totals, parsed.measures, table.labels), extra: { categories: built.categories } });
        break;
      }
      case 'anchored-list': {
        const parsed = parseAnchoredList(content, table, lines);
        findings.push(...tagged(parsed.findings));
        rows.set(id, buildCriteriaRows(parsed.items, lines));
        outputs.set(id, { table, display: anchoredListDisplay(table.columns, parsed.items) });
        break;
      }
      case 'numbered-list': {
        const parsed = parseNumberedList(content, lines);
        findings.push(...tagged(parsed.findings));
        const built = buildClusterMapRows(parsed.items, linker, lines, id);
        const trials = trialRegions(block.notes, table.trial);
        rows.set(id, built);
        outputs.set(id, { table, display: numberedListDisplay(table.columns, parsed.items), extra: { trialRegions: trials.map((trial) => trial.text) } });
        trialsByTable.set(id, trials);
        break;
      }
      case 'cell-sequence': {
        const parsed = parseCellSequence(content, table, lines);
        const clusters = (rows.get(table.linksTo) ?? []) as MextClusterMapRow[];
        const built = buildClusterRows(parsed.rows, clusters, trialsByTable.get(table.linksTo) ?? [], table, linker, lines, id);
        findings.push(...tagged(parsed.findings), ...built.findings);
        rows.set(id, built.rows);
        outputs.set(id, { table, display: cellSequenceDisplay(table.columns, parsed.rows, table.cells.map((cell) => cell.id)) });
        break;
      }
    }
  }

  const texts = runningTexts(edition);
  const data: TableData = { rows, categories };
  findings.push(...checkClaims(texts, spec.claims, data, lines).findings);
  const programmes = collectProgrammes(texts, spec.programmes, linker, lines);
  findings.push(...programmes.findings);
  findings.push(...linker.findings());

  const files = new Map<string, string>();
  for (const [id, output] of [...outputs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const tableRows = rows.get(id) ?? [];
    // The data files get the cells' text with the spaces printed line wraps left inside words
    // taken out; the Markdown views and the edition keep the cells as printed.
    const dataRows = options.mend ? mendRows(tableRows, options.mend) : tableRows;
    files.set(`tables/${id}.json`, toJson({ rows: dataRows, ...(output.extra ?? {}) }));
    files.set(`tables/${id}.csv`, toCsv(dataRows));
    files.set(`tables/${id}.md`, toMarkdown(output.table.title, output.display));
    blockTables.set(blockKey(output.table.block), toMdastTable(output.display, lines));
  }
  if (spec.programmes.length > 0) files.set('programmes.json', toJson({ programmes: programmes.programmes }));

  const sorted = sortFindings(findings);
  if (options.file) reportFindings(options.file, sorted);
  return { files, blockTables, findings: sorted, repairs: repairs.sort((a, b) => a.offset - b.offset) };
}

/** Tables in an order where each comes after the table it links to. */
function ordered(tables: ReadonlyMap<string, TableDescription>): Array<[string, TableDescription]> {
  const out: Array<[string, TableDescription]> = [];
  const seen = new Set<string>();
  const visit = (id: string, trail: Set<string>) => {
    if (seen.has(id) || trail.has(id)) return;
    const table = tables.get(id)!;
    trail.add(id);
    if ('linksTo' in table) visit(table.linksTo, trail);
    seen.add(id);
    out.push([id, table]);
  };
  for (const id of tables.keys()) visit(id, new Set());
  return out;
}

/** The paragraphs and footnotes, where the claims are. */
function runningTexts(edition: Edition): MappedText[] {
  const texts: MappedText[] = [];
  for (const item of edition.items) if (item.type === 'paragraph') texts.push(item.paragraph.text);
  for (const footnote of edition.footnotes) texts.push(footnote.text);
  return texts;
}
