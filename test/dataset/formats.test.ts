/**
 * The dataset's CSV writer gives csv-stringify's bytes (BOM, header, RFC 4180 quoting, CRLF; a
 * lone CR or LF quoted too) for any cells; the JSON Lines writer one object per row in column order; Parquet the same bytes
 * for the same rows.
 */
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tableCsv, tableJsonLines, tableParquet, type TableColumn } from '../../pipeline/dataset/formats.js';

const cell = fc.oneof(fc.string(), fc.constantFrom('', ',', '"', '\r\n', '\n', 'a "quoted", text', ' 도호쿠 ', '東北\r'), fc.constant(null), fc.integer(), fc.boolean(), fc.array(fc.string(), { maxLength: 3 }));

describe('dataset formats', () => {
  it('writes the CSV csv-stringify writes (with every line break quoted), for any cells', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 6 }), fc.constantFrom(['a', 'b', 'c'], ['x,y', 'q"', 'line\nbreak']), (rows, names) => {
        const columns: TableColumn[] = names.map((name, index) => ({ name, type: 'string', list: false, key: false, values: rows.map((row) => row[index]) }));
        const expected = stringifyCsv(
          rows.map((row) => row.map((value) => (value === null ? '' : Array.isArray(value) ? JSON.stringify(value) : String(value)))),
          // csv-stringify quotes only the record delimiter (CRLF); a lone CR or LF must be quoted too, or readers split the row there.
          { header: true, columns: names, bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ },
        );
        expect(tableCsv(columns, rows.length)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('writes one JSON object per row, keys in column order, null for a missing value', () => {
    const columns: TableColumn[] = [
      { name: 'documentId', type: 'string', list: false, key: true, values: ['d', 'd'] },
      { name: 'tags', type: 'string', list: true, key: false, values: [['x'], undefined] },
      { name: 'n', type: 'integer', list: false, key: false, values: [1, null] },
    ];
    expect(tableJsonLines(columns, 2)).toBe('{"documentId":"d","tags":["x"],"n":1}\n{"documentId":"d","tags":null,"n":null}\n');
  });

  it('writes the same Parquet bytes for the same rows, and refuses a non-integer in an integer column', () => {
    const columns = (n: unknown): TableColumn[] => [
      { name: 'documentId', type: 'string', list: false, key: true, values: ['a', 'b'] },
      { name: 'n', type: 'integer', list: false, key: false, values: [n, null] },
      { name: 'tags', type: 'string', list: true, key: false, values: [['x', null], []] },
    ];
    expect(Buffer.from(tableParquet(columns(3)))).toEqual(Buffer.from(tableParquet(columns(3))));
    expect(() => tableParquet(columns(2.5))).toThrow('an integer column holds 2.5');
  });
});
