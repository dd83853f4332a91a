/**
 * The edition as HTML for the review page, made from the tree edition.md was written from
 * (mdast-util-to-hast), not by parsing the Markdown again: a build never parses Markdown
 * (edition/read-back.ts), and parsing the seed's edition costs several times the conversion.
 * Each text unit learns its offset in edition.md from the build's record of where every source
 * character went (edition/places.ts, through the mapped text behind each node), so findings can
 * be marked by their edition offsets (marks.ts).
 *
 * The edition's text is untrusted: raw HTML never reaches the page. The pipeline's own
 * `<details><summary>…</summary>` wrapper around a table's printed lines becomes real elements;
 * any other raw HTML is shown as text.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent, Text as HastText } from 'hast';
import type { Code, Root as MdastRoot, RootContent as MdastContent, Text as MdastText, Yaml } from 'mdast';
import { toHast, type State } from 'mdast-util-to-hast';
import type { PlacedEdition } from '../edition/places.js';
import { mappedTexts } from '../edition/to-mdast.js';
import type { MappedText } from '../text/mapped-text.js';

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

/** The edition as hast, with the edition.md offset of each unit of its text nodes. */
export interface EditionHtml {
  readonly tree: HastRoot;
  /** The Markdown (offsets point into it). */
  readonly markdown: string;
  /** For a text node of `tree`: the 0-based edition.md offset of each unit, -1 where it has none. */
  readonly offsets: WeakMap<HastText, Int32Array>;
  /** Where source characters stand in edition.md. */
  readonly placed: Placement;
}

/** Where source characters stand in edition.md (edition/places.ts). */
export type Placement = Pick<PlacedEdition, 'markdown' | 'place'>;

/**
 * `tree` is the edition's mdast (edition/to-mdast.ts), `placed` what writing it recorded.
 * A page marker goes before each top-level block that starts a new printed page (`data.page`).
 */
export function editionToHast(tree: MdastRoot, placed: Placement, labels: EditionLabels): EditionHtml {
  const offsets = new WeakMap<HastText, Int32Array>();
  const unitOffsets = (mapped: MappedText): Int32Array => {
    const result = new Int32Array(mapped.text.length).fill(-1);
    for (let i = 0; i < mapped.text.length; i++) {
      const source = mapped.offsets[i];
      const at = source < 0 ? undefined : placed.place(source)?.offset;
      // The unit itself, or a character reference written for it.
      if (at !== undefined && (placed.markdown.startsWith(mapped.text[i], at) || placed.markdown[at] === '&')) result[i] = at;
    }
    // Units with no source character (a correction's restored characters, an inserted space)
    // stand next to their neighbours: after the unit before, or before the unit after.
    for (let i = 1; i < result.length; i++) {
      if (result[i] < 0 && result[i - 1] >= 0 && placed.markdown[result[i - 1] + 1] === mapped.text[i]) result[i] = result[i - 1] + 1;
    }
    for (let i = result.length - 2; i >= 0; i--) {
      if (result[i] < 0 && result[i + 1] > 0 && placed.markdown[result[i + 1] - 1] === mapped.text[i]) result[i] = result[i + 1] - 1;
    }
    return result;
  };
  const hast = toHast(withPageStarts(tree), {
    allowDangerousHtml: true,
    footnoteLabel: labels.footnotes,
    footnoteBackLabel: (index) => labels.backToReference(index + 1),
    handlers: {
      // As the default handler, without trimming spaces around line breaks (offsets stay per unit).
      text: (state: State, node: MdastText) => {
        const result: HastText = { type: 'text', value: node.value };
        const mapped = mappedTexts.get(node);
        if (mapped && !Array.isArray(mapped)) offsets.set(result, unitOffsets(mapped as MappedText));
        state.patch(node, result);
        return state.applyData(node, result);
      },
      code: (state: State, node: Code) => codeBlock(state, node, unitOffsets, offsets),
      yaml: (state: State, node: Yaml) => frontMatter(state, node, labels.frontMatter),
    },
  }) as HastRoot;
  hast.children = insertPageMarkers(wrapDetails(hast.children), labels);
  return { tree: hast, markdown: placed.markdown, offsets, placed };
}

