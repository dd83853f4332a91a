/**
 * The edition model as an mdast tree: YAML front matter, title, author line, headings,
 * paragraphs with footnote references, figures and tables as caption + notes + a block of
 * their flattened lines, the editor's note where the text breaks off, and footnote definitions.
 * Every node carries its unist position in the source and, in `data.page`, its printed page.
 */
import type { Code, FootnoteDefinition, Heading, List, Paragraph, PhrasingContent, Root, RootContent, Table, Text } from 'mdast';
import type { ListInfo } from './paragraphs.js';
import { stringify as stringifyYaml } from 'yaml';
import type { DocumentMeta } from '../corpus/document.js';
import { translator } from '../i18n/index.js';
import { slice, sourceRange, type MappedText } from '../text/mapped-text.js';
import type { LineIndex } from '../text/positions.js';
import type { Edition, EditionItem } from './edition.js';

declare module 'mdast' {
  interface Data {
    /** The printed page the node starts on (written by edition/to-mdast.ts). */
    page?: number;
    /** An ordered list's delimiter as the author printed it (read by edition/stringify.ts). */
    delimiter?: '.' | ')';
  }
}

/**
 * The mapped text behind each text node and each flattened-lines code node (one MappedText per
 * line), so that edition/places.ts can tell where a source character stands in edition.md. A
 * side table rather than node data: the tree stays what the Markdown reads back as.
 */
export const mappedTexts = new WeakMap<object, MappedText | readonly MappedText[]>();

export interface MdastOptions {
  /** Parsed tables by block key ('table-1', 'figure-3'): shown as GFM tables instead of the flattened lines. */
  readonly blockTables?: ReadonlyMap<string, Table>;
}

/** Build the mdast tree of an edition. */
export function editionToMdast(edition: Edition, meta: DocumentMeta, options: MdastOptions = {}): Root {
  const t = translator('ko');
  const lines = edition.lines;
  const children: RootContent[] = [{ type: 'yaml', value: frontMatter(meta, edition).trimEnd() }];
  const lists = new ListBuilder();
  for (const item of edition.items) {
    if (item.type === 'paragraph' && item.paragraph.list) {
      const [node] = itemNodes(item, lines, options) as [Paragraph];
      const top = lists.add(item.paragraph.list, markedParagraph(node, item.paragraph.list, lines));
      if (top) children.push(top);
    } else {
      lists.end();
      children.push(...itemNodes(item, lines, options));
    }
  }
  if (meta.pages && meta.pages.present < meta.pages.announced) {
    children.push({
      type: 'paragraph',
      children: [{ type: 'emphasis', children: [{ type: 'text', value: t('edition.breaksOff', { ...meta.pages }) }] }],
    });
  }
  for (const footnote of edition.footnotes) {
    const definition: FootnoteDefinition = {
      type: 'footnoteDefinition',
      identifier: String(footnote.number),
      label: String(footnote.number),
      children: [{ type: 'paragraph', children: textNodes(footnote.text, lines), position: positionOf(footnote.text, lines) }],
      position: positionOf(footnote.text, lines),
      data: { page: footnote.page },
    };
    children.push(definition);
  }
  return { type: 'root', children };
}

/**
 * The front matter: the document's metadata where it has some (corpus documents), else what the
 * text says about itself (edition.front); a field that is unknown is left out, never written
 * as "" or 0. The site's own lines about the document follow as site* fields.
 * See schemas/front-matter.schema.json.
 */
