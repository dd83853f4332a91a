/**
 * The list columns of a document's tables/<name>.csv, as its table schema implies them: a list
 * of values is one column, a list of objects one column per plain field of its items
 * (`project.places.ko`), each cell the items joined with "; " (pipeline/tables/render.ts). The
 * schemas of schemas/tables/ say so in their description (`npx tsx scripts/declare-csv-lists.ts`
 * writes it; test/dataset/per-document.test.ts checks it is current).
 */
import { columnsOf, type JsonSchema } from './columns.js';

/**
 * The CSV's list columns (dotted names), in schema order; `name.*` for a map (an object with
 * `additionalProperties`) whose values may be lists: each of its keys is a column.
 */
export function csvListColumns(schema: JsonSchema): string[] {
  const rows = schema.properties?.rows?.items ?? schema.properties?.programmes?.items;
  if (!rows) return [];
  const maps = mapsWithLists(rows, schema, []);
  return columnsOf(rows, schema)
    .filter((column) => column.list || (column.type === 'json' && maps.has(column.path.join('.'))))
    .filter((column) => {
      // render.ts keeps only the plain fields of a list's items, not deeper objects.
      const each = column.path.findIndex((step) => typeof step !== 'string');
      return each < 0 || column.path.length === each + 1 || (column.path.length === each + 2 && column.type !== 'json');
    })
    .map((column) => column.path.filter((step): step is string => typeof step === 'string').join('.') + (column.list ? '' : '.*'));
}

/** Dotted paths of maps whose values may be lists (outside lists; render.ts skips objects inside them). */
function mapsWithLists(node: JsonSchema, root: JsonSchema, path: readonly string[], found = new Set<string>()): Set<string> {
  const resolved = node.$ref ? root.definitions?.[node.$ref.replace(/^#\/definitions\//, '')] ?? {} : node;
  for (const branch of [...(resolved.oneOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.allOf ?? [])]) mapsWithLists(branch, root, path, found);
  for (const [key, child] of Object.entries(resolved.properties ?? {})) mapsWithLists(child, root, [...path, key], found);
  const values = resolved.additionalProperties;
  if (values && typeof values === 'object' && admitsArray(values, root)) found.add(path.join('.'));
  return found;
}

function admitsArray(node: JsonSchema, root: JsonSchema): boolean {
  const resolved = node.$ref ? root.definitions?.[node.$ref.replace(/^#\/definitions\//, '')] ?? {} : node;
  const types = typeof resolved.type === 'string' ? [resolved.type] : resolved.type ?? [];
  return types.includes('array') || [...(resolved.oneOf ?? []), ...(resolved.anyOf ?? [])].some((branch) => admitsArray(branch, root));
}

/** The sentence the schema's description carries. */
export function csvListSentence(name: string, schema: JsonSchema): string {
  const lists = csvListColumns(schema);
  return (
    `Rows of tables/${name}.json. tables/${name}.jsonl holds the same rows, one a line, each with documentId first; ` +
    `tables/${name}.csv flattens them (documentId first, nested fields as dotted columns such as region.ko) and joins a list's items with "; "` +
    (lists.length > 0 ? ` in its list columns: ${lists.join(', ')}.` : '; this table has no list columns.')
  );
}
