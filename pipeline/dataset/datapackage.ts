/**
 * datapackage.json: a Frictionless Tabular Data Package (v1). Each table is one
 * tabular-data-resource for its CSV file, with a Table Schema (types, missing values, primary
 * key, foreign keys to documents and to the glossary entries), and two data-resources with the
 * same schema for its JSON Lines and Parquet files. Resource names follow the spec's pattern
 * (lower case, digits, "-", ".", "_" is not allowed): `meti-projects` for meti_projects.csv.
 */
import type { Column } from './columns.js';
import type { DatasetDescription } from './description.js';
import type { TableDefinition } from './tables.js';

export interface WrittenTable {
  readonly table: TableDefinition;
  readonly rows: number;
}

/** Frictionless resource name of a table. */
export function resourceName(table: string): string {
  return table.replace(/_/g, '-');
}

const FIELD_TYPES = { string: 'string', integer: 'integer', number: 'number', boolean: 'boolean', json: 'string' } as const;

function field(column: Column): Record<string, unknown> {
  const description = [column.description, column.type === 'json' ? 'JSON text.' : undefined, column.list ? 'A list: a JSON array in CSV and JSON Lines, a LIST column in Parquet.' : undefined]
    .filter(Boolean)
    .join(' ');
  return {
    name: column.name,
    type: column.list ? 'array' : FIELD_TYPES[column.type],
    ...(column.list ? { itemType: FIELD_TYPES[column.type] } : {}),
    ...(description ? { description } : {}),
    ...(column.enum && !column.list ? { constraints: { enum: column.enum.map(String) } } : {}),
  };
}

/** The Table Schema of a table; foreign keys to tables that are not in the package are left out. */
function tableSchema(table: TableDefinition, present: ReadonlySet<string>): Record<string, unknown> {
  const foreignKeys = [
    ...(table.name !== 'documents' && table.keys[0]?.name === 'documentId' && present.has('documents') ? [{ fields: 'documentId', reference: { table: 'documents', fields: 'documentId' } }] : []),
    ...table.foreignKeys.filter((key) => present.has(key.reference.table)),
  ].map((key) => ({ fields: key.fields, reference: { resource: resourceName(key.reference.table), fields: key.reference.fields } }));
  return {
    fields: [
      ...table.keys.map((key) => ({ name: key.name, type: key.type, description: key.description, constraints: { required: true } })),
      ...table.columns.map(field),
    ],
    // An empty CSV cell is a null; JSON Lines and Parquet write null itself.
    missingValues: [''],
    primaryKey: table.keys.map((key) => key.name),
    ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
  };
}

/** The descriptor (an object; the caller writes it as JSON). */
export function dataPackage(description: DatasetDescription, tables: readonly WrittenTable[], sources: ReadonlyArray<{ title: string; path?: string }>): Record<string, unknown> {
  const present = new Set(tables.map(({ table }) => table.name));
  const resources = tables.flatMap(({ table, rows }) => {
    const schema = tableSchema(table, present);
    const base = { title: table.title, description: table.description };
    return [
      {
        profile: 'tabular-data-resource',
        name: resourceName(table.name),
        path: `${table.name}.csv`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        ...base,
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema,
        'x-rows': rows,
      },
      { profile: 'tabular-data-resource', name: `${resourceName(table.name)}.jsonl`, path: `${table.name}.jsonl`, format: 'jsonl', mediatype: 'application/jsonl', encoding: 'utf-8', ...base, schema },
      { profile: 'tabular-data-resource', name: `${resourceName(table.name)}.parquet`, path: `${table.name}.parquet`, format: 'parquet', mediatype: 'application/vnd.apache.parquet', ...base, schema },
    ];
  });
  return {
    profile: 'tabular-data-package',
    name: description.name,
    title: description.title,
    description: description.description,
    ...(description.keywords.length > 0 ? { keywords: description.keywords } : {}),
    licenses: description.licenses,
    sources,
    resources,
  };
}
