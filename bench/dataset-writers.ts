/**
 * The corpus dataset's Parquet writer, measured against the alternatives on the dataset's own
 * tables (dataset/*.jsonl, repeated --scale times): hyparquet-writer (what kaikyo uses),
 * parquet-wasm (Rust's parquet crate in WebAssembly, fed through apache-arrow) and DuckDB's Node
 * API (COPY … TO from the JSON Lines). Interleaved rounds, median wall time per writer; bytes
 * written; whether two runs give the same bytes; and whether DuckDB reads the list columns back
 * as lists. The other writers are not dependencies: install them for the run with
 * `npm i --no-save parquet-wasm apache-arrow` (DuckDB is a dev dependency).
 *
 *   npm run build && node bin/kaikyo.js dataset && npx tsx bench/dataset-writers.ts [--scale 100] [--runs 5]
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { tableParquet, type TableColumn } from '../pipeline/dataset/formats.js';
import type { ColumnType } from '../pipeline/dataset/columns.js';
import { median, numberOption, secondsSince } from './measure.js';

const scale = numberOption('--scale', 1);
const runs = numberOption('--runs', 5);
const folder = join(import.meta.dirname, '..', 'dataset');
const scratch = mkdtempSync(join(tmpdir(), 'kaikyo-writers-'));

interface Field { name: string; type: string; itemType?: string }
const descriptor = JSON.parse(readFileSync(join(folder, 'datapackage.json'), 'utf8')) as { resources: Array<{ path: string; format: string; schema: { fields: Field[] } }> };
const tables = descriptor.resources
  .filter((resource) => resource.format === 'csv')
  .map((resource) => {
    const name = resource.path.replace(/\.csv$/, '');
    const lines = readFileSync(join(folder, `${name}.jsonl`), 'utf8').split('\n').filter(Boolean);
    const rows = Array.from({ length: scale }, () => lines).flat().map((line) => JSON.parse(line) as Record<string, unknown>);
    const jsonl = join(scratch, `${name}.jsonl`);
    writeFileSync(jsonl, `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
    return { name, fields: resource.schema.fields, rows, jsonl };
  });
const rowCount = tables.reduce((sum, table) => sum + table.rows.length, 0);

const kind = (field: Field): { type: ColumnType; list: boolean } => {
  const type = (field.type === 'array' ? field.itemType : field.type) as ColumnType;
  return { type, list: field.type === 'array' };
};

const duck = await (await DuckDBInstance.create(':memory:')).connect();
const arrow = await import('apache-arrow' as string).catch(() => undefined);
const wasm = await import('parquet-wasm' as string).catch(() => undefined);

type Writer = (table: (typeof tables)[number]) => Promise<Uint8Array>;
const writers: Record<string, Writer | undefined> = {
  'hyparquet-writer': async (table) => {
    const columns: TableColumn[] = table.fields.map((field) => ({ name: field.name, ...kind(field), key: false, values: table.rows.map((row) => row[field.name] ?? null) }));
    return tableParquet(columns);
  },
  'parquet-wasm': arrow && wasm
    ? async (table) => {
        const { vectorFromArray, Table, Utf8, Int64, Float64, Bool, List, Field: ArrowField, tableToIPC } = arrow;
        const arrowType = (type: ColumnType) => (type === 'integer' ? new Int64() : type === 'number' ? new Float64() : type === 'boolean' ? new Bool() : new Utf8());
        const vectors: Record<string, unknown> = {};
        for (const field of table.fields) {
          const { type, list } = kind(field);
          const convert = (value: unknown): unknown => (value === null || value === undefined ? null : type === 'integer' ? (Array.isArray(value) ? value.map(convert) : BigInt(value as number)) : value);
          const values = table.rows.map((row) => (list ? (row[field.name] as unknown[] | null)?.map(convert) ?? null : convert(row[field.name])));
          vectors[field.name] = vectorFromArray(values, list ? new List(new ArrowField('element', arrowType(type), true)) : arrowType(type));
        }
        const ipc = tableToIPC(new Table(vectors), 'stream');
        return wasm.writeParquet(wasm.Table.fromIPCStream(ipc)) as Uint8Array;
      }
    : undefined,
  'duckdb COPY': async (table) => {
    const types = Object.fromEntries(table.fields.map((field) => {
      const { type, list } = kind(field);
      const sql = type === 'integer' ? 'BIGINT' : type === 'number' ? 'DOUBLE' : type === 'boolean' ? 'BOOLEAN' : 'VARCHAR';
      return [field.name, list ? `${sql}[]` : sql];
    }));
    const columns = `{${Object.entries(types).map(([name, type]) => `'${name}': '${type}'`).join(', ')}}`;
    const out = join(scratch, `${table.name}.duckdb.parquet`);
    await duck.run(`COPY (SELECT * FROM read_json('${table.jsonl}', format = 'newline_delimited', columns = ${columns})) TO '${out}' (FORMAT parquet)`);
    return new Uint8Array(readFileSync(out));
  },
};

const results = new Map<string, { seconds: number[]; bytes: number; digests: Set<string>; lists: boolean }>();
for (let round = 0; round < runs; round++) {
  // Interleaved: every writer once per round, in a rotating order.
  const names = Object.keys(writers).filter((name) => writers[name]);
  for (const name of [...names.slice(round % names.length), ...names.slice(0, round % names.length)]) {
    const started = process.hrtime.bigint();
    const outputs: Uint8Array[] = [];
    for (const table of tables) outputs.push(await writers[name]!(table));
    const seconds = secondsSince(started);
    const entry = results.get(name) ?? { seconds: [], bytes: 0, digests: new Set<string>(), lists: false };
    entry.seconds.push(seconds);
    entry.bytes = outputs.reduce((sum, bytes) => sum + bytes.length, 0);
    entry.digests.add(createHash('sha256').update(Buffer.concat(outputs)).digest('hex'));
    if (round === 0) {
      const file = join(scratch, `check-${name.replace(/\W/g, '-')}.parquet`);
      writeFileSync(file, outputs[tables.findIndex((table) => table.name === 'meti_projects')]);
      const [{ type }] = (await duck.runAndReadAll(`SELECT typeof(fields) AS type FROM '${file}' LIMIT 1`)).getRowObjectsJson() as Array<{ type: string }>;
      entry.lists = type === 'VARCHAR[]';
    }
    results.set(name, entry);
  }
}

console.log(`${tables.length} tables, ${rowCount} rows (scale ${scale}), ${runs} interleaved rounds`);
for (const name of Object.keys(writers)) {
  const entry = results.get(name);
  if (!entry) {
    console.log(`${name.padEnd(18)} not installed (npm i --no-save parquet-wasm apache-arrow)`);
    continue;
  }
  console.log(`${name.padEnd(18)} median ${(median(entry.seconds) * 1000).toFixed(0).padStart(6)} ms  ${String(entry.bytes).padStart(9)} bytes  same bytes every run: ${entry.digests.size === 1}  lists read back as LIST: ${entry.lists}`);
}
duck.closeSync();
rmSync(scratch, { recursive: true, force: true });
