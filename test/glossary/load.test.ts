/**
 * The loader's public surface and lookups, on the fixture folder `good` and on temporary folders.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import * as load from '../../pipeline/glossary/load.js';
import { createGlossary, GlossaryError, glossaryOnce, koreanStatus, loadGlossary, normalizeForm } from '../../pipeline/glossary/load.js';

const good = fileURLToPath(new URL('./fixtures/good/', import.meta.url));

const ENTRY = `- id: city-sendai
  kind: city
  ja: 仙台
  reading: センダイ
  romaji: Sendai
  ko: 센다이
  sources: ["the paper, line 488"]
`;

const temporary: string[] = [];
afterEach(async () => {
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kaikyo-glossary-'));
  temporary.push(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe('pipeline/glossary/load', () => {
  it('exports exactly the documented surface', () => {
    // Pinned so that an accidental export (or a lost one) shows up in review.
    expect(Object.keys(load).sort()).toEqual([
      'GLOSSARY_KINDS',
      'GlossaryError',
      'createGlossary',
      'glossaryOnce',
      'japaneseForms',
      'koreanForms',
      'koreanStatus',
      'loadGlossary',
      'normalizeForm',
    ]);
  });

  it('looks entries up by id, by Japanese form (old forms included) and by Korean form of any status', async () => {
    const glossary = await loadGlossary(good);
    expect(glossary.byId('region-kanto')?.ko).toBe('간토');
    expect(glossary.byId('nothing')).toBeUndefined();
    expect(glossary.byJapanese('關東').map((entry) => entry.id)).toEqual(['region-kanto']);
    // A declared ambiguity gives both entries, in load order.
    expect(glossary.byJapanese('石川').map((entry) => entry.id)).toEqual(['pref-ishikawa', 'person-ishikawa']);
    expect(glossary.byKorean('칸토우').map((entry) => entry.id)).toEqual(['region-kanto']);
    expect(glossary.byKorean('관동').map((entry) => entry.id)).toEqual(['region-kanto']);
    expect(glossary.byKorean('없음')).toEqual([]);
  });

  it('ignores whitespace and compares in NFC, because extraction splits words and Korean spacing varies', async () => {
    const glossary = await loadGlossary(good);
    expect(glossary.byKorean('가토가즈노부').map((entry) => entry.id)).toEqual(['person-kato-kazunobu']);
    expect(glossary.byKorean('간 토').map((entry) => entry.id)).toEqual(['region-kanto']);
    // 간 as conjoining jamo (NFD) is the same syllable after NFC.
    expect(glossary.byKorean('간토'.normalize('NFD')).map((entry) => entry.id)).toEqual(['region-kanto']);
    expect(normalizeForm(' 山崎 朗 ')).toBe('山崎朗');
  });

  it('fills defaults and records where each entry starts', async () => {
    const glossary = await loadGlossary(good);
    const ishikawa = glossary.byId('person-ishikawa')!;
    expect(ishikawa.variants).toEqual([]);
    expect(ishikawa.examples).toEqual([]);
    expect(ishikawa.koBasis).toBe('transcription');
    expect(ishikawa.pronunciation).toBeUndefined();
    expect(ishikawa.origin).toEqual({ file: join(good, 'b-persons.yaml'), line: 1 });
    expect(Object.isFrozen(ishikawa)).toBe(true);
  });

  it('classifies a Korean form against one entry', async () => {
    const kanto = (await loadGlossary(good)).byId('region-kanto')!;
    expect(koreanStatus(kanto, '간토')).toBe('standard');
    expect(koreanStatus(kanto, '관동')).toBe('accepted');
    expect(koreanStatus(kanto, '칸 토')).toBe('nonstandard');
    expect(koreanStatus(kanto, '관서')).toBeUndefined();
  });

  it('gives the same entries in the same order on every load', async () => {
    const first = await loadGlossary(good);
    const second = await loadGlossary(good);
    expect(second.entries).toEqual(first.entries);
  });

  it('reads only *.yaml files, so another engineer’s kanji-forms.tsv in the folder is left alone', async () => {
    const dir = await folder({ 'cities.yaml': ENTRY, 'kanji-forms.tsv': 'not: [yaml' });
    expect((await loadGlossary(dir)).entries.map((entry) => entry.id)).toEqual(['city-sendai']);
  });

  it('reports every problem of a load in one error, sorted by file and line', async () => {
    const dir = await folder({
      'b.yaml': ENTRY.replace('romaji: Sendai', 'romaji: sen-dai'),
      'a.yaml': ENTRY.replace('ko: 센다이', 'ko: Sendai').replace('city-sendai', 'city-sendai-a'),
    });
    const error = await loadGlossary(dir).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(GlossaryError);
    const problems = (error as GlossaryError).problems.map((problem) => [problem.file, problem.line, problem.field]);
    expect(problems).toEqual([
      [join(dir, 'a.yaml'), 6, 'ko'],
      [join(dir, 'b.yaml'), 5, 'romaji'],
    ]);
    expect((error as GlossaryError).message).toContain('2 glossary problems');
  });

  it('validates against another schema when given one', async () => {
    const dir = await folder({ 'x.yaml': ENTRY });
    const schema = { type: 'array', maxItems: 0 };
    await expect(loadGlossary(dir, { schema })).rejects.toThrow(/must NOT have more than 0 items/);
  });

  it('shares one load per folder and retries after a failure', async () => {
    const dir = await folder({});
    await expect(glossaryOnce(dir)).rejects.toBeInstanceOf(GlossaryError);
    await writeFile(join(dir, 'cities.yaml'), ENTRY);
    const first = glossaryOnce(dir);
    expect(glossaryOnce(dir)).toBe(first);
    expect((await first).entries).toHaveLength(1);
  });

  it('builds lookups from entries without files', () => {
    const glossary = createGlossary([]);
    expect(glossary.entries).toEqual([]);
    expect(glossary.byJapanese('東京')).toEqual([]);
  });
});
