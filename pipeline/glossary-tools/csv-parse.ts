/**
 * A small RFC 4180 reader: quoted fields with doubled quotes, CRLF or LF records, and the
 * 1-based line each record starts on (so an import error can name it). csv-stringify writes;
 * this reads, and avoids a second dependency for forty lines.
 */

/** One record and the 1-based line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
}

/** Parse CSV text; throws an Error naming the line of an unterminated quote. */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  for (; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      continue;
    } else if (char === '\n') {
      endRecord();
      line++;
      recordLine = line;
    } else field += char;
  }
  if (quoted) throw new Error(`line ${quoteLine}: unterminated quoted field`);
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}
