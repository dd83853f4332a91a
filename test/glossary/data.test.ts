/**
 * The shipped glossary (glossary/*.yaml): it loads, its Korean and romaji are well-formed, its
 * orthography keeps the rules of 외래어 표기법 that a typo most often breaks, and every entry's
 * examples run as specs (prh-style): the expected form is in the text and looks up to the entry.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary, type Glossary, type GlossaryEntry } from '../../pipeline/glossary/load.js';

const dir = fileURLToPath(new URL('../../glossary/', import.meta.url));
let glossary: Glossary;

beforeAll(async () => {
  glossary = await loadGlossary(dir);
});

const HANGUL_WORDS = /^[가-힣]+( [가-힣]+)*$/u;
const ROMAJI = /^[A-Za-zĀāĪīŪūĒēŌō']+( [A-Za-zĀāĪīŪūĒēŌō']+)*$/u;

/** Initial consonant index of a Hangul syllable (0 ㄱ … 18 ㅎ); -1 for anything else. */
function initial(syllable: string): number {
  const code = syllable.codePointAt(0)! - 0xac00;
  return code >= 0 && code < 11172 ? Math.floor(code / 588) : -1;
}

// Tense initials ㄲ ㄸ ㅃ ㅆ ㅉ; only 쓰 (for ツ) is allowed.
const TENSE = new Set([1, 4, 8, 10, 13]);

function transcribed(entry: GlossaryEntry): boolean {
  return entry.koBasis === 'transcription' || entry.koBasis === 'mixed';
}

