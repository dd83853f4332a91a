/**
 * Line breaks. Every later stage splits on LF only, so CRLF and lone CR become LF here, and the
 * style that was seen is kept so a report can say what the file used.
 */

/** Which line breaks a text used before they were unified. */
export type NewlineStyle = 'LF' | 'CRLF' | 'CR' | 'mixed' | 'none';

/** `text` with CRLF and lone CR turned into LF, and the style that was found. */
export function normalizeNewlines(text: string): { text: string; newlines: NewlineStyle } {
  if (!text.includes('\r')) return { text, newlines: text.includes('\n') ? 'LF' : 'none' };
  let lf = false;
  let crlf = false;
  let cr = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x0a) lf = true;
    else if (unit === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) {
        crlf = true;
        i++;
      } else cr = true;
    }
  }
  const seen = Number(lf) + Number(crlf) + Number(cr);
  const newlines: NewlineStyle = seen > 1 ? 'mixed' : crlf ? 'CRLF' : 'CR';
  return { text: text.replace(/\r\n?/g, '\n'), newlines };
}
