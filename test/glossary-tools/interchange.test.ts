/**
 * Glossary interchange with other tools, on small termbases as memoQ, Excel, Xbench and CAT
 * tools write them (fixtures/): each imports with a report of what it skipped and why, entries
 * get their reading and romaji from kaikyo's own transcription (and say so), a merge changes
 * only the entries it touches, what `suggest` writes imports, the CSV export opens in Excel
 * (BOM) and its plain layout reads back, and prh itself accepts the prh.yml export.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportCsv, exportPlainCsv } from '../../pipeline/glossary-tools/export-csv.js';
import { exportPrh } from '../../pipeline/glossary-tools/export-prh.js';
import { entriesYaml, importFile } from '../../pipeline/glossary-tools/import.js';
import { mergeIntoYaml } from '../../pipeline/glossary-tools/merge-yaml.js';
import { suggestEntry } from '../../pipeline/glossary-tools/suggest.js';
import { entryData } from '../../pipeline/glossary-tools/fields.js';
import { loadGlossary, type Glossary } from '../../pipeline/glossary/load.js';
import { ROOT } from '../helpers/seed.js';

const FIXTURES = join(ROOT, 'test', 'glossary-tools', 'fixtures');
const fixture = (name: string) => join(FIXTURES, name);
const read = (name: string) => readFileSync(fixture(name), 'utf8');

let glossary: Glossary;
const scratch = mkdtempSync(join(tmpdir(), 'kaikyo-interchange-'));
beforeAll(async () => {
  glossary = await loadGlossary(join(ROOT, 'glossary'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('termbases of other tools', () => {
  it('reads a memoQ/Excel CSV (BOM, languages as headers, synonyms as extra rows) and reports each skipped row with its reason', async () => {
    const report = await importFile(read('memoq.csv'), fixture('memoq.csv'));
    expect(report.format).toBe('termbase-csv');
    const yokohama = report.entries.find((entry) => entry.ja === '横浜')!;
    expect(yokohama).toMatchObject({ kind: 'term', reading: 'ヨコハマ', romaji: 'Yokohama', ko: '요코하마', accepted: ['요꼬하마'], sources: ['memoq.csv, line 2'] });
    // The note of the termbase, then what kaikyo filled in.
    expect(yokohama.notes).toMatch(/^port city\. .*tokenizer, not confirmed/);
    expect(report.entries.map((entry) => entry.ja)).toEqual(['横浜', '金沢']);
    expect(report.skipped.map((skip) => skip.line)).toEqual([5, 6]);
    expect(report.skipped[1].reason).toMatch(/no kanji or kana/);
  });

  it('reads a headerless Xbench list (Japanese tab Korean) as Japanese then Korean', async () => {
    const report = await importFile(read('xbench.txt'), fixture('xbench.txt'));
    expect(report.entries.map((entry) => [entry.ja, entry.ko, entry.romaji])).toEqual([
      ['横浜', '요코하마', 'Yokohama'],
      ['札幌', '삿포로', 'Sapporo'],
      ['鎌倉', '가마쿠라', 'Kamakura'],
    ]);
    expect(report.skipped).toEqual([]);
  });

  it('reads TBX-Basic from another tool: ja-JP/ko-KR language tags, ntig and tig, deprecated terms as nonstandard, other languages passed over', async () => {
    const report = await importFile(read('other-tool.tbx'), fixture('other-tool.tbx'));
    expect(report.format).toBe('termbase-tbx');
    expect(report.entries).toHaveLength(1);
    expect(report.entries[0]).toMatchObject({ ja: '横浜', ko: '요코하마', nonstandard: ['요꼬하마'], sources: ['other-tool.tbx, line 6 (c101)'] });
    expect(report.entries[0].notes).toMatch(/^Port city south of Tokyo\./);
    expect(report.skipped).toEqual([{ line: 17, reason: 'no Japanese term' }]);
    expect(report.remarks.join('\n')).toContain('en-US');
  });

  it('reads TBX v3 (ISO 30042:2019: tbx, conceptEntry, langSec, termSec) with subject field as kind and ja-Latn as romaji', async () => {
    const report = await importFile(read('tbx-v3.tbx'), fixture('tbx-v3.tbx'));
    expect(report.entries.map((entry) => [entry.id, entry.kind, entry.ja, entry.romaji, entry.ko, entry.nonstandard ?? []])).toEqual([
      ['city-kamakura', 'city', '鎌倉', 'Kamakura', '가마쿠라', ['카마쿠라']],
      ['term-hakone', 'term', '箱根', 'Hakone', '하코네', []],
    ]);
  });

  it('maps columns by --map and reads --columns for a headerless file; new ids avoid the ids already taken', async () => {
    const csv = 'Quelle;Ziel\n'.replace(';', ',') + '横浜,요코하마\n';
    const mapped = await importFile(csv, 'de.csv', { mapping: new Map([['ja', 'Quelle'], ['ko', 'Ziel']]), taken: new Set(['term-yokohama']) });
    expect(mapped.entries.map((entry) => entry.id)).toEqual(['term-yokohama-2']);
    const headerless = await importFile('note,横浜,요코하마\n', 'x.csv', { columns: ['notes', 'ja', 'ko'] });
    expect(headerless.entries[0]).toMatchObject({ ja: '横浜', ko: '요코하마' });
    expect(headerless.entries[0].notes).toMatch(/^note\./);
  });

  it('refuses a table whose Japanese and Korean columns cannot be found, naming the file and what to do', async () => {
    await expect(importFile('Source,Target\nfoo,bar\n', 'unknown.csv')).rejects.toThrow(/unknown\.csv:1:1.*--map ja=/);
  });

  it('imports nothing from a file of skipped rows, and says why for each (the command then exits 1)', async () => {
    const report = await importFile('ja,ko\nAPI,에이피아이\n横浜,Yokohama\n', 'bad.csv');
    expect(report.entries).toEqual([]);
    expect(report.skipped.map((skip) => skip.line)).toEqual([2, 3]);
  });
});

describe("kaikyo's own files", () => {
  it('imports what glossary suggest writes', async () => {
    const record = { surface: '田戸', normalized: '田戸', kind: 'place', reading: 'タド', romaji: 'Tado', hangul: '다도', written: { text: '타도' }, source: { line: 12 } };
    const suggested = entriesYaml([suggestEntry([record]) as never]);
    const report = await importFile(suggested, 'suggested.yaml');
    expect(report.format).toBe('yaml');
    expect(report.entries).toEqual([entryData(parse(suggested)[0])]);
  });

  it('skips an invalid YAML entry with its line and keeps the valid ones', async () => {
    const yaml = entriesYaml(glossary.entries.slice(0, 2).map(entryData)).replace(/romaji: \S+/, 'romaji: "not-valid-9"');
    const report = await importFile(yaml, 'two.yaml');
    expect(report.entries).toHaveLength(1);
    expect(report.skipped).toHaveLength(1);
    expect(report.skipped[0].line).toBe(1);
  });

  it('writes CSV with a BOM, and the plain ja,ko layout reads back as the same terms', async () => {
    expect(exportCsv(glossary.entries).startsWith('\uFEFFid,kind,ja')).toBe(true);
    const entries = glossary.entries.filter((entry) => entry.kind === 'prefecture').slice(0, 5);
    const plain = exportPlainCsv(entries);
    expect(plain.startsWith('\uFEFFja,ko\r\n')).toBe(true);
    const report = await importFile(plain, 'plain.csv', { taken: new Set(glossary.entries.map((entry) => entry.id)) });
    expect(report.entries.map((entry) => [entry.ja, entry.ko, entry.accepted ?? []])).toEqual(entries.map((entry) => [entry.ja, entry.ko, entry.accepted ?? []]));
  });
});

describe('merge into a glossary file', () => {
  it('changes only the replaced entry and appends the new one: every other line of a real glossary file stays byte for byte', () => {
    const path = join(ROOT, 'glossary', 'regions.yaml');
    const existing = readFileSync(path, 'utf8');
    const tohoku = entryData(glossary.byId('region-tohoku')!);
    const changed = { ...tohoku, accepted: ['동북'] };
    const added = { id: 'area-test', kind: 'area' as const, ja: '試験', reading: 'シケン', romaji: 'Shiken', ko: '시켄', sources: ['test'] };
    const { text, replaced, appended } = mergeIntoYaml(existing, [changed, added], path);
    expect([replaced, appended]).toEqual([1, 1]);
    const data = parse(text) as Array<{ id: string; accepted?: string[] }>;
    expect(data.find((entry) => entry.id === 'region-tohoku')!.accepted).toEqual(['동북']);
    expect(data.at(-1)!.id).toBe('area-test');
    // Outside the replaced entry the text is the old text: compare what precedes and follows it.
    const start = existing.indexOf('- id: region-tohoku');
    expect(text.slice(0, start)).toBe(existing.slice(0, start));
    const next = existing.indexOf('\n- id:', start + 1);
    const rest = existing.slice(next);
    expect(text).toContain(rest.slice(0, rest.length - 1));
    expect(data.filter((entry) => entry.id !== 'region-tohoku' && entry.id !== 'area-test')).toEqual(
      (parse(existing) as Array<{ id: string }>).filter((entry) => entry.id !== 'region-tohoku'),
    );
  });
});

describe('prh export', () => {
  it('is a prh dictionary that prh itself loads and whose specs pass: every nonstandard form is replaced by the standard one', () => {
    const { text, left } = exportPrh(glossary.entries);
    const path = join(scratch, 'prh.yml');
    writeFileSync(path, text);
    // prh checks every rule's specs when it loads the file, and throws on one that fails.
    const prh = createRequire(import.meta.url)('prh') as { fromYAMLFilePath(path: string): { replaceByRule(path: string, content: string): string } };
    const engine = prh.fromYAMLFilePath(path);
    expect(engine.replaceByRule(path, '토우호쿠와 키타규슈시')).toBe('도호쿠와 기타큐슈시');
    const rules = (parse(text) as { rules: Array<{ expected: string; patterns: string[] }> }).rules;
    expect(rules.length).toBeGreaterThan(20);
    // A pattern that is part of a correct form would rewrite correct text: it is left out and listed.
    const correct = glossary.entries.flatMap((entry) => [entry.ko, ...(entry.accepted ?? [])]);
    for (const rule of rules) for (const pattern of rule.patterns) expect(correct.some((form) => form.includes(pattern))).toBe(false);
    expect(Array.isArray(left)).toBe(true);
  });
});

describe('the command', () => {
  const cli = join(ROOT, 'bin', 'kaikyo.js');
  const built = existsSync(join(ROOT, 'dist', 'pipeline', 'cli', 'main.js'));

  it.skipIf(!built)('exits 1 with the reasons when nothing imports, 0 with a count otherwise, 2 on a bad option', () => {
    const bad = join(scratch, 'bad.csv');
    writeFileSync(bad, 'ja,ko\nAPI,에이피아이\n');
    const none = spawnSync(process.execPath, [cli, 'glossary', 'import', bad], { encoding: 'utf8' });
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/bad\.csv:2: skipped: .*no kanji or kana/);
    expect(none.stderr).toMatch(/nothing imported/);
    const good = spawnSync(process.execPath, [cli, 'glossary', 'import', fixture('xbench.txt')], { encoding: 'utf8' });
    expect(good.status, good.stderr).toBe(0);
    expect(good.stderr).toMatch(/3 entries read/);
    expect(parse(good.stdout)).toHaveLength(3);
    const usage = spawnSync(process.execPath, [cli, 'glossary', 'import', fixture('xbench.txt'), '--map', 'nonsense'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
  });
});