/** A copy of the root whose blocks that start a new printed page carry it as a property. */
function withPageStarts(tree: MdastRoot): MdastRoot {
  let current: number | undefined;
  const children = tree.children.map((child): MdastContent => {
    const page = (child.data as { page?: number } | undefined)?.page;
    // Footnote definitions move to the end of the page: their pages are not the text's order.
    if (page === undefined || child.type === 'footnoteDefinition' || page === current) return child;
    current = page;
    const data = child.data as { hProperties?: Record<string, unknown> } | undefined;
    return { ...child, data: { ...child.data, hProperties: { ...data?.hProperties, dataPageStart: page } } } as MdastContent;
  });
  return { ...tree, children };
}

/** A page marker (`<div class="page-marker" data-page>`) before each block that starts a page. */
function insertPageMarkers(children: RootContent[], labels: EditionLabels): RootContent[] {
  const out: RootContent[] = [];
  for (const child of children) {
    const page = child.type === 'element' ? child.properties.dataPageStart : undefined;
    if (child.type === 'element' && page !== undefined) {
      delete child.properties.dataPageStart;
      out.push({
        type: 'element',
        tagName: 'div',
        properties: { className: ['page-marker'], dataPage: String(page), role: 'separator', ariaLabel: labels.page(Number(page)) },
        children: [{ type: 'text', value: labels.page(Number(page)) }],
      });
    }
    out.push(child);
  }
  return out;
}

/** A code block as mdast-util-to-hast makes it, its text mapped line by line. */
function codeBlock(state: State, node: Code, unitOffsets: (mapped: MappedText) => Int32Array, offsets: WeakMap<HastText, Int32Array>): Element {
  const value = node.value ? `${node.value}\n` : '';
  const text: HastText = { type: 'text', value };
  const lines = mappedTexts.get(node);
  if (Array.isArray(lines)) {
    const all = new Int32Array(value.length).fill(-1);
    let at = 0;
    for (const line of lines as readonly MappedText[]) {
      all.set(unitOffsets(line).subarray(0, Math.max(0, Math.min(line.text.length, value.length - at))), at);
      at += line.text.length + 1;
    }
    offsets.set(text, all);
  }
  const language = node.lang ? node.lang.split(/\s+/) : [];
  let code: Element = { type: 'element', tagName: 'code', properties: language.length > 0 ? { className: [`language-${language[0]}`] } : {}, children: [text] };
  state.patch(node, code);
  code = state.applyData(node, code);
  const pre: Element = { type: 'element', tagName: 'pre', properties: {}, children: [code] };
  state.patch(node, pre);
  return pre;
}

/** The front matter as a preformatted block in a closed <details> (it holds no finding). */
function frontMatter(state: State, node: Yaml, label: string): Element {
  const pre: Element = { type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'text', value: node.value }] };
  const summary: Element = { type: 'element', tagName: 'summary', properties: { dataI18n: 'frontMatter' }, children: [{ type: 'text', value: label }] };
  const result: Element = { type: 'element', tagName: 'details', properties: { className: ['front-matter'] }, children: [summary, pre] };
  state.patch(node, result);
  return result;
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
        };
        out.push(open);
        continue;
      }
      if (open && DETAILS_CLOSE.test(child.value.trim())) {
        open = undefined;
        continue;
      }
      const asText: Element = { type: 'element', tagName: 'p', properties: { className: ['raw-html'] }, children: [{ type: 'text', value: child.value }] };
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
  node.children = node.children.map((child) => (child.type === 'raw' ? ({ type: 'text', value: child.value } as HastText) : child.type === 'element' ? rawToText(child) : child));
  return node;
}

function decodeBasicEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}
