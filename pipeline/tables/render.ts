/**
 * Writers for the table outputs: the mdast Table of a block (for the edition), the GFM file
 * tables/<name>.md, the CSV file (UTF-8 with a BOM, RFC 4180 quoting, CRLF records) and the
 * JSON file. All are deterministic: the same rows give the same bytes.
 */
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import type { Root, Table, TableCell, TableRow } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Position } from 'unist';
import { sourceRange } from '../text/mapped-text.js';
import type { LineIndex } from '../text/positions.js';
import type { DisplayCell, DisplayTable } from './display.js';

/** The mdast Table of a display table; cells with a source keep their unist position. */
export function toMdastTable(table: DisplayTable, lines?: LineIndex): Table {
  const row = (cells: readonly DisplayCell[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((cell): TableCell => {
      const position = lines && cell.from ? positionOf(cell, lines) : undefined;
      return { type: 'tableCell', children: cell.text ? [{ type: 'text', value: cell.text, ...(position ? { position } : {}) }] : [], ...(position ? { position } : {}) };
    }),
  });
  const children = [row(table.columns.map((text) => ({ text }))), ...table.rows.map(row)];
  const positions = table.rows.flat().filter((cell) => cell.from).map((cell) => (lines ? positionOf(cell, lines) : undefined)).filter((p): p is Position => p !== undefined);
  const position = positions.length > 0 ? { start: positions[0].start, end: positions.reduce((last, p) => (p.end.offset! > last.end.offset! ? p : last)).end } : undefined;
  return { type: 'table', align: table.columns.map(() => null), children, ...(position ? { position } : {}) };
}

function positionOf(cell: DisplayCell, lines: LineIndex): Position | undefined {
  const range = cell.from ? sourceRange(cell.from) : undefined;
  if (!range) return undefined;
  return { start: lines.point(range.start), end: lines.point(range.end) };
}

// Unpadded tables: padding to align pipes misleads with Hangul and kanji, which are twice as wide.
const writer = unified().use(remarkStringify, { bullet: '-', fences: true }).use(remarkGfm, { singleTilde: false, tablePipeAlign: false });

/** tables/<name>.md: a heading and the GFM table. */
export function toMarkdown(title: string, table: DisplayTable): string {
  const tree: Root = { type: 'root', children: [{ type: 'heading', depth: 1, children: [{ type: 'text', value: title }] }, toMdastTable(table)] };
  return writer.stringify(tree);
}

/** Stable, readable JSON with a final newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * tables/<name>.jsonl: one row per line, as in the JSON file, with the document's id first
 * (`documentId`) so that the files of many documents concatenate into one table. No final
 * comma or bracket to strip: pyarrow, pandas (`lines=True`) and DuckDB read it as it is.
 */
export function toJsonLines(rows: readonly object[], documentId?: string): string {
  return rows.map((row) => `${JSON.stringify(documentId === undefined ? row : { documentId, ...row })}\n`).join('');
}

/**
 * tables/<name>.csv from JSON rows: nested objects become dotted columns ("region.ko"), lists of
 * values are joined with "; ", lists of objects give one joined column per field
 * ("government.places.ko"). Columns follow the order in which the rows first show them; with a
 * `documentId`, it is the first column. The table's schema (schemas/tables/) names its list columns.
 */
export function toCsv(rows: readonly object[], documentId?: string): string {
  const flat = rows.map((row) => flatten(documentId === undefined ? row : { documentId, ...row }));
  const columns: string[] = [];
  for (const record of flat) for (const key of Object.keys(record)) if (!columns.includes(key)) columns.push(key);
  return stringifyCsv(
    flat.map((record) => columns.map((column) => record[column] ?? '')),
    // A cell with a lone LF or CR is quoted too (csv-stringify quotes only CRLF here), or readers split the row there.
    { header: true, columns, bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  );
}

function flatten(value: object, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  for (const [key, item] of Object.entries(value)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (item === null || item === undefined) out[name] = '';
    else if (Array.isArray(item)) {
      // An empty list gives no column of its own: its columns come from the rows that have items.
      if (item.length === 0) continue;
      if (item.every((element) => element === null || typeof element !== 'object')) out[name] = item.map((element) => (element === null ? '' : String(element))).join('; ');
      else {
        const fields: string[] = [];
        for (const element of item) for (const [field, inner] of Object.entries(element as object)) if (!fields.includes(field) && (inner === null || typeof inner !== 'object')) fields.push(field);
        for (const field of fields) out[`${name}.${field}`] = item.map((element) => String((element as Record<string, unknown>)[field] ?? '')).join('; ');
      }
    } else if (typeof item === 'object') flatten(item as object, name, out);
    else out[name] = String(item);
  }
  return out;
}
