/**
 * The corpus dataset of the committed output/: rebuilt byte for byte as committed in dataset/;
 * datapackage.json valid for the Frictionless library (descriptor, every CSV's types, primary
 * and foreign keys); every Parquet file read by DuckDB with the same rows as its JSON Lines and
 * CSV; the card's queries give the seed's counts; Python reads the CSV and JSON Lines.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../pipeline/cli/main.js';
import { buildDataset } from '../../pipeline/dataset/build.js';
import { ROOT } from '../helpers/seed.js';

const scratch = mkdtempSync(join(tmpdir(), 'kaikyo-dataset-'));
const built = join(scratch, 'dataset');
const COMMITTED = join(ROOT, 'dataset');
const SEED_OUTPUT = join(ROOT, 'output', 'cha-2004-japan-clusters');
let duck: DuckDBConnection;

beforeAll(async () => {
  await buildDataset({ inputs: [join(ROOT, 'output')], out: built, glossary: join(ROOT, 'glossary'), description: join(ROOT, 'corpus', 'dataset.yaml') });
  duck = await (await DuckDBInstance.create(':memory:')).connect();
  // The card's queries name the files relative to the dataset folder.
  await duck.run(`SET file_search_path = '${built.replace(/'/g, "''")}'`);
});
afterAll(() => {
  duck?.closeSync();
  rmSync(scratch, { recursive: true, force: true });
});

const files = () => readdirSync(built).sort();
const tableNames = () => files().filter((file) => file.endsWith('.parquet')).map((file) => file.slice(0, -'.parquet'.length));
const jsonLines = (table: string) => readFileSync(join(built, `${table}.jsonl`), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
async function query(sql: string): Promise<Record<string, unknown>[]> {
  return (await duck.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}

describe('kaikyo dataset', () => {
  it('rebuilds exactly the committed dataset/ (npm start writes it)', () => {
    expect(files()).toEqual(readdirSync(COMMITTED).sort());
    for (const file of files()) expect(Buffer.compare(readFileSync(join(built, file)), readFileSync(join(COMMITTED, file))), file).toBe(0);
  });

  it('has every table in CSV with a BOM, JSON Lines and Parquet, a documentId in every row of every document table', () => {
    const tables = tableNames();
    expect(tables).toEqual(expect.arrayContaining(['documents', 'names', 'findings', 'apparatus', 'programmes', 'meti_projects', 'mext_clusters', 'glossary_entries']));
    for (const table of tables) {
      expect(readFileSync(join(built, `${table}.csv`)).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const rows = jsonLines(table);
      if (table !== 'glossary_entries') for (const row of rows) expect(row.documentId, table).toBe('cha-2004-japan-clusters');
    }
  });

  it('holds every name occurrence, finding occurrence and apparatus entry of the document', () => {
    const names = JSON.parse(readFileSync(join(SEED_OUTPUT, 'names.json'), 'utf8')).names as Array<{ surface: string | null; glossaryId: string | null; source: { offset: number } }>;
    const rows = jsonLines('names');
    expect(rows.map((row) => [row.surface, row.glossaryId, row.source_offset])).toEqual(names.map((name) => [name.surface, name.glossaryId, name.source.offset]));
    const findings = JSON.parse(readFileSync(join(SEED_OUTPUT, 'consistency.json'), 'utf8')).findings as Array<{ ruleId: string; occurrences: Array<{ text: string; line: number }> }>;
    const expected = findings.flatMap((finding): unknown[][] => (finding.occurrences.length > 0 ? finding.occurrences.map((at) => [finding.ruleId, at.text, at.line]) : [[finding.ruleId, null, null]]));
    expect(jsonLines('findings').map((row) => [row.ruleId, row.occurrence_text, row.occurrence_line])).toEqual(expected);
    const apparatus = JSON.parse(readFileSync(join(SEED_OUTPUT, 'apparatus.json'), 'utf8')).entries as unknown[];
    expect(jsonLines('apparatus')).toHaveLength(apparatus.length);
  });

  it('is a valid Frictionless Data Package whose CSVs pass their Table Schemas, primary and foreign keys', async () => {
    const { Package } = (await import('datapackage')).default;
    const pkg = await Package.load(join(built, 'datapackage.json'));
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    const descriptor = pkg.descriptor as { licenses: unknown[]; sources: unknown[]; resources: Array<{ name: string; path: string; format: string; schema: { foreignKeys?: Array<{ fields: string; reference: { resource: string } }> } }> };
    expect(descriptor.licenses.length).toBeGreaterThan(0);
    expect(descriptor.sources).toHaveLength(1);
    const names = descriptor.resources.find((resource) => resource.name === 'names')!;
    expect(names.schema.foreignKeys).toEqual(expect.arrayContaining([
      { fields: 'documentId', reference: { resource: 'documents', fields: 'documentId' } },
      { fields: 'glossaryId', reference: { resource: 'glossary-entries', fields: 'id' } },
    ]));
    const findings = descriptor.resources.find((resource) => resource.name === 'findings')!;
    expect(findings.schema.foreignKeys?.map((key) => key.fields)).toEqual(expect.arrayContaining(['documentId', 'entry', 'occurrence_entry']));
    for (const resource of descriptor.resources) expect(files(), resource.path).toContain(resource.path);

    // datapackage-js reads CSV as plain utf-8 and would take the BOM for part of the first
    // header (Python's utf-8-sig, pandas and DuckDB skip it): read copies without it.
    const plain = join(scratch, 'no-bom');
    cpSync(built, plain, { recursive: true });
    for (const file of readdirSync(plain).filter((name) => name.endsWith('.csv'))) writeFileSync(join(plain, file), readFileSync(join(plain, file)).subarray(3));
    const local = await Package.load(join(plain, 'datapackage.json'));
    for (const resource of local.resources.filter((item) => item.descriptor.format === "csv")) {
      const rows = await resource.read({ keyed: true, relations: true });
      expect(rows.length, resource.name).toBe(jsonLines(resource.descriptor.path.replace(/\.csv$/, '')).length);
    }

    // The validator is not a formality: a glossary id that no entry has is a foreign-key error.
    const broken = readFileSync(join(plain, 'names.csv'), 'utf8').replace(/,person-kato-kazunobu,/, ',person-nobody,');
    writeFileSync(join(plain, 'names.csv'), broken);
    const again = await Package.load(join(plain, 'datapackage.json'));
    await expect(again.getResource('names').read({ relations: true })).rejects.toThrow(/[Ff]oreign key/);
  });

  it('DuckDB reads every Parquet file: the rows of its JSON Lines, lists as LIST columns', async () => {
    for (const table of tableNames()) {
      const [{ n }] = await query(`SELECT count(*)::INTEGER AS n FROM '${table}.parquet'`);
      expect(n, table).toBe(jsonLines(table).length);
      const parquet = await query(`SELECT * FROM '${table}.parquet'`);
      const fromJson = jsonLines(table);
      // Same columns in the same order, and the same values (DuckDB's JSON form writes 64-bit integers as strings).
      expect(Object.keys(parquet[0] ?? {}), table).toEqual(Object.keys(fromJson[0] ?? {}));
      const normalise = (value: unknown): unknown => (typeof value === 'bigint' || typeof value === 'number' ? String(value) : Array.isArray(value) ? value.map(normalise) : value);
      expect(parquet.map((row) => Object.values(row).map(normalise)), table).toEqual(fromJson.map((row) => Object.values(row).map(normalise)));
    }
    const types = await query(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM 'meti_projects.parquet')`);
    expect(types).toEqual(expect.arrayContaining([{ column_name: 'fields', column_type: 'VARCHAR[]' }, { column_name: 'firms', column_type: 'BIGINT' }, { column_name: 'firmsApproximate', column_type: 'BOOLEAN' }]));
  });

  it('runs the card\'s queries: 19 METI projects, 18 MEXT initiatives, the non-standard 東北 and the seed\'s person names', async () => {
    const card = readFileSync(join(built, 'README.md'), 'utf8');
    const front = /^---\n([\s\S]*?)\n---\n/.exec(card);
    expect(front).not.toBeNull();
    const metadata = parseYaml(front![1]) as { license: string; language: string[]; configs: Array<{ config_name: string; data_files: Array<{ path: string }> }> };
    expect(metadata.license).toBeTruthy();
    const link = (metadata as { license_link?: string }).license_link;
    if (metadata.license === 'other') expect(files()).toContain(link);
    expect(metadata.language).toEqual(['ko', 'ja']);
    expect(metadata.configs.map((config) => config.config_name).sort()).toEqual(tableNames());
    for (const config of metadata.configs) for (const file of config.data_files) expect(files()).toContain(file.path);

    const queries = new Map([...card.matchAll(/^### (.+)\n\n```sql\n([\s\S]*?)\n```/gm)].map((match) => [match[1], match[2]]));
    expect(queries.size).toBeGreaterThanOrEqual(4);
    const run = async (title: RegExp) => query([...queries].find(([name]) => title.test(name))![1]);

    const tohoku = await run(/東北/);
    expect(tohoku.length).toBeGreaterThan(0);
    for (const row of tohoku) expect(row.rendering).not.toBe(row.expected);
    expect(tohoku.map((row) => row.rendering)).toContain('토호쿠');

    const regions = await run(/METI region/);
    expect(regions.reduce((sum, row) => sum + Number(row.projects), 0)).toBe(19);
    expect(regions.length).toBeGreaterThan(1);

    const mext = await run(/MEXT/);
    expect(mext.map((row) => [row.documentId, Number(row.initiatives)])).toEqual([['cha-2004-japan-clusters', 18]]);

    const persons = await run(/person names/);
    const names = JSON.parse(readFileSync(join(SEED_OUTPUT, 'names.json'), 'utf8')).names as Array<{ kind: string; normalized: string }>;
    const expected = new Set(names.filter((name) => name.kind === 'person').map((name) => name.normalized));
    expect(new Set(persons.map((row) => row.normalized))).toEqual(expected);
    expect(persons.reduce((sum, row) => sum + Number(row.occurrences), 0)).toBe(names.filter((name) => name.kind === 'person').length);
  });

  const python = spawnSync('python3', ['--version']).status === 0;
  it.skipIf(!python)('Python reads every CSV and JSON Lines file into the same table (pandas when installed, else csv and json)', () => {
    const script = `
import csv, json, sys, os
folder = sys.argv[1]
try:
    import pandas
except ImportError:
    pandas = None
report = {}
for name in sorted(os.listdir(folder)):
    if not name.endswith('.jsonl'):
        continue
    table = name[:-6]
    with open(os.path.join(folder, table + '.jsonl'), encoding='utf-8') as handle:
        lines = [json.loads(line) for line in handle]
    with open(os.path.join(folder, table + '.csv'), encoding='utf-8-sig', newline='') as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = list(reader)
    assert header == list(lines[0].keys()), (table, header)
    assert len(rows) == len(lines), (table, len(rows), len(lines))
    for row, line in zip(rows, lines):
        for cell, (key, value) in zip(row, line.items()):
            expected = '' if value is None else json.dumps(value, ensure_ascii=False, separators=(',', ':')) if isinstance(value, list) else ('true' if value is True else 'false' if value is False else str(value))
            assert cell == expected, (table, key, cell, expected)
    shape = [len(rows), len(header)]
    if pandas is not None:
        frame = pandas.read_csv(os.path.join(folder, table + '.csv'), encoding='utf-8-sig')
        lines_frame = pandas.read_json(os.path.join(folder, table + '.jsonl'), lines=True)
        assert list(frame.shape) == shape and list(lines_frame.shape) == shape, (table, frame.shape, lines_frame.shape)
    report[table] = shape
print(json.dumps({'pandas': pandas is not None and pandas.__version__, 'tables': report}))
`;
    const result = spawnSync('python3', ['-c', script, built], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { tables: Record<string, [number, number]> };
    expect(Object.keys(report.tables).sort()).toEqual(tableNames());
    expect(report.tables.meti_projects[0]).toBe(19);
  });
});

describe('kaikyo dataset on bad or partial input', () => {
  const description = join(ROOT, 'corpus', 'dataset.yaml');
  async function cli(...args: string[]): Promise<{ code: number; stderr: string }> {
    const stderr: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => (stderr.push(String(chunk)), true)) as typeof process.stderr.write;
    try {
      return { code: await main(['node', 'kaikyo', 'dataset', ...args]), stderr: stderr.join('') };
    } finally {
      process.stderr.write = write;
    }
  }

  it('runs from the command line: exit 0 and the same files, exit 1 with the error on bad input', async () => {
    const out = join(scratch, 'from-cli');
    const ok = await cli(join(ROOT, 'output'), '--out', out, '--glossary', join(ROOT, 'glossary'), '--description', description);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toMatch(/kaikyo dataset: 1 document\(s\), \d+ tables \(documents 1, names \d+/);
    for (const file of files()) expect(Buffer.compare(readFileSync(join(out, file)), readFileSync(join(built, file))), file).toBe(0);
    const bad = await cli(join(scratch, 'missing'), '--out', join(scratch, 'never'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error {2}.*missing: cannot read the output folder/);
  });

  it('refuses to replace a folder that is not a dataset, and an input without documents', async () => {
    const notDataset = join(scratch, 'notes');
    mkdirSync(notDataset);
    writeFileSync(join(notDataset, 'keep.txt'), 'mine');
    await expect(buildDataset({ inputs: [join(ROOT, 'output')], out: notDataset, description })).rejects.toThrow(/is not a dataset kaikyo wrote/);
    expect(readFileSync(join(notDataset, 'keep.txt'), 'utf8')).toBe('mine');
    const empty = join(scratch, 'empty-output');
    mkdirSync(empty);
    await expect(buildDataset({ inputs: [empty], out: join(scratch, 'never') })).rejects.toThrow(/no built documents/);
    await expect(buildDataset({ inputs: [join(scratch, 'missing')], out: join(scratch, 'never') })).rejects.toThrow(/cannot read the output folder/);
  });

  it('takes a document folder with files missing (no tables, no names) and names a file that is not JSON', async () => {
    const partial = join(scratch, 'partial');
    mkdirSync(join(partial, 'bare-doc'), { recursive: true });
    cpSync(join(SEED_OUTPUT, 'apparatus.json'), join(partial, 'bare-doc', 'apparatus.json'));
    const summary = await buildDataset({ inputs: [partial, join(ROOT, 'output')], out: join(scratch, 'partial-dataset'), description });
    expect(summary.documents).toBe(2);
    const rows = (name: string) => readFileSync(join(scratch, 'partial-dataset', `${name}.jsonl`), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { documentId: string });
    expect(rows('documents').map((row) => row.documentId)).toEqual(['bare-doc', 'cha-2004-japan-clusters']);
    expect(rows('apparatus').filter((row) => row.documentId === 'bare-doc')).toHaveLength(rows('apparatus').length / 2);
    expect(rows('names').every((row) => row.documentId === 'cha-2004-japan-clusters')).toBe(true);

    writeFileSync(join(partial, 'bare-doc', 'names.json'), '{ "names": [');
    await expect(buildDataset({ inputs: [partial], out: join(scratch, 'partial-dataset') })).rejects.toThrow(/bare-doc.names\.json: not valid JSON/);
    // The failed run left the previous dataset whole, and no staging folder behind.
    expect(rows('documents')).toHaveLength(2);
    expect(readdirSync(scratch).filter((name) => name.includes('-tmp-'))).toEqual([]);
  });
});
