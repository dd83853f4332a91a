/**
 * Korean particles by the final consonant ({{x, josa(은/는)}}), through the project's i18next
 * instance; and no template anywhere falls back to 은(는)-style double forms.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { i18nInstance, translator } from '../../pipeline/i18n/index.js';
import { josaFormatter } from '../../pipeline/i18n/josa.js';
import { ROOT } from '../helpers/seed.js';

const pick = (word: string, pair: string) => josaFormatter(word, 'ko', { [pair]: Number.NaN });

describe('josa', () => {
  it('chooses by the last syllable, numbers read as Korean says them', () => {
    expect(pick('카토우', '은/는')).toBe('카토우는');
    expect(pick('후쿠야마현', '은/는')).toBe('후쿠야마현은');
    expect(pick('가토', '와/과')).toBe('가토와');
    expect(pick('도야마현', '와/과')).toBe('도야마현과');
    expect(pick('170', '이/가')).toBe('170이');
    expect(pick('19', '이/가')).toBe('19가');
    expect(pick('20', '와/과')).toBe('20과');
    expect(pick('서울', '으로/로')).toBe('서울로');
    expect(pick('"가토"', '이/가')).toBe('"가토"가');
  });

  it('works as an i18next formatter', () => {
    i18nInstance().addResourceBundle('ko', 'josa-test', { line: '{{found, josa(은/는)}} {{expected, josa(와/과)}} 다름' }, true, false);
    expect(translator('ko', 'josa-test')('line', { found: '츄부', expected: '주부' })).toBe('츄부는 주부와 다름');
  });

  it('leaves no 은(는), 이(가), 와(과), 을(를) or (으)로 in any message resource', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.json') && /은\(는\)|이\(가\)|와\(과\)|을\(를\)|\(으\)로|는\(은\)|가\(이\)|과\(와\)|를\(을\)/u.test(readFileSync(path, 'utf8'))) offenders.push(path);
      }
    };
    walk(join(ROOT, 'pipeline'));
    expect(offenders).toEqual([]);
  });
});
