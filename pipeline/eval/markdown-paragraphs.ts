/**
 * The plain text of every paragraph of a Markdown edition, as a reader sees it: markup,
 * footnote references and HTML left out, footnote bodies included (they are paragraphs too).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root } from 'mdast';

/** Drop a leading YAML front-matter block, which remark-parse alone would read as text. */
export function stripFrontMatter(markdown: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(markdown);
  return match ? markdown.slice(match[0].length) : markdown;
}

function plainText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return ' ';
    case 'footnoteReference':
    case 'html':
    case 'image':
    case 'imageReference':
      return '';
    default:
      return 'children' in node ? (node.children as Nodes[]).map(plainText).join('') : '';
  }
}

/** Plain text of each paragraph, in document order; soft line breaks read as spaces. */
export function paragraphTexts(markdown: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(stripFrontMatter(markdown)) as Root;
  const result: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'paragraph') {
      const text = plainText(node).replace(/[ \t]*\r?\n[ \t]*/g, ' ').trim();
      if (text) result.push(text);
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return result;
}

/**
 * Plain text of every block a reader sees, in document order: paragraphs (footnote bodies and
 * list items included), headings, table cells and each line of a code block (a figure's or
 * table's printed lines). For scoring a page, whose gold paragraphs include its headings.
 */
export function blockTexts(markdown: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(stripFrontMatter(markdown)) as Root;
  const result: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const text = plainText(node).replace(/[ \t]*\r?\n[ \t]*/g, ' ').trim();
      if (text) result.push(text);
      return;
    }
    if (node.type === 'code') {
      for (const line of node.value.split('\n')) if (line.trim()) result.push(line.trim());
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return result;
}
