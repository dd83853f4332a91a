/**
 * The processor that reads an edition's Markdown back into mdast, with the same extensions it
 * was written with (stringify.ts): the invariant test compares the trees. Apart from the writer
 * because a build never parses Markdown and need not load the parser.
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export const reader = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm, { singleTilde: false });
