/** Gloss or name: the written Hangul against the Sino-Korean and the Japanese readings. */
import { describe, expect, it } from 'vitest';
import { decideGloss, GLOSS_THRESHOLD } from '../../pipeline/names/gloss.js';
import { hangulSimilarity } from '../../pipeline/names/hangul-similarity.js';

const decide = (text: string, written: string | undefined, sinoKorean: string | undefined, japanese: string, properName = false) =>
  decideGloss({ text, written, sinoKorean, japanese, properName, similarity: hangulSimilarity });

describe('decideGloss', () => {
  it('calls a Hangul word that spells the hanja reading a gloss', () => {
    expect(decide('匠人型', '장인형', '장인형', '다쿠미진가타').gloss).toBe(true);
    expect(decide('新生', '신생', '신생', '신세이').gloss).toBe(true);
    expect(decide('元気', '원기', '원기', '겐키').gloss).toBe(true);
  });

  it('calls it a gloss when both readings sound the same and nothing says proper name (지(知))', () => {
    expect(decide('知', '지', '지', '지').gloss).toBe(true);
  });

  it('keeps a transcription as a name even when it is close to the hanja reading (산치(産地))', () => {
    const decision = decide('産地', '산치', '산지', '산치');
    expect(decision.gloss).toBe(false);
    expect(decision.toSinoKorean).toBeGreaterThanOrEqual(GLOSS_THRESHOLD);
  });

  it('keeps a proper name written in its customary Korean reading (동경(東京))', () => {
    expect(decide('東京', '동경', '동경', '도쿄', true).gloss).toBe(false);
  });

  it('never calls a run with kana, without a rendering or without a hanja reading a gloss', () => {
    expect(decide('ものづくり', '물건', '물건', '모노즈쿠리').gloss).toBe(false);
    expect(decide('加藤', undefined, '가등', '가토').gloss).toBe(false);
    expect(decide('加藤', '가등', undefined, '가토').gloss).toBe(false);
  });
});
