/**
 * The corpus dataset's tables: for each, which output file of a document it reads, the JSON
 * Schema of one record (read from schemas/, so a field another stage adds to its schema shows up
 * here without a change) and how a document's file becomes records. This is the one place to
 * change when an output's shape changes: a table is a `TableDefinition`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packageRoot } from '../data/package-root.js';
import { columnsOf, inferSchema, type Column, type JsonSchema } from './columns.js';

/** A document's output folder, as the dataset found it. */
export interface OutputDocument {
  readonly id: string;
  readonly folder: string;
}

/** A record with the values of the table's key columns (documentId first). */
export interface TableRow {
  readonly keys: readonly (string | number)[];
  readonly record: unknown;
}

export interface KeyColumn {
  readonly name: string;
  readonly type: 'string' | 'integer';
  readonly description: string;
}

export interface ForeignKey {
  readonly fields: string;
  readonly reference: { readonly table: string; readonly fields: string };
}

export interface TableDefinition {
  /** Table name: the data files' name (`meti_projects.parquet`) and the card's config name. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** Key columns written before the record's own; together the primary key. */
  readonly keys: readonly KeyColumn[];
  /** The record's columns, from its schema. */
  readonly columns: readonly Column[];
  /** Foreign keys besides documentId → documents (added for every table but documents). */
  readonly foreignKeys: readonly ForeignKey[];
  /** The rows of one document (the glossary's table has none). */
  rows(document: OutputDocument): Promise<TableRow[]>;
  /** Rows that belong to no document (the glossary entries). */
  readonly extraRows?: readonly TableRow[];
}

const DOCUMENT_KEY: KeyColumn = { name: 'documentId', type: 'string', description: 'The document id; documents.documentId.' };

