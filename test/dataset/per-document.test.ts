/**
 * What a document's output folder gives datasets: tables/<name>.jsonl beside each table's JSON
 * (the same rows, the document id first in each), and document.json (metadata, pages, digests)
 * valid against its schema, with the digests of the files as they are.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { csvListColumns, csvListSentence } from '../../pipeline/dataset/csv-lists.js';
import { ROOT, SEED_SOURCE } from '../helpers/seed.js';

const OUTPUT = join(ROOT, 'output', 'cha-2004-japan-clusters');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('per-document outputs for datasets', () => {
  it('writes tables/<name>.jsonl: the rows of <name>.json, one a line, each with the documentId first', () => {
    const tables = readdirSync(join(OUTPUT, 'tables')).filter((file) => file.endsWith('.json'));
    expect(tables.length).toBeGreaterThan(0);
    for (const file of tables) {
      const rows = JSON.parse(readFileSync(join(OUTPUT, 'tables', file), 'utf8')).rows as object[];
      const text = readFileSync(join(OUTPUT, 'tables', file.replace(/\.json$/, '.jsonl')), 'utf8');
      expect(text.endsWith('\n')).toBe(true);
      const lines = text.split('\n').slice(0, -1).map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines.map((line) => Object.keys(line)[0])).toEqual(rows.map(() => 'documentId'));
      expect(lines).toEqual(rows.map((row) => ({ documentId: 'cha-2004-japan-clusters', ...row })));
    }
  });

  it('declares the list columns of each tables/<name>.csv in its schema, and they are the columns whose cells join items', async () => {
    const duck = await (await DuckDBInstance.create(':memory:')).connect();
    try {
      for (const file of readdirSync(join(ROOT, 'schemas', 'tables')).filter((name) => name.endsWith('.schema.json') && name !== 'programmes.schema.json')) {
        const name = file.replace(/\.schema\.json$/, '');
        const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'tables', file), 'utf8'));
        expect(schema.description, `${file} (npx tsx scripts/declare-csv-lists.ts)`).toBe(csvListSentence(name, schema));
        const csv = join(OUTPUT, 'tables', `${name}.csv`).replace(/'/g, "''");
        const rows = (await duck.runAndReadAll(`SELECT * FROM read_csv('${csv}', header = true, all_varchar = true)`)).getRowObjectsJson() as Record<string, string | null>[];
        expect(rows.length).toBeGreaterThan(0);
        expect(Object.keys(rows[0])[0]).toBe('documentId');
        for (const row of rows) expect(row.documentId).toBe('cha-2004-japan-clusters');
        // Every column with a joined cell is declared a list column.
        const declared = csvListColumns(schema);
        const joined = Object.keys(rows[0]).filter((column) => rows.some((row) => row[column]?.includes('; ')));
        const isDeclared = (column: string) => declared.some((list) => list === column || (list.endsWith('.*') && column.startsWith(list.slice(0, -1))));
        for (const column of joined) expect(isDeclared(column), `${name}.csv ${column} joins items but is not declared: ${declared.join(', ')}`).toBe(true);
      }
    } finally {
      duck.closeSync();
    }
  });

  it('writes document.json: valid against schemas/document.schema.json, with the digests of the source and of every other output', () => {
    const record = JSON.parse(readFileSync(join(OUTPUT, 'document.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'document.schema.json'), 'utf8')));
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    expect(record.id).toBe('cha-2004-japan-clusters');
    expect(record.pages).toMatchObject({ announced: 17, present: 14 });
    expect(record.source.sha256).toBe(sha256(readFileSync(SEED_SOURCE)));
    const listed = (record.outputs as Array<{ file: string; bytes: number; sha256: string }>).map((output) => output.file);
    const onDisk = readdirSync(OUTPUT, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(OUTPUT.length + 1).replace(/\\/g, '/')).filter((file) => file !== 'document.json').sort();
    expect(listed).toEqual(onDisk);
    for (const output of record.outputs) {
      const bytes = readFileSync(join(OUTPUT, output.file));
      expect([output.bytes, output.sha256], output.file).toEqual([bytes.length, sha256(bytes)]);
    }
  });
});
