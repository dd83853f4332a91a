/**
 * Columns from JSON Schemas: nested objects, nullable branches, lists of values and of objects,
 * $refs, enums; values read along the paths; a schema inferred from records for a file without one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnsOf, inferSchema, valueOf, type JsonSchema } from '../../pipeline/dataset/columns.js';
import { ROOT } from '../helpers/seed.js';

const root: JsonSchema = {
  definitions: { named: { type: 'object', required: ['ko'], properties: { ko: { type: 'string' }, ja: { type: ['string', 'null'] } } } },
  type: 'object',
  required: ['number', 'region', 'tags', 'places', 'kind'],
  properties: {
    number: { type: 'integer' },
    region: { $ref: '#/definitions/named' },
    note: { oneOf: [{ type: 'null' }, { type: 'object', required: ['text'], properties: { text: { type: 'string' } } }] },
    tags: { type: 'array', items: { type: 'string' } },
    places: { type: 'array', items: { $ref: '#/definitions/named' } },
    kind: { enum: ['a', 'b', null] },
    cells: { type: 'object', additionalProperties: { type: 'integer' } },
  },
};

describe('columnsOf', () => {
  const columns = columnsOf(root);
  it('flattens objects with "_", lists of objects into one list per field, in schema order', () => {
    expect(columns.map((column) => [column.name, column.type, column.list, column.nullable])).toEqual([
      ['number', 'integer', false, false],
      ['region_ko', 'string', false, false],
      ['region_ja', 'string', false, true],
      ['note_text', 'string', false, true],
      ['tags', 'string', true, false],
      ['places_ko', 'string', true, false],
      ['places_ja', 'string', true, true],
      ['kind', 'string', false, true],
      ['cells', 'json', false, true],
    ]);
    expect(columns.find((column) => column.name === 'kind')?.enum).toEqual(['a', 'b']);
  });

  it('reads values along the paths: lists stay lists, absent values are null, maps are JSON text', () => {
    const record = { number: 3, region: { ko: '도호쿠', ja: '東北' }, note: null, tags: ['x', 'y'], places: [{ ko: '센다이', ja: null }, { ko: '삿포로', ja: '札幌' }], kind: 'a', cells: { region: 12 } };
    expect(columns.map((column) => valueOf(record, column))).toEqual([3, '도호쿠', '東北', null, ['x', 'y'], ['센다이', '삿포로'], [null, '札幌'], 'a', '{"region":12}']);
    expect(columns.map((column) => valueOf({ number: 1 }, column))).toEqual([1, null, null, null, null, null, null, null, null]);
  });

  it('gives every output schema of schemas/ typed columns (no JSON text but for maps)', () => {
    const names = JSON.parse(readFileSync(join(ROOT, 'schemas', 'names.schema.json'), 'utf8')) as JsonSchema;
    const columns = columnsOf(names.properties!.names.items!, names);
    expect(columns.map((column) => column.name)).toEqual(expect.arrayContaining(['surface', 'glossaryId', 'tokens_surface', 'source_line', 'source_end_offset']));
    expect(columns.find((column) => column.name === 'tokens_surface')).toMatchObject({ type: 'string', list: true });
    expect(columns.find((column) => column.name === 'source_line')).toMatchObject({ type: 'integer', list: false });
  });
});

describe('inferSchema', () => {
  it('takes the union of the types and keeps the order in which properties first appear', () => {
    const schema = inferSchema([{ a: 1, b: ['x'] }, { a: 2.5, c: { d: true } }, { a: null, b: [] }]);
    expect(columnsOf(schema).map((column) => [column.name, column.type, column.list, column.nullable])).toEqual([
      ['a', 'number', false, true],
      ['b', 'string', true, true],
      ['c_d', 'boolean', false, true],
    ]);
  });
});
