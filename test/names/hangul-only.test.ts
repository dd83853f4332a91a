/**
 * names.json lists the names written only in Hangul (issue 12 item 6): over the seed, the late
 * stages (names, then consistency) give names.json records with `surface: null`, the author's
 * form in `written` and the entry it resolves to, for the names the issue names and for Table 4's
 * rows; each points at its own characters in the source, and none repeats a Japanese record.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NameOccurrence } from '../../pipeline/names/index.js';
import { runLateStages } from '../../pipeline/orchestrate/late-stages.js';
import { ROOT, seedEdition } from '../helpers/seed.js';

let occurrences: NameOccurrence[];
let source: string;
let findings: Awaited<ReturnType<typeof runLateStages>>['findings'];

beforeAll(async () => {
  const run = await seedEdition();
  source = run.source;
  const result = await runLateStages({ path: 'source.txt', source, items: run.edition.items, footnotes: run.edition.footnotes, glossaryDir: join(ROOT, 'glossary') });
  occurrences = (JSON.parse(result.names) as { names: NameOccurrence[] }).names;
  findings = result.findings;
}, 60_000);

const hangulOnly = () => occurrences.filter((record) => record.surface === null);

describe('names written only in Hangul', () => {
  it('are in names.json, valid against the schema', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'names.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: true, allowUnionTypes: true }).compile(schema);
    expect(validate({ names: occurrences }), JSON.stringify(validate.errors)).toBe(true);
    console.log(`names.json: ${occurrences.length} occurrences, ${hangulOnly().length} written only in Hangul`);
    expect(hangulOnly().length).toBeGreaterThan(250);
  });

  it('include 카시와, 우베, 히와코쿠사츠 (캠퍼스), 기후 and 오가키, with their entries', () => {
    const byText = (text: string) => hangulOnly().filter((record) => record.written?.text === text);
    expect(byText('카시와')[0]).toMatchObject({ glossaryId: 'city-kashiwa', kind: 'place', readingSource: 'glossary' });
    expect(byText('우베').length).toBeGreaterThanOrEqual(1);
    expect(byText('우베')[0].glossaryId).toBe('city-ube');
    expect(byText('히와코쿠사츠 캠퍼스')[0].glossaryId).toBe('area-biwako-kusatsu');
    expect(byText('오가키')[0].glossaryId).toBe('city-ogaki');
    // 기후 before ∙오가키: the prefecture or the city; the trial areas listed around it (우베, 오가키 …)
    // are cities, and the record says both what it chose and among what.
    const gifu = hangulOnly().find((record) => record.written?.text === '기후' && record.source.line === 554);
    expect(gifu).toMatchObject({ glossaryId: 'city-gifu', candidates: ['city-gifu', 'pref-gifu'], resolvedBy: 'neighbours' });
    // What the context does not decide stays open, with its candidates.
    const open = hangulOnly().filter((record) => record.candidates && record.glossaryId === null);
    expect(open.length).toBeGreaterThan(0);
    for (const record of open) expect(record.resolvedBy).toBeUndefined();
  });

  it('include Table 4\'s rows (cells of the table that starts at line 620)', () => {
    const cells = hangulOnly().filter((record) => record.container === 'cell' && record.source.line > 620 && record.source.line < 800);
    expect(cells.length).toBeGreaterThan(30);
  });

  it('point at the author\'s characters and never repeat a Japanese record\'s rendering', () => {
    const squash = (text: string) => text.replace(/[\s∙·・]+/gu, '');
    // The source may hold a fake-bold doubling (도호호쿠쿠) that the edition undid: the author's
    // characters are then a subsequence of it, starting at its first character.
    const within = (wanted: string, at: string) => {
      let k = 0;
      for (const char of at) if (char === wanted[k]) k++;
      return k === wanted.length && at[0] === wanted[0];
    };
    for (const record of hangulOnly()) {
      const at = squash(source.slice(record.source.offset, record.source.end.offset));
      expect(within(squash(record.written!.text), at), `${record.written?.text} ${record.source.line}: ${at}`).toBe(true);
    }
    const rendered = new Set(occurrences.filter((record) => record.surface !== null && record.written).map((record) => record.written!.offset));
    expect(hangulOnly().filter((record) => rendered.has(record.source.offset))).toEqual([]);
  });

  it('name the entry consistency.json gives the same form at the same place', () => {
    let compared = 0;
    for (const record of hangulOnly()) {
      const same = findings.flatMap((finding) => finding.occurrences).filter((occurrence) => occurrence.offset === record.source.offset && occurrence.entry && occurrence.text.replace(/\s+/gu, '') === source.slice(record.source.offset, record.source.end.offset).replace(/\s+/gu, ''));
      // One form may name two entries of different groups (케이한나 the area and the company): each
      // is a record of its own and an occurrence of its own.
      if (same.length === 0 || record.glossaryId === null) continue;
      compared++;
      expect(same.map((occurrence) => occurrence.entry), record.written?.text).toContain(record.glossaryId);
    }
    console.log(`Hangul-only occurrences compared with consistency.json: ${compared}`);
    expect(compared).toBeGreaterThan(50);
  });
});
