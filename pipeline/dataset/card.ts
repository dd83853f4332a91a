/**
 * The dataset card (README.md): YAML metadata in the Hugging Face hub's style (licence,
 * languages, one config per table pointing at its Parquet file) and a body that lists the
 * tables, their columns and the example queries of the description.
 */
import { stringify as stringifyYaml } from 'yaml';
import type { Column } from './columns.js';
import type { WrittenTable } from './datapackage.js';
import type { DatasetDescription } from './description.js';

/** Hub size categories by row count of the largest table. */
function sizeCategory(rows: number): string {
  if (rows < 1000) return 'n<1K';
  if (rows < 10_000) return '1K<n<10K';
  if (rows < 100_000) return '10K<n<100K';
  if (rows < 1_000_000) return '100K<n<1M';
  return 'n>1M';
}

function typeName(column: { type: string; list: boolean }): string {
  return column.list ? `list<${column.type}>` : column.type;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

/** The card's text. `documents` is the number of documents. */
export function datasetCard(description: DatasetDescription, tables: readonly WrittenTable[], documents: number): string {
  // One licence the hub knows by its id is named as it is; anything else is "other", with the
  // licences spelled out in LICENSE.md (licenceText) beside the card.
  const single = description.licenses.length === 1 && description.licenses[0].name && !description.licenses[0].name.startsWith('other') ? description.licenses[0].name.toLowerCase() : undefined;
  const metadata = {
    pretty_name: description.title,
    language: [...description.languages],
    ...(single ? { license: single } : { license: 'other', license_name: description.licenseName, license_link: 'LICENSE.md' }),
    tags: [...description.keywords],
    size_categories: [sizeCategory(Math.max(0, ...tables.map(({ rows }) => rows)))],
    configs: tables.map(({ table }, index) => ({
      config_name: table.name,
      data_files: [{ split: 'train', path: `${table.name}.parquet` }],
      ...(index === 0 ? { default: true } : {}),
    })),
  };
  const lines: string[] = ['---', stringifyYaml(metadata, { lineWidth: 0 }).trimEnd(), '---', '', `# ${description.title}`, '', description.description, ''];
  lines.push(`${documents} document(s). Every table is in three files with the same columns: \`<table>.parquet\`, \`<table>.jsonl\` and \`<table>.csv\` (UTF-8 with a BOM). \`datapackage.json\` describes them as a Frictionless Data Package (types, primary keys, foreign keys).`, '');
  lines.push('Lists are real lists in Parquet (LIST) and JSON Lines (arrays); in CSV a list is its JSON array text. In CSV an empty cell is a null (and an empty string); JSON Lines and Parquet keep the two apart. Nested fields are columns joined by `_` (`region_ko`); a list of objects is one list column per field (`project_places_ko`).', '');
  lines.push('## Tables', '', '| table | rows | primary key | what a row is |', '|---|---|---|---|');
  for (const { table, rows } of tables) lines.push(`| \`${table.name}\` | ${rows} | ${table.keys.map((key) => key.name).join(', ')} | ${cell(table.description)} |`);
  lines.push('');
  if (description.queries.length > 0) {
    lines.push('## Example queries', '', 'With DuckDB, in this folder (`duckdb -c "…"`, or any DuckDB client):', '');
    for (const query of description.queries) lines.push(`### ${query.title}`, '', '```sql', query.sql.trim(), '```', '');
  }
  lines.push('With pandas: `pd.read_parquet("names.parquet")`, `pd.read_json("names.jsonl", lines=True)` or `pd.read_csv("names.csv", encoding="utf-8-sig")`.', '');
  lines.push('## Columns', '');
  for (const { table } of tables) {
    lines.push(`### ${table.name}`, '', '| column | type | description |', '|---|---|---|');
    for (const key of table.keys) lines.push(`| \`${key.name}\` | ${key.type} | ${cell(key.description)} |`);
    for (const column of table.columns as Column[]) lines.push(`| \`${column.name}\` | ${typeName(column)} | ${cell(column.description ?? '')} |`);
    lines.push('');
  }
  lines.push('## Licence', '', licenceList(description), 'Built by `kaikyo dataset`; do not edit: rebuild.', '');
  return lines.join('\n');
}

function licenceList(description: DatasetDescription): string {
  return `${description.licenses.map((item) => `- ${[item.name, item.title].filter(Boolean).join(': ')}${item.path ? ` (${item.path})` : ''}`).join('\n')}\n`;
}

/** LICENSE.md: the licences of the dataset, which the card's license_link points to. */
export function licenceText(description: DatasetDescription): string {
  return `# Licences of ${description.title}\n\n${licenceList(description)}`;
}