/** Read a document's JSON output, or undefined when the document has no such file. */
async function readJson(document: OutputDocument, file: string): Promise<any> {
  let text: string;
  try {
    text = await readFile(join(document.folder, file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${join(document.folder, file)}: not valid JSON: ${(error as Error).message}`);
  }
}

const schemaCache = new Map<string, JsonSchema | undefined>();

/** A schema of schemas/ (undefined when there is none: the records' schema is then inferred). */
export async function loadSchema(relative: string): Promise<JsonSchema | undefined> {
  if (schemaCache.has(relative)) return schemaCache.get(relative);
  let schema: JsonSchema | undefined;
  try {
    schema = JSON.parse(await readFile(join(packageRoot(), relative), 'utf8')) as JsonSchema;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  schemaCache.set(relative, schema);
  return schema;
}

/** The schema at a path of properties/items inside `root` (a `$ref` is followed). */
function at(root: JsonSchema, ...steps: string[]): JsonSchema {
  let node: JsonSchema = root;
  for (const step of steps) {
    while (node.$ref) node = follow(root, node.$ref);
    const next: JsonSchema | undefined = step === '[]' ? node.items : node.properties?.[step];
    if (!next) throw new Error(`schema ${root.$ref ?? ''} has no ${steps.join('.')}`);
    node = next;
  }
  while (node.$ref) node = follow(root, node.$ref);
  return node;
}

function follow(root: JsonSchema, ref: string): JsonSchema {
  const name = ref.replace(/^#\/(definitions|\$defs)\//, '');
  const target = root.definitions?.[name] ?? root.$defs?.[name];
  if (!target) throw new Error(`schema reference ${ref} cannot be resolved`);
  return target;
}

/**
 * An object schema with some properties left out, renamed or added (in that order), its
 * definitions kept so that `$ref`s inside still resolve.
 */
function reshape(node: JsonSchema, root: JsonSchema, change: { omit?: readonly string[]; rename?: Readonly<Record<string, string>>; add?: Readonly<Record<string, JsonSchema>> }): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (change.omit?.includes(key)) continue;
    properties[change.rename?.[key] ?? key] = child;
  }
  Object.assign(properties, change.add ?? {});
  const required = (node.required ?? []).filter((key) => !change.omit?.includes(key)).map((key) => change.rename?.[key] ?? key);
  return { ...node, properties, required, definitions: root.definitions, $defs: root.$defs };
}

function renamed(record: unknown, rename: Readonly<Record<string, string>>, omit: readonly string[] = []): unknown {
  if (!record || typeof record !== 'object') return record;
  return Object.fromEntries(Object.entries(record).filter(([key]) => !omit.includes(key)).map(([key, value]) => [rename[key] ?? key, value]));
}

/** Foreign keys from every non-list column that holds a glossary id (`glossaryId`, `region_glossaryId`). */
function glossaryKeys(columns: readonly Column[], extra: readonly string[] = []): ForeignKey[] {
  return columns
    .filter((column) => !column.list && (/(^|_)glossaryId$/.test(column.name) || extra.includes(column.name)))
    .map((column) => ({ fields: column.name, reference: { table: 'glossary_entries', fields: 'id' } }));
}

/** documents: one row per document, from document.json. */
async function documentsTable(): Promise<TableDefinition> {
  const root = (await loadSchema('schemas/document.schema.json'))!;
  const columns = columnsOf(reshape(root, root, { omit: ['id'] }), root);
  return {
    name: 'documents',
    title: 'Documents',
    description: 'One row per document: bibliographic metadata, pages present and announced, the source file\'s encoding, size and SHA-256, and the digest of every output file.',
    keys: [{ ...DOCUMENT_KEY, description: 'The document id (its corpus folder and output folder).' }],
    columns,
    foreignKeys: [],
    async rows(document) {
      const record = (await readJson(document, 'document.json')) ?? { id: document.id };
      return [{ keys: [document.id], record: renamed(record, {}, ['id']) }];
    },
  };
}

/**
 * A table of one row per item of a list in an output JSON file (names.json's `names`,
 * apparatus.json's `entries`, programmes.json's `programmes`), numbered in file order after the
 * document id; its columns come from the list items' schema.
 */
async function listTable(spec: {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly schema: string;
  readonly file: string;
  readonly list: string;
  readonly key: KeyColumn;
  readonly linksGlossary: boolean;
}): Promise<TableDefinition> {
  const root = (await loadSchema(spec.schema))!;
  const columns = columnsOf(at(root, spec.list, '[]'), root);
  return {
    name: spec.name,
    title: spec.title,
    description: spec.description,
    keys: [DOCUMENT_KEY, spec.key],
    columns,
    foreignKeys: spec.linksGlossary ? glossaryKeys(columns) : [],
    async rows(document) {
      const file = await readJson(document, spec.file);
      return ((file?.[spec.list] ?? []) as unknown[]).map((record, index) => ({ keys: [document.id, index + 1], record }));
    },
  };
}

/** names: one row per occurrence of a Japanese name, from names.json. */
function namesTable(): Promise<TableDefinition> {
  return listTable({
    name: 'names',
    title: 'Japanese names',
    description: 'One row per occurrence of a Japanese proper name in a document\'s edition: as written, normalised, kind, reading, modified Hepburn romaji, standard Korean, the glossary entry, the author\'s own Korean rendering and the place in the source.',
    schema: 'schemas/names.schema.json',
    file: 'names.json',
    list: 'names',
    key: { name: 'occurrence', type: 'integer', description: 'Number of the occurrence in the document\'s names.json (1-based, in source order).' },
    linksGlossary: true,
  });
}

/**
 * findings: one row per occurrence of a finding of consistency.json: the finding's fields
 * (its glossary `id` renamed `entry`) and the occurrence's as `occurrence_*`. A finding without
 * occurrences gives one row with occurrence 0.
 */
async function findingsTable(): Promise<TableDefinition> {
  const root = (await loadSchema('schemas/consistency.schema.json'))!;
  const finding = at(root, 'findings', '[]');
  const occurrence = at(root, 'findings', '[]', 'occurrences', '[]');
  const rename = { id: 'entry' };
  const node = reshape(finding, root, { omit: ['occurrences'], rename, add: { occurrence: { oneOf: [{ type: 'null' }, occurrence] } } });
  const columns = columnsOf(node, root);
  return {
    name: 'findings',
    title: 'Term-consistency findings',
    description: 'One row per occurrence of a finding of the term-consistency report: rule, severity, the glossary entry, the expected (standard) and the found renderings, and where the occurrence stands in the source.',
    keys: [DOCUMENT_KEY, { name: 'finding', type: 'integer', description: 'Number of the finding in the document\'s consistency.json (1-based).' }, { name: 'occurrence', type: 'integer', description: 'Number of the occurrence in the finding (1-based; 0 for a finding without occurrences).' }],
    columns,
    foreignKeys: glossaryKeys(columns, ['entry', 'occurrence_entry']),
    async rows(document) {
      const file = await readJson(document, 'consistency.json');
      const rows: TableRow[] = [];
      ((file?.findings ?? []) as Array<Record<string, unknown>>).forEach((item, index) => {
        const occurrences = Array.isArray(item.occurrences) ? item.occurrences : [];
        const base = renamed(item, rename, ['occurrences']) as Record<string, unknown>;
        if (occurrences.length === 0) rows.push({ keys: [document.id, index + 1, 0], record: { ...base, occurrence: null } });
        occurrences.forEach((at, number) => rows.push({ keys: [document.id, index + 1, number + 1], record: { ...base, occurrence: at } }));
      });
      return rows;
    },
  };
}

/** apparatus: one row per correction or removal of apparatus.json. */
function apparatusTable(): Promise<TableDefinition> {
  return listTable({
    name: 'apparatus',
    title: 'Apparatus',
    description: 'One row per removal or correction the edition made (site chrome, page markers, joined paragraphs, wrap spaces, corrections of characters lost in extraction …) with the original and the result, the reason and the place in the source.',
    schema: 'schemas/apparatus.schema.json',
    file: 'apparatus.json',
    list: 'entries',
    key: { name: 'entry', type: 'integer', description: 'Number of the entry in the document\'s apparatus.json (1-based, in source order).' },
    linksGlossary: false,
  });
}

/** programmes: one row per programme of programmes.json. */
function programmesTable(): Promise<TableDefinition> {
  return listTable({
    name: 'programmes',
    title: 'Programmes',
    description: 'One row per programme a document describes: name, ministry, start, structure and budgets by year as the running text states them, each with its source line.',
    schema: 'schemas/tables/programmes.schema.json',
    file: 'programmes.json',
    list: 'programmes',
    key: { name: 'programme', type: 'integer', description: 'Number of the programme in the document\'s programmes.json (1-based).' },
    linksGlossary: true,
  });
}

/**
 * A table of the papers' own (tables/<file>.json): one row per row, across documents. Its schema
 * is schemas/tables/<file>.schema.json when there is one, else inferred from every document's rows.
 */
async function programmeTable(file: string, documents: readonly OutputDocument[]): Promise<TableDefinition> {
  const schemaFile = await loadSchema(`schemas/tables/${file}.schema.json`);
  const read = async (document: OutputDocument) => ((await readJson(document, `tables/${file}.json`))?.rows ?? []) as unknown[];
  let columns: Column[];
  let title = file;
  if (schemaFile) {
    columns = columnsOf(at(schemaFile, 'rows', '[]'), schemaFile);
    title = (schemaFile as { title?: string }).title ?? file;
  } else {
    const all: unknown[] = [];
    for (const document of documents) all.push(...(await read(document)));
    columns = columnsOf(inferSchema(all));
  }
  return {
    name: file.replace(/-/g, '_'),
    title,
    description: `One row per row of the papers' table tables/${file}.json, across documents; nested cells are columns joined by "_" and lists are list columns.`,
    keys: [DOCUMENT_KEY, { name: 'row', type: 'integer', description: `Number of the row in the document's tables/${file}.json (1-based).` }],
    columns,
    foreignKeys: glossaryKeys(columns),
    async rows(document) {
      return (await read(document)).map((record, index) => ({ keys: [document.id, index + 1], record }));
    },
  };
}

/** glossary_entries: the glossary the names and findings refer to, one row per entry. */
async function glossaryTable(entries: readonly unknown[]): Promise<TableDefinition> {
  const root = (await loadSchema('glossary/schema.json'))!;
  const columns = columnsOf(at(root, '[]'), root).filter((column) => column.name !== 'id');
  return {
    name: 'glossary_entries',
    title: 'Glossary entries',
    description: 'The Korean/Japanese/romaji glossary the documents were checked against, one row per entry; names.glossaryId and findings.entry refer to id.',
    keys: [{ name: 'id', type: 'string', description: 'The entry\'s stable id.' }],
    columns,
    foreignKeys: [],
    async rows() {
      return [];
    },
    extraRows: entries.map((entry) => ({ keys: [(entry as { id: string }).id], record: entry })),
  };
}

/** Names of the fixed tables, which a paper's own table may not take. */
const FIXED = ['documents', 'names', 'findings', 'apparatus', 'programmes', 'glossary_entries'];

/**
 * Every table of a dataset of these documents: the fixed ones, one per table file any document
 * has (sorted by name), and the glossary's when entries are given.
 */
export async function datasetTables(documents: readonly OutputDocument[], glossaryEntries?: readonly unknown[]): Promise<TableDefinition[]> {
  const { readdir } = await import('node:fs/promises');
  const files = new Set<string>();
  for (const document of documents) {
    let names: string[] = [];
    try {
      names = await readdir(join(document.folder, 'tables'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    for (const name of names) if (name.endsWith('.json')) files.add(name.slice(0, -'.json'.length));
  }
  const tables = [await documentsTable(), await namesTable(), await findingsTable(), await apparatusTable(), await programmesTable()];
  for (const file of [...files].sort()) {
    const table = await programmeTable(file, documents);
    // A paper's table named like a fixed one (a "names" table) gets a prefix instead of failing the dataset.
    const name = FIXED.includes(table.name) ? `table_${table.name}` : table.name;
    if (tables.some((other) => other.name === name)) throw new Error(`tables/${file}.json: its dataset table name "${name}" is taken by another table`);
    tables.push({ ...table, name, rows: table.rows });
  }
  if (glossaryEntries) tables.push(await glossaryTable(glossaryEntries));
  return tables;
}
