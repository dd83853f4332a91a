// Write into each table schema of schemas/tables/ the description that declares its CSV's list
// columns (pipeline/dataset/csv-lists.ts). Run after a schema changes: npx tsx scripts/declare-csv-lists.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvListSentence } from '../pipeline/dataset/csv-lists.js';

const folder = join(import.meta.dirname, '..', 'schemas', 'tables');
for (const file of readdirSync(folder).filter((name) => name.endsWith('.schema.json') && name !== 'programmes.schema.json').sort()) {
  const path = join(folder, file);
  const schema = JSON.parse(readFileSync(path, 'utf8'));
  const description = csvListSentence(file.replace(/\.schema\.json$/, ''), schema);
  // description right after title, the other keys in their order.
  const { $schema, $id, title, description: _old, ...rest } = schema;
  writeFileSync(path, `${JSON.stringify({ $schema, $id, title, description, ...rest }, null, 2)}\n`);
}
