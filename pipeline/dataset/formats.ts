/**
 * A dataset table in its three files: CSV (UTF-8 with a BOM, RFC 4180, CRLF; a list is its JSON
 * array text, an empty cell is a null), JSON Lines (one object per row, lists as arrays) and
 * Parquet (lists as LIST columns). Every writer is deterministic: the same rows give the same
 * bytes on any machine.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { Column, ColumnType } from './columns.js';

/** A column of a written table: the key columns and the record's, with their values by row. */
export interface TableColumn {
  readonly name: string;
  readonly type: ColumnType;
  readonly list: boolean;
  /** Key columns hold a value in every row. */
  readonly key: boolean;
  readonly values: unknown[];
}

/** Written into the Parquet footer instead of the writer's own name (no version: the bytes must not change with it). */
const CREATED_BY = 'kaikyo';

/**
 * The CSV text: a BOM (so that Excel reads UTF-8), the header of column names, CRLF records,
 * RFC 4180 quoting. Written here rather than by csv-stringify (which the per-document CSVs use)
 * because a corpus table has hundreds of thousands of rows and csv-stringify spends about five
 * times longer on them (3.9 s against 0.8 s for the 54,000 rows of 60 copies of the seed, median
 * of 5 interleaved rounds); a test checks that both give the same bytes.
 */
export function tableCsv(columns: readonly TableColumn[], rowCount: number): string {
  const lines: string[] = [`\uFEFF${columns.map((column) => csvQuote(column.name)).join(',')}`];
  for (let row = 0; row < rowCount; row++) lines.push(columns.map((column) => csvQuote(csvCell(column.values[row]))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** A field in double quotes (inner quotes doubled) when it holds a comma, a quote or a line break. */
export function csvQuote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return JSON.stringify(value);
  return String(value);
}

/** The JSON Lines text: one object per row, keys in column order, null for a missing value. */
export function tableJsonLines(columns: readonly TableColumn[], rowCount: number): string {
  // An object per row and one JSON.stringify: faster than writing each value's JSON (measured).
  let text = '';
  for (let row = 0; row < rowCount; row++) {
    const record: Record<string, unknown> = {};
    for (const column of columns) record[column.name] = column.values[row] ?? null;
    text += `${JSON.stringify(record)}\n`;
  }
  return text;
}

type SchemaElement = Record<string, unknown>;

/**
 * The Parquet bytes. hyparquet-writer (pure JavaScript, no native binary; chosen by measurement,
 * see pipeline/dataset/README.md) writes what it is given in an explicit schema: integers as
 * INT64, numbers as DOUBLE, text and JSON text as UTF-8 strings, lists as the standard
 * three-level LIST of nullable elements; every column but the keys is nullable.
 */
export function tableParquet(columns: readonly TableColumn[]): Uint8Array {
  const schema: SchemaElement[] = [{ name: 'root', num_children: columns.length }];
  for (const column of columns) {
    const leaf = (name: string, repetition: string) => ({ name, ...physical(column.type), repetition_type: repetition });
    if (column.list) {
      schema.push({ name: column.name, repetition_type: 'OPTIONAL', converted_type: 'LIST', num_children: 1 });
      schema.push({ name: 'list', repetition_type: 'REPEATED', num_children: 1 });
      schema.push(leaf('element', 'OPTIONAL'));
    } else schema.push(leaf(column.name, column.key ? 'REQUIRED' : 'OPTIONAL'));
  }
  const columnData = columns.map((column) => ({
    name: column.name,
    data: column.type === 'integer' ? column.values.map((value) => toBigInt(value)) : column.values.map((value) => value ?? null),
  }));
  // One row group: the tables are small enough, and a fixed grouping keeps merged shards byte-identical.
  const rowCount = columns[0]?.values.length ?? 0;
  return new Uint8Array(parquetWriteBuffer({ columnData, schema: schema as never, createdBy: CREATED_BY, rowGroupSize: Math.max(1, rowCount) } as never));
}

function physical(type: ColumnType): SchemaElement {
  switch (type) {
    case 'integer':
      return { type: 'INT64' };
    case 'number':
      return { type: 'DOUBLE' };
    case 'boolean':
      return { type: 'BOOLEAN' };
    default:
      return { type: 'BYTE_ARRAY', converted_type: 'UTF8' };
  }
}

function toBigInt(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toBigInt);
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  throw new Error(`an integer column holds ${JSON.stringify(value)}`);
}

/** The table's columns with their values: the keys', then the record's. */
export function tableColumns(keys: ReadonlyArray<{ name: string; type: 'string' | 'integer' }>, columns: readonly Column[], rows: ReadonlyArray<{ keys: readonly unknown[]; values: readonly unknown[] }>): TableColumn[] {
  return [
    ...keys.map((key, index) => ({ name: key.name, type: key.type, list: false, key: true, values: rows.map((row) => row.keys[index]) })),
    ...columns.map((column, index) => ({ name: column.name, type: column.type, list: column.list, key: false, values: rows.map((row) => row.values[index]) })),
  ];
}
