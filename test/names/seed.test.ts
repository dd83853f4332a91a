/**
 * The names stage over the seed paper, checked the way a careful reader would: the names a
 * reader looks for are there with the right reading and the author's Korean, the glosses are
 * not, the traps (山崎 the scholar, 石川 the author and the prefecture) come out right, every
 * record points at its characters in the raw source, and names.json is valid and stable.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary } from '../../pipeline/glossary/load.js';
import { extractNames, namesJson, type NameRecord } from '../../pipeline/names/index.js';
import { ROOT, SEED_SOURCE, seedEdition } from '../helpers/seed.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'names.schema.json'), 'utf8')) as object;
const validate = new Ajv({ strict: true, allowUnionTypes: true }).compile(schema);
const rawLines = readFileSync(SEED_SOURCE, 'utf8').split('\n');
/** The raw source from a 1-based line and column on, whitespace removed (a name may wrap). */
const rawFrom = (line: number, column: number) => rawLines.slice(line - 1).join('\n').slice(column - 1, column + 200).replace(/\s+/g, '');

let records: NameRecord[];
let bare: NameRecord[];
let file: VFile;

beforeAll(async () => {
  const { edition, source } = await seedEdition();
  const glossary = await loadGlossary(join(ROOT, 'glossary'));
  file = new VFile({ path: 'source.txt', value: source });
  records = await extractNames(edition, { glossary, file });
  bare = await extractNames(edition, {});
});

const at = (list: readonly NameRecord[], surface: string) => list.filter((record) => record.surface === surface);
const one = (list: readonly NameRecord[], surface: string, line?: number) => {
  const found = at(list, surface).filter((record) => line === undefined || record.source.line === line);
  expect(found, `${surface}${line ? ` on line ${line}` : ''}`).toHaveLength(1);
  return found[0];
};

