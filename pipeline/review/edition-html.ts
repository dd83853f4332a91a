/**
 * edition.md as HTML for the review page: parsed with the reader the tests use (remark-parse,
 * GFM, front matter), turned into hast with mdast-util-to-hast. Every text node keeps its
 * position in edition.md, so that findings can be marked by their edition offsets
 * (marks.ts). The edition's text is untrusted: raw HTML never reaches the page. The pipeline's
 * own `<details><summary>…</summary>` wrapper around a table's printed lines becomes real
 * elements; any other raw HTML is shown as text.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent, Text } from 'hast';
import type { Root as MdastRoot, Yaml } from 'mdast';
import { toHast, type State } from 'mdast-util-to-hast';
import { reader } from '../edition/read-back.js';

/** Labels the HTML needs in the build's language. */
export interface EditionLabels {
  /** Heading of the footnotes section. */
  readonly footnotes: string;
  /** Accessible name of a footnote's back link, for footnote number `n` (1-based). */
  readonly backToReference: (n: number) => string;
  /** The summary of the front matter's details. */
  readonly frontMatter: string;
  /** A printed page's label ("p. 3"). */
  readonly page: (n: number) => string;
}

/** The edition as hast. */
export interface EditionHtml {
  readonly tree: HastRoot;
  /** The Markdown the tree was made from (offsets point into it). */
  readonly markdown: string;
}

/**
 * Parse edition.md and turn it into hast with positions (no marks yet). `blockTypes` and
 * `blockPages` describe the top-level nodes of the tree the Markdown was written from, with the
 * printed page each starts on: when the Markdown reads back into the same sequence of node
 * types, a page marker goes before each block that starts a new page.
 */
export function editionToHast(markdown: string, labels: EditionLabels, blocks?: { types: readonly string[]; pages: ReadonlyArray<number | undefined> }): EditionHtml {
  const mdast = reader.parse(markdown) as MdastRoot;
  const pageStarts = blocks ? pageStartOffsets(mdast, blocks.types, blocks.pages) : new Map<number, number>();
  const tree = toHast(mdast, {
    allowDangerousHtml: true,
    footnoteLabel: labels.footnotes,
    footnoteBackLabel: (index) => labels.backToReference(index + 1),
    handlers: { yaml: (state: State, node: Yaml) => frontMatter(state, node, labels.frontMatter) },
  }) as HastRoot;
  positionCodeText(tree, markdown);
  tree.children = insertPageMarkers(wrapDetails(tree.children), pageStarts, labels);
  return { tree, markdown };
}

/** Edition offset of each top-level block that starts a new printed page → that page. */
function pageStartOffsets(mdast: MdastRoot, types: readonly string[], pages: ReadonlyArray<number | undefined>): Map<number, number> {
  const starts = new Map<number, number>();
  const children = mdast.children;
  if (children.length !== types.length || children.some((child, i) => child.type !== types[i])) return starts;
  let current: number | undefined;
  children.forEach((child, i) => {
    const page = pages[i];
    const offset = child.position?.start.offset;
    // Footnote definitions move to the end of the page: their pages are not the text's order.
    if (page === undefined || offset === undefined || child.type === 'footnoteDefinition' || page === current) return;
    current = page;
    starts.set(offset, page);
  });
  return starts;
}

/** A page marker (`<div class="page-marker" data-page>`) before each block that starts a page. */
function insertPageMarkers(children: RootContent[], starts: ReadonlyMap<number, number>, labels: EditionLabels): RootContent[] {
  if (starts.size === 0) return children;
  const out: RootContent[] = [];
  for (const child of children) {
    const offset = child.type === 'element' ? child.position?.start.offset : undefined;
    const page = offset === undefined ? undefined : starts.get(offset);
    if (page !== undefined) {
      out.push({
        type: 'element',
        tagName: 'div',
        properties: { className: ['page-marker'], dataPage: String(page), role: 'separator', ariaLabel: labels.page(page) },
        children: [{ type: 'text', value: labels.page(page) }],
      });
    }
    out.push(child);
  }
  return out;
}

