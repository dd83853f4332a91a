/**
 * The edition model as an mdast tree: YAML front matter, title, author line, headings,
 * paragraphs with footnote references, figures and tables as caption + notes + a block of
 * their flattened lines, the editor's note where the text breaks off, and footnote definitions.
 * Every node carries its unist position in the source and, in `data.page`, its printed page.
 */
import type { Code, FootnoteDefinition, Heading, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
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
  for (const item of edition.items) children.push(...itemNodes(item, lines, options));
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

function frontMatter(meta: DocumentMeta, edition: Edition): string {
  const matter: Record<string, unknown> = {
    title: meta.title,
    author: meta.author.name,
    ...(meta.author.affiliation ? { affiliation: meta.author.affiliation } : {}),
    year: meta.year,
    ...(meta.dataAsOf ? { dataAsOf: meta.dataAsOf } : {}),
    language: meta.language,
    source: meta.source.description ?? meta.source.file,
  };
  if (meta.pages) {
    matter.pages = { present: meta.pages.present, announced: meta.pages.announced, lastMarker: edition.lastPage };
    matter.note = translator('ko')('edition.pagesNote', { ...meta.pages });
  }
  return stringifyYaml(matter, { lineWidth: 0 });
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
// link, GFM's autolink literal would swallow the particle.
const URL = /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+[A-Za-z0-9/#=_-]/g;

function textNodes(text: MappedText, lines: LineIndex): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let at = 0;
  for (const match of text.text.matchAll(URL)) {
    const start = match.index!;
    if (start > at) nodes.push(textNode(slice(text, at, start), lines));
    const url = slice(text, start, start + match[0].length);
    nodes.push({ type: 'link', url: match[0], title: null, children: [textNode(url, lines)], position: positionOf(url, lines) });
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
