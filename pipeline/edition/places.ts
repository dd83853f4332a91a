/**
 * Where a source character stands in edition.md. The build writes the edition once; while it
 * does, the text and code handlers hand over what they wrote for each node, and to-mdast.ts
 * keeps the mapped text (source offset per unit) behind each node. Each node's output is found
 * in the Markdown in tree order, from where the previous one ended, and aligned with the
 * node's mapped text: for every source offset that reached the edition, its 0-based offset in
 * the Markdown. (mdast-util-to-markdown's own `info.now` is not used: it is off by the space
 * after a footnote label and drifts where phrasing is re-serialised.) Linear in the size of the
 * source plus the Markdown.
 */
import type { Root } from 'mdast';
import type { MappedText } from '../text/mapped-text.js';
import { stringifyEdition } from './stringify.js';
import { mappedTexts } from './to-mdast.js';

/** A place in edition.md: 1-based line and column (UTF-16 units), 0-based offset. */
export interface EditionPlace {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** The Markdown of an edition and the way from source offsets to places in it. */
export interface PlacedEdition {
  readonly markdown: string;
  /**
   * The edition place of the first character at or after source offset `start` (and before
   * `end`, default start + 1) that is in the edition; undefined when none is (removed chrome,
   * a page marker, a character inside a parsed table shown only as a GFM table).
   */
  place(start: number, end?: number): EditionPlace | undefined;
  /** The line of edition.md that holds `place` (without its line break). */
  lineText(place: EditionPlace): string;
}

// A character reference remark-stringify writes for a character it cannot leave as it is.
const REFERENCE = /^&#x([0-9A-Fa-f]+);/;

/**
 * Stringify `tree` (made by editionToMdast for a source of `sourceLength` UTF-16 units) and
 * record where each source character went.
 */
export function stringifyWithPlaces(tree: Root, sourceLength: number): PlacedEdition {
  const written = new Map<object, string>();
  const markdown = stringifyEdition(tree, (node, _now, output) => written.set(node, output));
  const lineStarts = [0];
  for (let i = 0; i < markdown.length; i++) if (markdown.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const target = new Int32Array(sourceLength).fill(-1);
  const put = (source: number, at: number) => {
    if (source >= 0 && source < sourceLength && target[source] < 0) target[source] = at;
  };
  let cursor = 0;
  for (const node of mappedNodes(tree)) {
    const mapped = mappedTexts.get(node);
    const output = written.get(node);
    if (!mapped || output === undefined || output === '') continue;
    const base = markdown.indexOf(output, cursor);
    if (base < 0) continue;
    cursor = base + output.length;
    if (Array.isArray(mapped)) {
      // A fenced code block: the fence line, then the value as it is (no escaping), one mapped
      // text per line.
      let at = base + output.indexOf('\n') + 1;
      for (const part of mapped as readonly MappedText[]) {
        for (let i = 0; i < part.text.length; i++) put(part.offsets[i], at + i);
        at += part.text.length + 1;
      }
    } else alignEscaped(mapped as MappedText, output, base, put);
  }
  const pointAt = (offset: number): EditionPlace => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1, offset };
  };
  return {
    markdown,
    place(start, end = start + 1) {
      for (let at = Math.max(0, start); at < Math.min(end, sourceLength); at++) if (target[at] >= 0) return pointAt(target[at]);
      return undefined;
    },
    lineText(place) {
      const from = lineStarts[place.line - 1] ?? 0;
      const next = lineStarts[place.line];
      return markdown.slice(from, next === undefined ? markdown.length : next - 1);
    },
  };
}

/** Nodes with a mapped text, in tree (= Markdown) order. */
function mappedNodes(tree: Root): object[] {
  const nodes: object[] = [];
  const walk = (node: { children?: unknown[] }) => {
    if (mappedTexts.has(node)) nodes.push(node);
    for (const child of node.children ?? []) walk(child as { children?: unknown[] });
  };
  walk(tree);
  return nodes;
}

/**
 * Map a text node's units to its written form, which is the value with escapes added
 * (a backslash before a character, or a character reference): walk both, skipping what the
 * writer added.
 */
function alignEscaped(mapped: MappedText, output: string, base: number, put: (source: number, at: number) => void): void {
  const value = mapped.text;
  let j = 0;
  for (let i = 0; i < value.length && j < output.length; ) {
    if (output[j] === value[i]) {
      put(mapped.offsets[i], base + j);
      i++;
      j++;
      continue;
    }
    const reference = REFERENCE.exec(output.slice(j, j + 12));
    if (reference && String.fromCodePoint(Number.parseInt(reference[1], 16)) === value[i]) {
      put(mapped.offsets[i], base + j);
      i++;
      j += reference[0].length;
      continue;
    }
    j++;
  }
}
