/**
 * Every piece of the edition that can hold a name, in reading order, with what kind of place it
 * is. Names occur in the running text, in headings, in figure and table captions, notes and
 * cells, and in footnotes; the stage must see all of them.
 */
import type { EditionContent } from '../edition/edition.js';
import type { MappedText } from '../text/mapped-text.js';

/** Where in the edition a text stands. */
export type Container = 'title' | 'author' | 'heading' | 'paragraph' | 'caption' | 'note' | 'cell' | 'footnote';

/** One text of the edition and its place. */
export interface EditionText {
  readonly container: Container;
  /**
   * Texts that belong together for context (one paragraph, one footnote, one whole figure or
   * table): neighbouring names are looked up inside the same group only.
   */
  readonly group: number;
  readonly text: MappedText;
}

/**
 * List the edition's texts: items in their order (a block's caption, notes and content share
 * one group), then the footnotes by number.
 */
export function editionTexts(edition: EditionContent): EditionText[] {
  const texts: EditionText[] = [];
  let group = 0;
  for (const item of edition.items) {
    group++;
    if (item.type === 'paragraph') texts.push({ container: 'paragraph', group, text: item.paragraph.text });
    else if (item.type === 'block') {
      texts.push({ container: 'caption', group, text: item.block.caption });
      for (const note of item.block.notes) texts.push({ container: 'note', group, text: note });
      for (const cell of item.block.content) texts.push({ container: 'cell', group, text: cell });
    } else texts.push({ container: item.type, group, text: item.text });
  }
  for (const footnote of edition.footnotes) texts.push({ container: 'footnote', group: ++group, text: footnote.text });
  return texts;
}