describe('glossary data', () => {
  it('loads, with entries in every kind file', () => {
    const files = new Set(glossary.entries.map((entry) => entry.origin.file.split('/').pop()));
    expect([...files].sort()).toEqual([
      'cities.yaml',
      'laws.yaml',
      'organisations.yaml',
      'persons.yaml',
      'prefectures.yaml',
      'programmes.yaml',
      'regions.yaml',
      'terms.yaml',
    ]);
  });

  it('writes ko in Hangul syllables and single spaces only', () => {
    const bad = glossary.entries.filter((entry) => !HANGUL_WORDS.test(entry.ko)).map((entry) => `${entry.id}: ${entry.ko}`);
    expect(bad).toEqual([]);
  });

  it('writes romaji in ASCII letters, macron vowels, apostrophes and single spaces only', () => {
    const bad = glossary.entries.filter((entry) => !ROMAJI.test(entry.romaji)).map((entry) => `${entry.id}: ${entry.romaji}`);
    expect(bad).toEqual([]);
  });

  it('capitalises proper names and keeps terms in lower case, unless a term starts with a name (Edo)', () => {
    const startsWithName = new Set(['term-edo-period']);
    const bad = glossary.entries
      .filter((entry) => {
        const capital = /^[A-ZĀĪŪĒŌ]/u.test(entry.romaji);
        return entry.kind === 'term' && !startsWithName.has(entry.id) ? capital : !capital;
      })
      .map((entry) => `${entry.id}: ${entry.romaji}`);
    expect(bad).toEqual([]);
  });

  it('gives persons family name first, as many romaji words as Korean words', () => {
    for (const entry of glossary.entries.filter((item) => item.kind === 'person')) {
      expect(entry.romaji.split(' ').length, entry.id).toBe(entry.ko.split(' ').length);
      expect(entry.reading.split(' ').length, entry.id).toBe(entry.ko.split(' ').length);
    }
  });

  it('divides a transcribed name into the same words in its reading, romaji and ko (中央高地: one word in all three)', () => {
    const words = (text: string) => text.split(/[ ・]/u).length;
    const bad = glossary.entries
      .filter((entry) => entry.koBasis === 'transcription' && !(words(entry.reading) === words(entry.romaji) && words(entry.romaji) === words(entry.ko)))
      .map((entry) => `${entry.id}: ${entry.reading} / ${entry.romaji} / ${entry.ko}`);
    expect(bad).toEqual([]);
  });

  it('uses no ツ as 츠 and no tense consonant but 쓰 in a transcription (외래어 표기법 제3장 제6절; 제1장 제4항)', () => {
    const bad: string[] = [];
    for (const entry of glossary.entries.filter(transcribed)) {
      for (const syllable of entry.ko) {
        if (syllable === '츠' || (TENSE.has(initial(syllable)) && syllable !== '쓰')) bad.push(`${entry.id}: ${entry.ko}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('starts no transcribed place or person with an aspirated ㅋ ㅌ ㅊ where the kana is カ タ チ (word-initial rule)', () => {
    const aspirated = new Set([15, 16, 14]); // ㅋ ㅌ ㅊ
    const initialKana = /^[カキクケコタチテト]/u;
    const bad: string[] = [];
    for (const entry of glossary.entries.filter((item) => item.koBasis === 'transcription')) {
      const words = entry.ko.split(' ');
      entry.reading.split(' ').forEach((word, index) => {
        if (initialKana.test(word) && aspirated.has(initial(words[index]?.[0] ?? ''))) bad.push(`${entry.id}: ${entry.ko}`);
      });
    }
    expect(bad).toEqual([]);
  });

  it('accepts the suffixed Korean form of every suffixed Japanese variant of a place (富山県 → 도야마현)', () => {
    const suffixes: Record<string, string> = { 県: '현', 縣: '현', 府: '부', 都: '도', 市: '시' };
    const bad: string[] = [];
    for (const entry of glossary.entries.filter((item) => item.kind === 'prefecture' || item.kind === 'city')) {
      const stems = new Set([entry.ja, ...entry.variants]);
      for (const variant of entry.variants) {
        const suffix = suffixes[variant.slice(-1)];
        if (suffix && stems.has(variant.slice(0, -1)) && !entry.accepted.includes(entry.ko + suffix)) {
          bad.push(`${entry.id}: ${variant} without ${entry.ko + suffix}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('cites the paper for every entry', () => {
    const bad = glossary.entries.filter((entry) => !entry.sources.some((source) => source.startsWith('the paper, line')));
    expect(bad.map((entry) => entry.id)).toEqual([]);
  });

  it('records the paper’s known deviations under the right entries', () => {
    // The brief's list of forms the paper or common usage gets wrong, each with its entry.
    const cases: Array<[string, string]> = [
      ['토호쿠', 'region-tohoku'],
      ['츄부', 'region-chubu'],
      ['칸토', 'region-kanto'],
      ['토야마', 'pref-toyama'],
      ['토쿠시마', 'pref-tokushima'],
      ['카토우', 'person-kato-kazunobu'],
      ['토우카이', 'region-tokai'],
      ['츄고쿠', 'region-chugoku'],
      ['하마마츠', 'city-hamamatsu'],
      ['타카마츠', 'city-takamatsu'],
      ['키타규슈', 'city-kitakyushu'],
      ['카네자와', 'city-kanazawa'],
      ['후쿠야마현', 'pref-toyama'],
      ['이바라기', 'pref-ibaraki'],
      ['히와코쿠사츠', 'area-biwako-kusatsu'],
      ['리츠메이칸대', 'univ-ritsumeikan'],
      ['토호쿠대학', 'univ-tohoku'],
      ['케이한나', 'area-keihanna'],
    ];
    for (const [form, id] of cases) {
      const entry = glossary.byId(id)!;
      expect(entry.nonstandard, `${form} under ${id}`).toContain(form);
    }
  });

  it('spells the standard forms the rules give', () => {
    const cases: Array<[string, string]> = [
      ['city-hamamatsu', '하마마쓰'],
      ['city-takamatsu', '다카마쓰'],
      ['city-kitakyushu', '기타큐슈'],
      ['region-tokai', '도카이'],
      ['region-chubu', '주부'],
      ['region-chugoku', '주고쿠'],
      ['region-kanto', '간토'],
      ['region-kansai', '간사이'],
      ['city-nagoya', '나고야'],
      ['city-kanazawa', '가나자와'],
      ['city-takaoka', '다카오카'],
      ['city-gifu', '기후'],
      ['city-ogaki', '오가키'],
      ['city-ube', '우베'],
      ['pref-fukuoka', '후쿠오카'],
      ['pref-tokushima', '도쿠시마'],
      ['pref-kagawa', '가가와'],
      ['pref-kochi', '고치'],
      ['pref-ibaraki', '이바라키'],
      ['pref-tochigi', '도치기'],
      ['pref-chiba', '지바'],
      ['pref-kanagawa', '가나가와'],
      ['pref-ishikawa', '이시카와'],
      ['pref-kyoto', '교토'],
      ['person-kato-kazunobu', '가토 가즈노부'],
      ['person-yamasaki-akira', '야마사키 아키라'],
    ];
    for (const [id, ko] of cases) expect(glossary.byId(id)?.ko, id).toBe(ko);
    expect(glossary.byId('person-yamasaki-akira')?.romaji).toBe('Yamasaki Akira');
    expect(glossary.byId('univ-hitotsubashi')?.romaji).toBe('Hitotsubashi Daigaku');
  });

  it('declares every shared Japanese form both ways (石川, 富山, 北海道 …)', () => {
    expect(glossary.byJapanese('石川').map((entry) => entry.id).sort()).toEqual(['person-ishikawa', 'pref-ishikawa']);
    expect(glossary.byJapanese('富山').map((entry) => entry.id).sort()).toEqual(['city-toyama', 'pref-toyama']);
    expect(glossary.byJapanese('北海道').map((entry) => entry.id).sort()).toEqual(['pref-hokkaido', 'region-hokkaido']);
  });
});

describe('glossary examples (specs)', () => {
  it('has examples', () => {
    expect(glossary.entries.filter((entry) => entry.examples.length > 0).length).toBeGreaterThan(150);
  });

  it('finds each expected form in its text and looks it up to its entry', () => {
    const bad: string[] = [];
    for (const entry of glossary.entries) {
      for (const { text, expect: form } of entry.examples) {
        const found = [...glossary.byKorean(form), ...glossary.byJapanese(form)];
        if (!text.includes(form)) bad.push(`${entry.id}: "${form}" not in "${text}"`);
        else if (!found.includes(entry)) bad.push(`${entry.id}: "${form}" does not look up to the entry`);
      }
    }
    expect(bad).toEqual([]);
  });
});
