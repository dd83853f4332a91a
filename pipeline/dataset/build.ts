/**
 * `kaikyo dataset`: one dataset for a whole corpus from one or more output folders (a build's,
 * or the shards' of `kaikyo build --shard K/N`). Documents are taken in the order of their ids,
 * whichever folder holds them, so the shards' merge is byte for byte the unsharded dataset; a
 * document id in two folders is an error. The dataset folder is written beside its target and
 * swapped in whole (nothing half-written is ever seen).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { dataPackage, type WrittenTable } from './datapackage.js';
import { datasetCard, licenceText } from './card.js';
import { valueOf } from './columns.js';
import { loadDescription } from './description.js';
import { DOCUMENT_FILE } from './document-record.js';
import { tableColumns, tableCsv, tableJsonLines, tableParquet } from './formats.js';
import { stageFolder } from '../orchestrate/write-atomic.js';
import { datasetTables, type OutputDocument } from './tables.js';

export interface DatasetOptions {
  /** Output folders of builds (each holds `<id>/` folders). */
  readonly inputs: readonly string[];
  /** The dataset folder. */
  readonly out: string;
  /** The glossary folder the documents were built with; its entries become a table. */
  readonly glossary?: string;
  /** The description file (default: none, a plain description). */
  readonly description?: string;
}

export interface DatasetSummary {
  readonly documents: number;
  readonly tables: ReadonlyArray<{ readonly name: string; readonly rows: number }>;
}

/** A dataset error: names the folder or file at fault. */
export class DatasetError extends Error {
  override name = 'DatasetError';
}

/** The document folders of the output folders, sorted by id; a duplicate id is an error. */
export async function listOutputDocuments(inputs: readonly string[], exclude?: string): Promise<OutputDocument[]> {
  const found = new Map<string, OutputDocument>();
  for (const input of inputs) {
    const root = resolve(input);
    let entries;
    try {
      entries = await readdir(root, { withFileTypes: true });
    } catch (error) {
      throw new DatasetError(`${input}: cannot read the output folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const folder = join(root, entry.name);
      if (exclude && resolve(folder) === resolve(exclude)) continue;
      // A document's folder has the files every build writes; anything else (a dataset, notes) is not one.
      if (!existsSync(join(folder, DOCUMENT_FILE)) && !existsSync(join(folder, 'apparatus.json'))) continue;
      let id = entry.name;
      if (existsSync(join(folder, DOCUMENT_FILE))) {
        try {
          id = (JSON.parse(await readFile(join(folder, DOCUMENT_FILE), 'utf8')) as { id?: string }).id ?? entry.name;
        } catch (error) {
          throw new DatasetError(`${join(input, entry.name, DOCUMENT_FILE)}: not valid JSON: ${(error as Error).message}`);
        }
      }
      const earlier = found.get(id);
      if (earlier) throw new DatasetError(`document "${id}" is in two output folders: ${earlier.folder} and ${folder}; a document must be built in one shard only`);
      found.set(id, { id, folder });
    }
  }
  return [...found.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Build the dataset; resolves to what it wrote. */
export async function buildDataset(options: DatasetOptions): Promise<DatasetSummary> {
  const out = resolve(options.out);
  if (existsSync(out) && !existsSync(join(out, 'datapackage.json')) && (await readdir(out)).length > 0) {
    throw new DatasetError(`${options.out}: exists and is not a dataset kaikyo wrote (no datapackage.json); give an empty or new folder`);
  }
  const documents = await listOutputDocuments(options.inputs, out);
  if (documents.length === 0) throw new DatasetError(`no built documents in ${options.inputs.join(', ')} (run kaikyo build first)`);
  const description = await loadDescription(options.description);
  const glossary = options.glossary ? (await (await import('../glossary/load.js')).loadGlossary(options.glossary)).entries : undefined;
  const tables = await datasetTables(documents, glossary);

  const staging = await stageFolder(out);
  try {
    const written: WrittenTable[] = [];
    const sources: Array<{ title: string }> = [];
    for (const table of tables) {
      const rows: Array<{ keys: readonly unknown[]; values: unknown[] }> = [];
      const add = (keys: readonly unknown[], record: unknown) => rows.push({ keys, values: table.columns.map((column) => valueOf(record, column)) });
      for (const document of documents) {
        for (const row of await table.rows(document)) {
          add(row.keys, row.record);
          if (table.name === 'documents') sources.push({ title: sourceTitle(document.id, row.record) });
        }
      }
      for (const row of table.extraRows ?? []) add(row.keys, row.record);
      const columns = tableColumns(table.keys, table.columns, rows);
      await staging.write(`${table.name}.csv`, tableCsv(columns, rows.length));
      await staging.write(`${table.name}.jsonl`, tableJsonLines(columns, rows.length));
      let parquet: Uint8Array;
      try {
        parquet = tableParquet(columns);
      } catch (error) {
        throw new DatasetError(`${table.name}.parquet: ${(error as Error).message}`);
      }
      await staging.write(`${table.name}.parquet`, parquet);
      written.push({ table, rows: rows.length });
    }
    await staging.write('datapackage.json', `${JSON.stringify(dataPackage(description, written, sources), null, 2)}\n`);
    await staging.write('README.md', datasetCard(description, written, documents.length));
    await staging.write('LICENSE.md', licenceText(description));
    await staging.commit();
    return { documents: documents.length, tables: written.map(({ table, rows }) => ({ name: table.name, rows })) };
  } catch (error) {
    await staging.abort();
    throw error;
  }
}

function sourceTitle(id: string, record: unknown): string {
  const { title, author, year } = (record ?? {}) as { title?: string; author?: { name?: string }; year?: number };
  const by = [author?.name, year ? String(year) : undefined].filter(Boolean).join(', ');
  return `${id}: ${title || '(untitled)'}${by ? ` (${by})` : ''}`;
}
