/**
 * The flattened lines of a figure or table block, with their source lines, and small helpers to
 * cut and join MappedText without losing where each character came from.
 */
import type { Edition, EditionBlock } from '../edition/edition.js';
import { concat, concatAll, inserted, slice, type MappedText } from '../text/mapped-text.js';
import type { LineIndex } from '../text/positions.js';
import { squash } from './compact.js';
import type { BlockRef } from './spec.js';

/** One flattened content line of a block. */
export interface BlockLine {
  readonly text: MappedText;
  /** 1-based source line of its first character. */
  readonly line: number;
}

/** The block a description points at, or undefined when the edition has none. */
export function findBlock(edition: Edition, ref: BlockRef): EditionBlock | undefined {
  for (const item of edition.items) {
    if (item.type === 'block' && item.block.block.kind === ref.kind && item.block.block.number === ref.number) return item.block;
  }
  return undefined;
}

/** Key of a block in TablesResult.blockTables: "table-1", "figure-3". */
export function blockKey(ref: BlockRef): string {
  return `${ref.kind}-${ref.number}`;
}

/**
 * The block's content lines with their source lines; the printed header line (the first line
 * whose whitespace-free text starts with `header`) and everything before it are dropped.
 */
export function contentLines(block: EditionBlock, lines: LineIndex, header?: string): { lines: BlockLine[]; header?: BlockLine } {
  const all = block.content.map((text) => ({ text, line: lineOf(lines, text) }));
  if (header === undefined) return { lines: all };
  const key = squash(header);
  const at = all.findIndex((line) => squash(line.text.text).startsWith(key));
  if (at < 0) return { lines: all };
  return { lines: all.slice(at + 1), header: all[at] };
}

/** 1-based source line of the first sourced unit of `text` at or after `from` (0 when none). */
export function lineOf(lines: LineIndex, text: MappedText, from = 0): number {
  const offset = firstOffset(text, from);
  return offset < 0 ? 0 : lines.point(offset).line;
}

/** 0-based source offset of the first sourced unit at or after `from`, or -1. */
export function firstOffset(text: MappedText, from = 0): number {
  for (let i = Math.max(0, from); i < text.offsets.length; i++) if (text.offsets[i] >= 0) return text.offsets[i];
  return -1;
}

/** Trim whitespace at both ends, keeping offsets. */
export function trim(text: MappedText): MappedText {
  let start = 0;
  let end = text.text.length;
  while (start < end && /\s/u.test(text.text[start])) start++;
  while (end > start && /\s/u.test(text.text[end - 1])) end--;
  return slice(text, start, end);
}

/** Collapse runs of whitespace to one space (the kept space keeps its own offset). */
export function collapse(text: MappedText): MappedText {
  const keep: number[] = [];
  for (let i = 0; i < text.text.length; i++) {
    if (/\s/u.test(text.text[i]) && (i === 0 || /\s/u.test(text.text[i - 1]))) continue;
    keep.push(i);
  }
  const offsets = Int32Array.from(keep.map((i) => text.offsets[i]));
  const chars = keep.map((i) => (/\s/u.test(text.text[i]) ? ' ' : text.text[i]));
  return trim({ text: chars.join(''), offsets });
}

/**
 * Join pieces printed on consecutive lines. A piece ending in "∙" (or a wrap inside a
 * parenthesised gloss) continues without a space; otherwise one inserted space separates them.
 */
export function joinLines(pieces: readonly MappedText[]): MappedText {
  const parts: MappedText[] = [];
  pieces.forEach((piece, index) => {
    if (index > 0 && piece.text.length > 0 && parts.length > 0) {
      const previous = parts[parts.length - 1].text;
      if (!/[∙·]$/u.test(previous)) parts.push(inserted(' '));
    }
    if (piece.text.length > 0) parts.push(piece);
  });
  return concatAll(parts);
}

/** Remove a regular-expression match range from a MappedText. */
export function cut(text: MappedText, start: number, end: number): MappedText {
  return concat(slice(text, 0, start), slice(text, end));
}

/** Top-level parenthesised groups "(…)" of a text: 0-based start (at "(") and end (after ")"). */
export function parentheses(text: string): Array<{ start: number; end: number }> {
  const groups: Array<{ start: number; end: number }> = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') {
      if (depth === 0) start = i;
      depth++;
    } else if (text[i] === ')' && depth > 0) {
      depth--;
      if (depth === 0) groups.push({ start, end: i + 1 });
    }
  }
  return groups;
}

/** True when every "(" has its ")". */
export function balanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth++;
    else if (char === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Split a MappedText at every match of `separator` (a non-global pattern is made global). */
export function split(text: MappedText, separator: RegExp): MappedText[] {
  const global = new RegExp(separator.source, separator.flags.includes('g') ? separator.flags : `${separator.flags}g`);
  const parts: MappedText[] = [];
  let at = 0;
  for (const match of text.text.matchAll(global)) {
    if (match[0].length === 0) continue;
    parts.push(trim(slice(text, at, match.index!)));
    at = match.index! + match[0].length;
  }
  parts.push(trim(slice(text, at)));
  return parts.filter((part) => part.text.length > 0);
}