function frontMatter(meta: DocumentMeta, edition: Edition): string {
  const found = edition.front ?? {};
  const title = meta.title || found.title;
  const authors = meta.author.name
    ? [{ name: meta.author.name, ...(meta.author.affiliation ? { affiliation: meta.author.affiliation } : {}) }]
    : (found.authors ?? []);
  const year = meta.year || found.year;
  const language = meta.language || found.language;
  const matter: Record<string, unknown> = {
    ...(title ? { title } : {}),
    ...(authors.length > 0 ? { authors } : {}),
    ...(year ? { year } : {}),
    ...(meta.dataAsOf ? { dataAsOf: meta.dataAsOf } : {}),
    ...(language ? { language } : {}),
    source: meta.source.description ?? meta.source.file,
  };
  for (const key of Object.keys(edition.site ?? {}).sort()) matter[key] = edition.site![key];
  if (meta.pages) {
    matter.pages = { present: meta.pages.present, announced: meta.pages.announced, lastMarker: edition.lastPage };
    matter.note = translator('ko')('edition.pagesNote', { ...meta.pages });
  }
  return stringifyYaml(matter, { lineWidth: 0 });
}

// Families whose marker the Markdown list itself writes: a dash is the bullet, "1." and "1)" the
// ordered list's number and delimiter. Every other marker stays in the item's text.
const ORDERED: Readonly<Record<string, '.' | ')'>> = { 'toc-number': '.', 'number-paren': ')' };

/** The item's paragraph with the author's marker in front, unless the list syntax writes it. */
function markedParagraph(node: Paragraph, list: ListInfo, lines: LineIndex): Paragraph {
  if (list.family === 'dash' || ORDERED[list.family] || !list.marker) return node;
  const marker = textNode(list.markerText, lines) as Text;
  return { ...node, children: [{ ...marker, value: marker.value.endsWith(' ') ? marker.value : `${marker.value} ` }, ...node.children] };
}

/**
 * Nested lists from list items in reading order: an item one level deeper opens a list inside
 * the previous item; a numbered item that does not continue its list's numbering, or an item of
 * another kind at the same level, starts a new list.
 */
class ListBuilder {
  private stack: Array<{ list: List; family: string; next?: number }> = [];

  /** Add an item; returns a new top-level list when one starts (the caller places it). */
  add(info: ListInfo, paragraph: Paragraph): List | undefined {
    const level = Math.min(info.level, this.stack.length);
    this.stack.length = Math.min(this.stack.length, level + 1);
    const current = this.stack[level];
    const continues = current && current.family === info.family && (current.next === undefined || current.next === info.number);
    let started: List | undefined;
    if (!continues) {
      this.stack.length = level;
      const delimiter = ORDERED[info.family];
      const ordered = delimiter !== undefined && info.number !== undefined;
      const list: List = { type: 'list', ordered, start: ordered ? info.number! : null, spread: false, children: [], data: ordered ? { delimiter } : {} };
      if (level === 0) started = list;
      else {
        const parent = this.stack[level - 1].list;
        parent.children[parent.children.length - 1].children.push(list);
      }
      this.stack.push({ list, family: info.family, ...(ordered ? { next: info.number! } : {}) });
    }
    const entry = this.stack[level];
    entry.list.children.push({ type: 'listItem', spread: false, checked: null, children: [paragraph] });
    if (entry.next !== undefined) entry.next += 1;
    return started;
  }

  /** A block that is not a list item ends every open list. */
  end(): void {
    this.stack = [];
  }
}