/** The front matter as a preformatted block in a closed <details>, its text positioned like any other. */
function frontMatter(state: State, node: Yaml, label: string): Element {
  const start = node.position?.start.offset;
  // The value starts on the line after the opening '---'.
  const offset = start === undefined ? undefined : start + 4;
  const text: Text = { type: 'text', value: node.value };
  if (offset !== undefined && node.position) {
    text.position = { start: { line: node.position.start.line + 1, column: 1, offset }, end: { line: node.position.end.line - 1, column: 1, offset: offset + node.value.length } };
  }
  const pre: Element = { type: 'element', tagName: 'pre', properties: {}, children: [text] };
  const summary: Element = { type: 'element', tagName: 'summary', properties: { dataI18n: 'frontMatter' }, children: [{ type: 'text', value: label }] };
  const result: Element = { type: 'element', tagName: 'details', properties: { className: ['front-matter'] }, children: [summary, pre] };
  state.patch(node, result);
  return result;
}

/**
 * mdast-util-to-hast gives a code block's text no position (it adds a final newline): place it
 * after the opening fence line, when the Markdown there is the text itself.
 */
function positionCodeText(tree: HastRoot, markdown: string): void {
  const visit = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const text = child.tagName === 'code' ? child.children[0] : undefined;
      if (text?.type === 'text' && !text.position && child.position?.start.offset !== undefined) {
        const fenceEnd = markdown.indexOf('\n', child.position.start.offset);
        const value = text.value.endsWith('\n') ? text.value.slice(0, -1) : text.value;
        const start = fenceEnd + 1;
        if (fenceEnd >= 0 && markdown.startsWith(value, start)) {
          text.position = { start: { line: child.position.start.line + 1, column: 1, offset: start }, end: { line: child.position.end.line - 1, column: 1, offset: start + value.length } };
        }
      }
      visit(child);
    }
  };
  visit(tree);
}

const DETAILS_OPEN = /^<details>\s*<summary>([^<>]*)<\/summary>$/;
const DETAILS_CLOSE = /^<\/details>$/;

/**
 * Block-level raw HTML: the pipeline's details wrapper becomes elements (its summary as text);
 * anything else becomes a paragraph of text. Inline raw HTML becomes text in place.
 */
function wrapDetails(children: readonly RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  let open: Element | undefined;
  for (const child of children) {
    if (child.type === 'raw') {
      const opening = DETAILS_OPEN.exec(child.value.trim());
      if (opening && !open) {
        open = {
          type: 'element',
          tagName: 'details',
          properties: { className: ['printed-lines'] },
          children: [{ type: 'element', tagName: 'summary', properties: {}, children: [{ type: 'text', value: decodeBasicEntities(opening[1]) }] }],
          position: child.position,
        };
        out.push(open);
        continue;
      }
      if (open && DETAILS_CLOSE.test(child.value.trim())) {
        open = undefined;
        continue;
      }
      const asText: Element = { type: 'element', tagName: 'p', properties: { className: ['raw-html'] }, children: [rawAsText(child)], position: child.position };
      (open ? open.children : out).push(asText);
      continue;
    }
    const converted = child.type === 'element' ? rawToText(child) : child;
    (open ? open.children : out).push(converted as ElementContent);
  }
  return out;
}

/** Inline raw HTML anywhere below `node` becomes text. */
function rawToText(node: Element): Element {
  node.children = node.children.map((child) => (child.type === 'raw' ? rawAsText(child) : child.type === 'element' ? rawToText(child) : child));
  return node;
}

function rawAsText(raw: { value: string; position?: Text['position'] }): Text {
  return { type: 'text', value: raw.value, ...(raw.position ? { position: raw.position } : {}) };
}

function decodeBasicEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}
