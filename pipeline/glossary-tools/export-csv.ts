/**
 * The glossary as CSV for CAT tools and spreadsheets: one row per entry, one column per field
 * (header = field names; `ja` and `ko` are the term columns). Lists are joined with " | ",
 * examples written "text ⇒ expect". RFC 4180 quoting, UTF-8 with a BOM (without it Excel on
 * Korean or Japanese Windows reads the file in the system code page and garbles it), CRLF line
 * ends as the RFC says. The plain layout is the two columns CAT tools import as a termbase.
 */
import { stringify } from 'csv-stringify/sync';
import type { GlossaryEntry, GlossaryEntryData } from '../glossary/load.js';
import { entryData, FIELDS, LIST_FIELDS } from './fields.js';

/** Separator of list items inside a cell. */
export const LIST_SEPARATOR = ' | ';
/** Separator of an example's text and the form it expects. */
export const EXAMPLE_ARROW = ' ⇒ ';

/** Join list items; an item holding a separator could not be read back, so it is an error. */
function joinList(values: readonly string[], entry: string, field: string, separators: readonly string[] = [LIST_SEPARATOR, EXAMPLE_ARROW]): string {
  for (const value of values) {
    if (separators.some((separator) => value.includes(separator))) {
      throw new Error(`${entry}: ${field} value ${JSON.stringify(value)} contains a separator the CSV export uses`);
    }
  }
  return values.join(LIST_SEPARATOR);
}

/** One CSV row of values for an entry, in FIELDS order. */
export function csvRow(entry: GlossaryEntry | GlossaryEntryData): string[] {
  const data = entryData(entry) as unknown as Record<string, unknown>;
  return FIELDS.map((field) => {
    const value = data[field];
    if (value === undefined) return '';
    if (field === 'examples') {
      return joinList(
        (value as Array<{ text: string; expect: string }>).map((example) => {
          joinList([example.text, example.expect], data.id as string, field);
          return `${example.text}${EXAMPLE_ARROW}${example.expect}`;
        }),
        data.id as string,
        field,
        [LIST_SEPARATOR],
      );
    }
    if (LIST_FIELDS.has(field)) return joinList(value as string[], data.id as string, field);
    return String(value);
  });
}

/** Byte order mark that tells spreadsheet programs the file is UTF-8. */
export const BOM = '\uFEFF';

/** The CSV text of `entries` (header first), in the given order. */
export function exportCsv(entries: readonly (GlossaryEntry | GlossaryEntryData)[]): string {
  return BOM + stringify([[...FIELDS], ...entries.map(csvRow)], { record_delimiter: '\r\n', quoted_match: /[",\r\n]/ });
}

/**
 * The plain two-column termbase CAT tools import (memoQ, Trados, Xbench, Excel): a header
 * `ja,ko`, then the Japanese term beside its standard Korean form, and one more row per
 * accepted Korean form (a synonym, as those tools list them). `glossary import` reads it back.
 */
export function exportPlainCsv(entries: readonly (GlossaryEntry | GlossaryEntryData)[]): string {
  const rows: string[][] = [['ja', 'ko']];
  for (const entry of entries) {
    rows.push([entry.ja, entry.ko]);
    for (const form of entry.accepted ?? []) rows.push([entry.ja, form]);
  }
  return BOM + stringify(rows, { record_delimiter: '\r\n', quoted_match: /[",\r\n]/ });
}
