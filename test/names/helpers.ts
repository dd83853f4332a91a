/**
 * Helpers for the names tests: a minimal Edition built from plain text (one paragraph per
 * non-empty line, every unit mapped to its own source offset), so that a case can be written
 * as a few lines of Korean with Japanese in it.
 */
import type { Edition } from '../../pipeline/edition/edition.js';
import { buildSpacingContext } from '../../pipeline/edition/spacing/index.js';
import { sliceSource } from '../../pipeline/text/mapped-text.js';
import { LineIndex } from '../../pipeline/text/positions.js';

/** An Edition whose items are the lines of `source` (footnotes: lines starting with "각주:"). */
export function editionOf(source: string): Edition {
  const lines = new LineIndex(source);
  const items: Edition['items'] = [];
  const footnotes: Array<Edition['footnotes'][number]> = [];
  let offset = 0;
  for (const line of source.split('\n')) {
    if (line.trim() !== '') {
      if (line.startsWith('각주:')) {
        footnotes.push({ number: footnotes.length + 1, text: sliceSource(source, offset + 3, offset + line.length) });
      } else {
        const text = sliceSource(source, offset, offset + line.length);
        items.push({ type: 'paragraph', paragraph: { segments: [], text, joins: [], footnotes: [] } });
      }
    }
    offset += line.length + 1;
  }
  return { items, footnotes, apparatus: [], spacing: buildSpacingContext([], { dictionary: false }), lastPage: 0, lines };
}
