/**
 * Markdown out of the mdast tree: remark-stringify with GFM (tables, footnotes) and YAML front
 * matter. Escaping is kept to what Markdown needs, so the edition's text stays the author's:
 * a single "~" (100~200) is not strikethrough once single-tilde strikethrough is off.
 */
import type { Code, List, Root, Text } from 'mdast';
import { defaultHandlers, type Handle } from 'mdast-util-to-markdown';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

// GFM's strikethrough extension escapes every "~" in text. With single-tilde strikethrough off,
// only "~~" can open one, so a lone tilde between other characters (100~200) is safe as it is.
const text: Handle = (node: Text, parent, state, info) => {
  const output = defaultHandlers.text(node, parent, state, info).replace(/(?<![~\\])\\~(?!~|\\~)/g, '~');
  recorder?.(node, info.now, output);
  return output;
};

// An ordered list is written with the delimiter the author printed ("1)" or "1."), which
// mdast keeps in data because Markdown's AST has no field for it.
const list: Handle = (node: List, parent, state, info) => {
  const saved = state.options.bulletOrdered;
  if (node.data?.delimiter) state.options.bulletOrdered = node.data.delimiter;
  try {
    return defaultHandlers.list(node, parent, state, info);
  } finally {
    state.options.bulletOrdered = saved;
  }
};

const code: Handle = (node: Code, parent, state, info) => {
  const output = defaultHandlers.code(node, parent, state, info);
  recorder?.(node, info.now, output);
  return output;
};

/** Where a text or code node's Markdown starts (1-based line and column) and what was written. */
export type PlaceRecorder = (node: Text | Code, now: { line: number; column: number }, output: string) => void;

// Set only for the duration of one stringifyEdition call (stringify is synchronous).
let recorder: PlaceRecorder | undefined;

const options = { bullet: '-', emphasis: '_', strong: '*', fences: true, listItemIndent: 'one', rule: '-', handlers: { text, code, list } } as const;

/** The processor that writes editions; created once. */
const writer = unified().use(remarkStringify, options).use(remarkFrontmatter, ['yaml']).use(remarkGfm, { singleTilde: false });

/**
 * Serialise an edition tree to Markdown. `record`, when given, hears where each text and code
 * node was written (mdast-util-to-markdown tracks the point it writes at and hands it to every
 * handler as `info.now`), which edition/places.ts turns into source-to-edition positions.
 */
export function stringifyEdition(tree: Root, record?: PlaceRecorder): string {
  recorder = record;
  try {
    return writer.stringify(tree);
  } finally {
    recorder = undefined;
  }
}
