/**
 * Merge imported entries into the text of a glossary YAML file without touching anything else:
 * an entry whose id the file has is replaced where it stands (the text of that entry only), a
 * new id is appended at the end. Every other byte of the file — other entries' wrapping,
 * comments, blank lines — stays as it was, so the diff a reviewer reads is the merge itself.
 */
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { GlossaryError, type GlossaryEntryData } from '../glossary/load.js';
import { entriesYaml } from './import.js';

/** The YAML of one entry as a block mapping whose lines after the first are indented by `indent` spaces. */
function entryBlock(entry: GlossaryEntryData, indent: number): string {
  // entriesYaml writes "- key: …\n  key: …": drop the dash, re-indent the continuation lines.
  const lines = entriesYaml([entry]).replace(/\n$/, '').split('\n');
  return lines.map((line, index) => (index === 0 ? line.slice(2) : ' '.repeat(indent) + line.slice(2))).join('\n');
}

/** The merged text, and how many entries were replaced and appended. */
export function mergeIntoYaml(existing: string, entries: readonly GlossaryEntryData[], file: string): { text: string; replaced: number; appended: number } {
  if (existing.trim() === '' || existing.trim() === '[]') return { text: entriesYaml(entries), replaced: 0, appended: entries.length };
  const lineCounter = new LineCounter();
  const document = parseDocument(existing, { lineCounter });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    throw new GlossaryError(file, error.linePos?.[0]?.line ?? 1, error.linePos?.[0]?.col ?? 1, '', `YAML: ${error.message.split('\n')[0]}`);
  }
  const seq = document.contents;
  if (!isSeq(seq) || seq.flow) throw new GlossaryError(file, 1, 1, '', 'a glossary file is a block list of entries');
  // Where each id's mapping stands in the text.
  const places = new Map<string, { start: number; end: number; indent: number }>();
  for (const item of seq.items) {
    if (!isMap(item) || !item.range) continue;
    const id = item.get('id');
    const [start, end] = item.range;
    if (typeof id === 'string') places.set(id, { start, end, indent: lineCounter.linePos(start).col - 1 });
  }
  const replacements: Array<{ start: number; end: number; text: string }> = [];
  const appended: GlossaryEntryData[] = [];
  // One entry per id: the last one given wins, as a later row of a termbase would.
  for (const entry of new Map(entries.map((item) => [item.id, item])).values()) {
    const place = places.get(entry.id);
    if (place) {
      // The mapping's text ends after its last value; keep the line end that follows it.
      const text = existing.slice(place.start, place.end);
      const trailing = /\s*$/.exec(text)?.[0] ?? '';
      replacements.push({ start: place.start, end: place.end - trailing.length, text: entryBlock(entry, place.indent) });
    } else appended.push(entry);
  }
  let text = existing;
  for (const { start, end, text: block } of replacements.sort((a, b) => b.start - a.start)) text = text.slice(0, start) + block + text.slice(end);
  if (appended.length > 0) text = `${text.replace(/\n*$/, '\n')}\n${entriesYaml(appended)}`;
  return { text, replaced: replacements.length, appended: appended.length };
}