describe('the seed, with the glossary', () => {
  it('validates against schemas/names.schema.json, and so does the committed output', () => {
    const valid = validate(JSON.parse(namesJson(records)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const committed = join(ROOT, 'output', 'cha-2004-japan-clusters', 'names.json');
    if (existsSync(committed)) {
      validate(JSON.parse(readFileSync(committed, 'utf8')));
      expect(validate.errors ?? []).toEqual([]);
    }
  });

  it('reads 北海道 as Hokkaidō / 홋카이도 and keeps the author\'s 홋카이도 with its own place', () => {
    const hokkaido = one(records, '北海道');
    expect(hokkaido).toMatchObject({ kind: 'place', reading: 'ホッカイドウ', romaji: 'Hokkaidō', hangul: '홋카이도', verified: true });
    expect(hokkaido.written?.text).toBe('홋카이도');
    const line = rawLines[hokkaido.written!.line - 1];
    expect(line.slice(hokkaido.written!.column - 1).startsWith('홋카이도(北海道)')).toBe(true);
  });

  it('makes 宮城 whole again from "宮 城", with the author\'s 미야기', () => {
    const miyagi = one(records, '宮城');
    expect(miyagi).toMatchObject({ kind: 'place', romaji: 'Miyagi', hangul: '미야기' });
    expect(miyagi.written?.text).toBe('미야기');
    expect(rawLines[miyagi.source.line - 1].slice(miyagi.source.column - 1, miyagi.source.column + 2)).toBe('宮 城');
  });

  it('makes the other broken names whole: 廣島, 名古屋, 島根', () => {
    for (const [surface, romaji] of [['廣島', 'Hiroshima'], ['名古屋', 'Nagoya'], ['島根', 'Shimane']] as const) {
      expect(at(records, surface).length, surface).toBeGreaterThan(0);
      for (const record of at(records, surface)) expect(record.romaji).toBe(romaji);
    }
    expect(one(records, '島根').written?.text).toBe('시마네');
  });

  it('leaves the hanja glosses out: 匠人型, 新生, 知 (and 府), and reports them', () => {
    for (const gloss of ['匠人型', '新生', '知', '府']) expect(at(records, gloss), gloss).toEqual([]);
    const glosses = file.messages.filter((message) => message.ruleId === 'gloss-not-name').map((message) => message.actual);
    expect(glosses).toEqual(expect.arrayContaining(['匠人型', '新生', '知', '府']));
  });

  it('keeps the Japanese terms that look like glosses: 산치(産地), 키교조카마치(企業城下町)', () => {
    expect(one(records, '産地')).toMatchObject({ kind: 'term', hangul: '산치' });
    expect(one(records, '産地').written?.text).toBe('산치');
    expect(one(records, '企業城下町').kind).toBe('term');
  });

  it('reads 山崎 朗 as the person Yamasaki Akira, and the cited 山崎 as Yamasaki', () => {
    const yamasaki = one(records, '山崎 朗');
    expect(yamasaki).toMatchObject({ kind: 'person', romaji: 'Yamasaki Akira', hangul: '야마사키 아키라', glossaryId: 'person-yamasaki-akira' });
    expect(yamasaki.written?.text).toBe('야마사키');
    expect(yamasaki.tokens.map((token) => token.pos)).toEqual(['名詞,固有名詞,人名,姓', '名詞,固有名詞,人名,名']);
    for (const cited of at(records, '山崎')) expect(cited).toMatchObject({ kind: 'person', citation: true, romaji: 'Yamasaki', hangul: '야마사키' });
  });

  it('reads 加藤和暢 as Katō Kazunobu and joins 石倉洋子 (family + given) into one person', () => {
    expect(one(records, '加藤和暢')).toMatchObject({ kind: 'person', romaji: 'Katō Kazunobu', hangul: '가토 가즈노부' });
    expect(one(records, '加藤和暢').written?.text).toBe('카토우');
    expect(one(records, '石倉洋子')).toMatchObject({ kind: 'person', romaji: 'Ishikura Yōko', hangul: '이시쿠라 요코' });
  });

  it('tells (石川, 2003) the author from 이시카와(石川) the prefecture', () => {
    const author = one(records, '石川', 48);
    expect(author).toMatchObject({ kind: 'person', citation: true, written: null });
    const prefecture = one(records, '石川', 284);
    expect(prefecture).toMatchObject({ kind: 'place', citation: false });
    expect(prefecture.written?.text).toBe('이시카와');
  });

  it('rejoins the author\'s rendering broken by a wrap space: 칸 사이(關西) → 칸사이', () => {
    expect(one(records, '關西').written?.text).toBe('칸사이');
    expect(one(records, '群馬').written?.text).toBe('군마');
  });

  it('gives every prefecture, region and city a verified romaji and standard Korean', () => {
    for (const record of records.filter((entry) => entry.kind === 'place')) {
      expect(record.verified, record.surface).toBe(true);
      expect(record.romaji, record.surface).toMatch(/^[A-ZŌŪĀĪĒ][a-zōūāīē'-]+( [A-Za-zōūāīē'-]+)*$/);
      expect(record.hangul, record.surface).toMatch(/^[가-힣]+( [가-힣]+)*$/);
    }
    expect(one(records, '東京都')).toMatchObject({ romaji: 'Tōkyō-to', hangul: '도쿄도' });
  });

  it('points every record at its characters in the raw source', () => {
    const checked = records.filter((record) => !record.corrected); // restored characters are not in the raw source
    expect(checked.length).toBeGreaterThan(80);
    for (const record of checked) {
      const raw = rawFrom(record.source.line, record.source.column);
      expect(raw.startsWith(record.surface.replace(/\s+/g, '')), `${record.surface} at ${record.source.line}:${record.source.column}`).toBe(true);
      if (record.written) {
        expect(rawFrom(record.written.line, record.written.column).startsWith(record.written.text.replace(/\s+/g, '')), record.written.text).toBe(true);
      }
    }
  });

  it('is sorted by source position and byte-identical on a second run', async () => {
    const offsets = records.map((record) => record.source.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    const { edition } = await seedEdition();
    const again = await extractNames(edition, { glossary: await loadGlossary(join(ROOT, 'glossary')) });
    expect(namesJson(again)).toBe(namesJson(records));
  });
});

describe('the seed, without a glossary', () => {
  it('still finds the same names and marks tokenizer readings unverified (a reading ENAMDICT and the author confirm is not a guess)', () => {
    expect(bare.map((record) => record.surface)).toContain('北海道');
    expect(bare.every((record) => record.readingSource !== 'glossary')).toBe(true);
    const han = bare.filter((record) => /\p{Script=Han}/u.test(record.surface));
    expect(han.every((record) => record.verified === (record.readingSource === 'dictionary'))).toBe(true);
    expect(han.filter((record) => record.readingSource === 'tokenizer').every((record) => record.confidence === 'low')).toBe(true);
    // 山崎 朗 written 야마사키: ENAMDICT's ヤマサキ is chosen for the surname by the author's Korean;
    // the given name stays a guess among the dictionary's readings, so the whole stays unverified.
    expect(one(bare, '山崎 朗')).toMatchObject({ reading: 'ヤマサキ アキラ', readingSource: 'tokenizer', verified: false });
    expect(one(bare, '山崎 朗').readingCandidates?.[0]).toMatchObject({ surface: '朗' });
  });

  it('decides kinds and glosses from the text alone', () => {
    for (const gloss of ['匠人型', '新生', '知', '府']) expect(at(bare, gloss), gloss).toEqual([]);
    expect(one(bare, '石川', 48).kind).toBe('person');
    expect(one(bare, '石川', 284).kind).toBe('place');
    expect(one(bare, '山崎 朗').kind).toBe('person');
    expect(one(bare, '經濟産業省', 156).kind).toBe('organisation');
    expect(one(bare, '一橋').kind).toBe('organisation');
  });
});
