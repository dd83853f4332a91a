/**
 * One invariant test over the whole pipeline: every character of the source is accounted for,
 * the Markdown reads back as the tree that was written, every message is well-formed, and the
 * same input gives the same bytes.
 */
import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../pipeline/orchestrate/build-document.js';
import { reader } from '../pipeline/edition/read-back.js';
import { stringifyEdition } from '../pipeline/edition/stringify.js';
import { editionToMdast } from '../pipeline/edition/to-mdast.js';
import type { MappedText } from '../pipeline/text/mapped-text.js';
import { ruleInfo } from '../pipeline/rules.js';
import { seedEdition } from './helpers/seed.js';
import { devPages, generatedPages, pageEdition } from './helpers/pages.js';
import { basename } from 'node:path';

function editionTexts(run: Awaited<ReturnType<typeof seedEdition>>): MappedText[] {
  const texts: MappedText[] = [];
  for (const item of run.edition.items) {
    if (item.type === 'paragraph') texts.push(item.paragraph.text);
    else if (item.type === 'block') texts.push(item.block.caption, ...item.block.notes, ...item.block.content);
    else texts.push(item.text);
  }
  for (const footnote of run.edition.footnotes) texts.push(footnote.text);
  return texts;
}

type Run = Awaited<ReturnType<typeof seedEdition>>;

/** The invariants every document keeps, checked on one run. */
function invariants(name: string, getRun: () => Promise<Run>): void {
  describe(`pipeline invariants on ${name}`, () => {
    it('accounts for every non-space source character in the edition or the apparatus', async () => {
      const run = await getRun();
      const covered = new Uint8Array(run.source.length);
      for (const text of editionTexts(run)) {
        text.offsets.forEach((offset, i) => {
          // A replaced character keeps its offset but is not the source character: the
          // apparatus must account for the original then.
          if (offset >= 0 && run.source[offset] === text.text[i]) covered[offset] = 1;
        });
      }
      for (const entry of run.edition.apparatus) {
        if (entry.kind === 'normalization' || entry.original === '') continue;
        expect(run.source.slice(entry.source.offset, entry.source.offset + entry.original.length)).toBe(entry.original);
        covered.fill(1, entry.source.offset, entry.source.offset + entry.original.length);
      }
      const missing: string[] = [];
      for (let i = 0; i < run.source.length; i++) {
        if (!covered[i] && !/\s/.test(run.source[i])) missing.push(`${i}:${run.source[i]}`);
      }
      expect(missing).toEqual([]);
    });

    // The same account on the Markdown a reader gets: the edition's text (tables included) and
    // the apparatus' originals hold, between them, at least every non-space character of the source.
    it('keeps every source character in edition.md or the apparatus (as counted characters)', async () => {
      const run = await getRun();
      const markdown = (await buildDocument(run.document)).files.get('edition.md')!;
      const count = (text: string, into = new Map<string, number>()) => {
        for (const char of text.replace(/\s/g, '')) into.set(char, (into.get(char) ?? 0) + 1);
        return into;
      };
      const available = count(markdown);
      for (const entry of run.edition.apparatus) if (entry.kind !== 'normalization') count(entry.original, available);
      const short: string[] = [];
      for (const [char, needed] of count(run.source)) if ((available.get(char) ?? 0) < needed) short.push(`${char} (${needed - (available.get(char) ?? 0)} missing)`);
      expect(short).toEqual([]);
    });

    it('gives every apparatus entry a source place, a rule and a reason', async () => {
      const run = await getRun();
      for (const entry of run.edition.apparatus) {
        expect(entry.source.line).toBeGreaterThan(0);
        expect(entry.source.column).toBeGreaterThan(0);
        expect(entry.reason.length).toBeGreaterThan(5);
        expect(() => ruleInfo(entry.rule)).not.toThrow();
      }
    });

    it('emits only well-formed messages with known rule ids', async () => {
      const run = await getRun();
      for (const message of run.file.messages) {
        expect(message.ruleId).toBeTruthy();
        expect(message.source).toBe('kaikyo');
        expect(() => ruleInfo(message.ruleId!)).not.toThrow();
      }
    });

    it('reads the Markdown back as the tree that was written', async () => {
      const run = await getRun();
      const tree = editionToMdast(run.edition, run.document.meta);
      const markdown = stringifyEdition(tree);
      const parsed = reader.parse(markdown);
      expect(comparable(parsed)).toEqual(comparable(tree));
    });

    it('builds byte-identical outputs twice', async () => {
      const run = await getRun();
      const first = await buildDocument(run.document);
      const second = await buildDocument(run.document);
      expect([...second.files]).toEqual([...first.files]);
    });
  });
}

invariants('the seed', seedEdition);

// Every dev page and every generated page (bad input included) keeps the same invariants: it
// builds, every character is in the edition or the apparatus, and its bytes are stable.
for (const path of devPages()) invariants(`dev page ${basename(path)}`, () => pageEdition(path));
for (const [name, path] of Object.entries(generatedPages())) invariants(`generated page ${name}`, () => pageEdition(path));

/** A tree without positions and data, with adjacent text nodes merged. */
function comparable(node: Root): unknown {
  const strip = (current: Nodes): unknown => {
    const { position: _position, data: _data, ...rest } = current as Nodes & { data?: unknown };
    if ('children' in current) {
      const children: unknown[] = [];
      for (const child of current.children as Nodes[]) {
        const simple = strip(child) as { type: string; value?: string };
        const last = children[children.length - 1] as { type: string; value?: string } | undefined;
        if (simple.type === 'text' && last?.type === 'text') last.value += simple.value ?? '';
        else children.push(simple);
      }
      return { ...rest, children };
    }
    return rest;
  };
  return strip(node);
}
