// A peer's suite: the Japanese test cases of hangulize (fixtures/peer-hangulize.json, cited
// there), run through kaikyo's public transcribe(). Prints the exact-match rate of the Hangul per
// group with every miss, and holds the name-like groups to the targets (kana ≥ 97 %,
// kanji ≥ 90 %). Titles and sentences are printed for information only.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { transcribe } from '../../pipeline/transcribe/transcribe.js';

interface Case {
  section: string;
  input: string;
  hangul: string;
}
const fixture = JSON.parse(readFileSync(new URL('./fixtures/peer-hangulize.json', import.meta.url), 'utf8')) as { unscored: string[]; cases: Case[] };

const HAN = /\p{Script=Han}/u;
const groupOf = (item: Case) => (fixture.unscored.includes(item.section) ? 'unscored' : HAN.test(item.input) ? 'kanji' : 'kana');

async function score(group: string): Promise<{ exact: number; loose: number; total: number; misses: string[] }> {
  const items = fixture.cases.filter((item) => groupOf(item) === group);
  let exact = 0;
  let loose = 0;
  const misses: string[] = [];
  for (const item of items) {
    const { hangul } = await transcribe(item.input);
    if (hangul === item.hangul) exact++;
    else misses.push(`${item.input}: ${hangul} (want ${item.hangul})`);
    // Word division aside: hangulize writes a company or a compound as one word.
    if (hangul.replace(/\s+/gu, '') === item.hangul.replace(/\s+/gu, '')) loose++;
  }
  const percent = (n: number) => `${((n / items.length) * 100).toFixed(1)} %`;
  console.log(`peer suite ${group}: ${exact}/${items.length} exact (${percent(exact)}), ${loose}/${items.length} ignoring word division (${percent(loose)})`);
  for (const miss of misses) console.log(`  miss ${miss}`);
  return { exact: exact / items.length, loose: loose / items.length, total: items.length, misses };
}

describe('peer suite (hangulize, Japanese)', () => {
  it('has the cases it cites: 43 kana and 57 kanji name-like inputs', () => {
    expect(fixture.cases.filter((item) => groupOf(item) === 'kana')).toHaveLength(43);
    expect(fixture.cases.filter((item) => groupOf(item) === 'kanji')).toHaveLength(57);
  });

  it('reads ≥ 97 % of the kana inputs exactly as the peer does', async () => {
    expect((await score('kana')).exact).toBeGreaterThanOrEqual(0.97);
  });

  it('reads ≥ 90 % of the kanji inputs exactly as the peer does', async () => {
    expect((await score('kanji')).exact).toBeGreaterThanOrEqual(0.9);
  }, 30_000);

  it('reports titles and sentences (not names) without a target', async () => {
    const result = await score('unscored');
    expect(result.total).toBe(29);
  }, 30_000);
});