function itemNodes(item: EditionItem, lines: LineIndex, options: MdastOptions): RootContent[] {
  const data = { page: item.page };
  switch (item.type) {
    case 'title':
      return [{ type: 'heading', depth: 1, children: [textNode(item.text, lines)], position: positionOf(item.text, lines), data } satisfies Heading];
    case 'author':
      return [{ type: 'paragraph', children: [textNode(item.text, lines)], position: positionOf(item.text, lines), data } satisfies Paragraph];
    case 'heading':
      return [{ type: 'heading', depth: item.depth as Heading['depth'], children: [textNode(item.text, lines)], position: positionOf(item.text, lines), data }];
    case 'paragraph': {
      const { text, footnotes } = item.paragraph;
      const children: PhrasingContent[] = [];
      let at = 0;
      for (const mark of [...footnotes].sort((a, b) => a.at - b.at)) {
        if (mark.at > at) children.push(...textNodes(slice(text, at, mark.at), lines));
        children.push({ type: 'footnoteReference', identifier: String(mark.number), label: String(mark.number) });
        at = mark.at;
      }
      if (at < text.text.length) children.push(...textNodes(slice(text, at), lines));
      return [{ type: 'paragraph', children, position: positionOf(text, lines), data }];
    }
    case 'block': {
      const { caption, notes, content } = item.block;
      const nodes: RootContent[] = [
        { type: 'paragraph', children: [{ type: 'strong', children: [textNode(caption, lines)] }], position: positionOf(caption, lines), data },
      ];
      if (notes.length > 0) {
        // The note lines of one caption (주:, 자료:, 출처: and their continuations) form one
        // paragraph with a line break after each, as printed.
        const children: PhrasingContent[] = [];
        notes.forEach((note, index) => {
          if (index > 0) children.push({ type: 'break' });
          children.push(...textNodes(note, lines));
        });
        nodes.push({ type: 'paragraph', children, position: positionOf(notes[0], lines, notes[notes.length - 1]), data });
      }
      // Only where the document's layout asks for it: a parsed table restates the printed lines
      // (fields split into columns, counts as numbers), so the lines as printed follow it in a
      // collapsed section and the edition still holds every character of them.
      const table = item.block.block.layout?.edition === 'table' ? options.blockTables?.get(`${item.block.block.kind}-${item.block.block.number}`) : undefined;
      if (table) nodes.push({ ...table, data: { ...table.data, page: item.page } });
      if (content.length > 0) {
        const code: Code = {
          type: 'code',
          lang: 'text',
          meta: `${item.block.block.kind}-${item.block.block.number} flattened`,
          value: content.map((line) => line.text).join('\n'),
          position: positionOf(content[0], lines, content[content.length - 1]),
          data,
        };
        mappedTexts.set(code, content);
        if (table) {
          nodes.push({ type: 'html', value: `<details>\n<summary>${translator('ko')('edition.printedLines')}</summary>` });
          nodes.push(code);
          nodes.push({ type: 'html', value: '</details>' });
        } else nodes.push(code);
      }
      return nodes;
    }
  }
}

// A web address ends at the first character that cannot be in a URL unescaped; the Hangul
// particle the author wrote after it ("…/cluster로") is not part of it. Without an explicit
// link, GFM's autolink literal would swallow the particle. "www." addresses and e-mail
// addresses are autolinked by GFM as well (an escape does not stop it), so they become explicit
// links too, and the Markdown reads back as the tree that was written.
const URL = /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+[A-Za-z0-9/#=_-]|(?<![A-Za-z0-9.\-/@])www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:\/[A-Za-z0-9\-._~/?#=%&]*[A-Za-z0-9/#=_-])?|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9@])/g;

function linkTarget(text: string): string {
  if (/^https?:/.test(text)) return text;
  return text.startsWith('www.') ? `http://${text}` : `mailto:${text}`;
}

function textNodes(text: MappedText, lines: LineIndex): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let at = 0;
  for (const match of text.text.matchAll(URL)) {
    const start = match.index!;
    if (start > at) nodes.push(textNode(slice(text, at, start), lines));
    const url = slice(text, start, start + match[0].length);
    nodes.push({ type: 'link', url: linkTarget(match[0]), title: null, children: [textNode(url, lines)], position: positionOf(url, lines) });
    at = start + match[0].length;
  }
  if (at < text.text.length || nodes.length === 0) nodes.push(textNode(slice(text, at), lines));
  return nodes;
}

function textNode(text: MappedText, lines: LineIndex): PhrasingContent {
  const node: PhrasingContent = { type: 'text', value: text.text, position: positionOf(text, lines) };
  mappedTexts.set(node, text);
  return node;
}

function positionOf(text: MappedText, lines: LineIndex, last: MappedText = text) {
  const first = sourceRange(text);
  const end = sourceRange(last);
  if (!first || !end) return undefined;
  return { start: lines.point(first.start), end: lines.point(end.end) };
}
