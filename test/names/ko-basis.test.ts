/**
 * What kind of Korean a value is, and one word division (issue 12 item 5), with the real
 * glossary: a ministry's Korean is its Sino-Korean reading, not a transcription; middle dots
 * stay; 中央高地 is one word in reading, romaji and Korean alike.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../pipeline/glossary/load.js';
import { keepDots } from '../../pipeline/names/dots.js';
import { extractNames, type NameRecord } from '../../pipeline/names/index.js';
import { ROOT } from '../helpers/seed.js';
import { editionOf } from './helpers.js';

async function records(text: string): Promise<NameRecord[]> {
  return extractNames(editionOf(text), { glossary: await loadGlossary(join(ROOT, 'glossary')) });
}

describe('koBasis, dots and word division', () => {
  it('says which Korean is a Sino-Korean reading, a mix, or a transcription', async () => {
    const found = await records('경제산업성(経済産業省)과 도호쿠(東北), 규슈대학(九州大学), 테크노폴리스(テクノポリス), 토요타(豊田)');
    const basis = Object.fromEntries(found.map((record) => [record.surface, record.koBasis]));
    expect(basis).toEqual({ 経済産業省: 'sino-korean', 東北: 'transcription', 九州大学: 'mixed', テクノポリス: 'translation', 豊田: 'transcription' });
  });

  it('keeps the middle dot of 地域再生・産業集積計画 in reading, romaji and Korean', async () => {
    const [plan] = await records('지역재생∙산업집적계획(地域再生∙産業集積計画)');
    expect(plan).toMatchObject({
      reading: 'チイキ サイセイ・サンギョウ シュウセキ ケイカク',
      romaji: 'Chiiki Saisei·Sangyō Shūseki Keikaku',
      hangul: '지역재생·산업집적계획',
    });
  });

  it('changes nothing where the words cannot be matched to the parts', async () => {
    const spelled = { reading: 'ア イ', romaji: 'A I', hangul: '아 이' };
    expect(await keepDots('東京・大阪・名古屋', spelled)).toEqual(spelled);
    expect(await keepDots('東京', spelled)).toBe(spelled);
  });

  it('divides 中央高地 alike in reading, romaji and Korean', async () => {
    const [region] = await records('추오코치(中央高地)');
    expect(region).toMatchObject({ reading: 'チュウオウコウチ', romaji: 'Chūōkōchi', hangul: '주오코치', koBasis: 'transcription' });
  });
});
