/**
 * Read a CSV or tab-separated file into records, each with the 1-based line it starts on (an
 * import error or skip names it). The parsing is csv-parse's (the project csv-stringify, which
 * writes our CSV, belongs to): RFC 4180 quoting, a UTF-8 BOM dropped (Excel writes one), ragged rows allowed so a
 * termbase with an empty trailing cell is not refused.
 */
import { parse } from 'csv-parse/sync';

/** One record and the 1-based line it starts on. */
export interface TableRecord {
  readonly line: number;
  readonly fields: string[];
}

/**
 * The delimiter of a table: tab for .tsv/.tab/.txt (Xbench and memoQ's plain lists), comma for
 * .csv; otherwise whichever of tab and comma the first line has more of.
 */
export function delimiterOf(text: string, file: string): ',' | '\t' {
  if (/\.(tsv|tab|txt)$/i.test(file)) return '\t';
  if (/\.csv$/i.test(file)) return ',';
  const first = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
  return (first.match(/\t/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? '\t' : ',';
}

/** Parse `text`; a malformed file throws an Error whose message names the line. */
export function readTable(text: string, delimiter: ',' | '\t' = ','): TableRecord[] {
  // One line end everywhere: csv-parse takes its record delimiter from the first line, and a
  // file saved by two tools can mix CRLF and LF.
  const bytes = Buffer.from(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), 'utf8');
  let rows: Array<{ record: string[]; info: { bytes: number } }>;
  try {
    rows = parse(bytes, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true, relax_quotes: delimiter === '\t' }) as unknown as typeof rows;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new Error(`${line ? `line ${line}: ` : ''}${(error as Error).message}`);
  }
  // csv-parse reports where each record ends (in bytes); a record starts after the previous one
  // and any empty lines. One pass over the bytes counts the lines, so this stays linear.
  const records: TableRecord[] = [];
  let at = 0;
  let line = 1;
  for (const { record, info } of rows) {
    for (; at < bytes.length && bytes[at] === 0x0a; at++) line++;
    if (record.some((field) => field.trim() !== '')) records.push({ line, fields: record });
    for (; at < info.bytes; at++) if (bytes[at] === 0x0a) line++;
  }
  return records;
}
