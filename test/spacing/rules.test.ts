// One test per rule: each case is a pattern from the paper (or built like one) that the rule
// exists to decide, and, where a rule could overreach, a case it must leave alone.
import { describe, expect, it } from 'vitest';
import { analyseBound, endsInParticleOrEnding } from '../../pipeline/edition/spacing/morphemes.js';
import { fragmentsAt } from '../../pipeline/edition/spacing/fragments.js';
import { stemOf } from '../../pipeline/edition/spacing/rules.js';
import { compareReadings } from '../../pipeline/edition/spacing/segment.js';
import { applyRule, paperContext } from './helpers.js';
import * as ctxModule from '../../pipeline/edition/spacing/index.js';

const ctx = paperContext();

describe('morphemes', () => {
  it('reads particles, endings and suffix+particle as bound, and free words as not', () => {
    expect(analyseBound('로')?.strength).toBe('strong');
    expect(analyseBound('면서')?.kind).toBe('ending');
    expect(analyseBound('화는')?.morphemes).toEqual(['화', '는']);
    // 의해 is the verb 의하다, not 의+해; 하나 is 'one', not 하+나.
    expect(analyseBound('의해')).toBeNull();
    expect(analyseBound('하나')).toBeNull();
    expect(analyseBound('이')?.strength).toBe('weak');
  });

  it('knows when a left fragment ends in an ending', () => {
    expect(endsInParticleOrEnding('꾀하고자')).toBe(true);
    expect(endsInParticleOrEnding('추진')).toBe(false);
  });

  it('strips a bound tail to find the stem', () => {
    expect(stemOf('전략의')).toBe('전략');
    expect(stemOf('공동화에는')).toBe('공동');
  });
});

describe('rules', () => {
  it('digit-unit: a number is not spaced from its counter', () => {
    expect(applyRule('digit-unit', '약 5 년 뒤인', '5', ctx)?.action).toBe('remove');
    // A circled list number is not a quantity.
    expect(applyRule('digit-unit', '전략은 ① 일본이', '①', ctx)).toBeNull();
  });

  it('particle-start: a lone particle after a space joins the word before', () => {
    expect(applyRule('particle-start', '논의가 처음으 로 시작된', '처음으', ctx)?.action).toBe('remove');
  });

  it('particle-start: not when the fragment is the first half of the next word ("다 른")', () => {
    expect(applyRule('particle-start', '약화이고 다 른 하나는', '약화이고', ctx)).toBeNull();
  });

  it('ending-across: a particle or ending cut in two before a comma joins', () => {
    expect(applyRule('ending-across', '강조함으로 써, 현재', '강조함으로', ctx)?.action).toBe('remove');
    expect(applyRule('ending-across', '평가하였는 데, 평가항목별', '평가하였는', ctx)?.action).toBe('remove');
    // Without the comma "데" is the bound noun of "하는 데", a word of its own.
    expect(applyRule('ending-across', '강화하는 데 정책적', '강화하는', ctx)).toBeNull();
  });

  it('orphan-syllable: a lone syllable that is no word joins the word the dictionary reads across', () => {
    expect(applyRule('orphan-syllable', '지적 재 산권의 관리', '재', ctx)?.action).toBe('remove');
    // A lone particle belongs to the word before it; a one-syllable word stands alone.
    expect(applyRule('orphan-syllable', '일본 의 국가적 과제로', '의', ctx)).toBeNull();
    expect(applyRule('orphan-syllable', '벗어난 각 지방공업지역에', '각', ctx)).toBeNull();
  });

  it('particle-weak: not after a word that already ends in a particle ("사업은 이 중"), but after a noun ending in the same syllable', () => {
    expect(applyRule('particle-weak', '지적 클러스터 창성사업은 이 중 클러스터', '창성사업은', ctx)).toBeNull();
  });

  it('particle-weak: not after an adnominal form, which a noun must follow ("관한 보다 자세한")', () => {
    expect(applyRule('particle-weak', '제도적 흐름에 관한 보다 자세한 내용은', '관한', ctx)).toBeNull();
  });

  it('punct-left: a comma ends a word', () => {
    expect(applyRule('punct-left', '특히, 경쟁우위를', '특히', ctx)?.action).toBe('keep');
    expect(applyRule('punct-left', '도쿄도(東京都)와 이바라기', '와', ctx)?.action).toBe('keep');
  });

  it('open-left and close-right: brackets attach inward', () => {
    expect(applyRule('open-left', '참조( 표', '참조(', ctx)?.action).toBe('remove');
    expect(applyRule('close-right', '2003 ). 한편', '2003', ctx)?.action).toBe('remove');
  });

  it('dot-join: a middle dot binds both sides', () => {
    expect(applyRule('dot-join', '기관∙벤처캐 피털∙ 전문상사', '피털∙', ctx)?.action).toBe('remove');
  });

  it('paren-right: this paper writes parentheses against the word', () => {
    expect(ctx.attachedParenShare).toBeGreaterThan(0.5);
    expect(applyRule('paren-right', '볼 수 있다 (加藤, 2002)', '있다', ctx)?.action).toBe('remove');
  });

  it('unit-left: a number with its counter is a whole word', () => {
    expect(applyRule('unit-left', '15개 대학', '15개', ctx)?.action).toBe('keep');
    expect(applyRule('unit-left', '1988년의 지역산업', '1988', ctx)?.action).toBe('keep');
  });

  it('digit-boundary: a bare number is its own word', () => {
    expect(applyRule('digit-boundary', '약 5 년', '약', ctx)?.action).toBe('keep');
    expect(applyRule('digit-boundary', '선정에는 ① 중규모형', '①', ctx)?.action).toBe('keep');
  });

  it('latin-boundary: English words stay apart unless joined elsewhere', () => {
    expect(applyRule('latin-boundary', 'Super Techno Zone', 'Super', ctx)?.action).toBe('keep');
  });

  it('auxiliary-verb / verb-suffix: 하다 after an ending is separate, after a bare noun it attaches', () => {
    expect(applyRule('auxiliary-verb', '모델로 하고 있다', '모델로', ctx)?.rule).toBe('auxiliary-verb');
    expect(applyRule('auxiliary-verb', '재생을 통해 회생 시키려고 한다', '회생', ctx)?.rule).toBe('verb-suffix');
  });

  it('particle-weak: at a line end an ambiguous ending still joins', () => {
    expect(applyRule('particle-weak', '새로 운 산업집적논리', '새로', ctx)?.action).toBe('remove');
  });

  it('lexicon-joined: the word occurs unbroken elsewhere', () => {
    const verdict = applyRule('lexicon-joined', '직면한 국가경 제적 위기', '국가경', ctx);
    expect(verdict?.rule).toBe('lexicon-joined');
    expect(verdict?.evidence).toContain('국가경제');
  });

  it('words-attested: both fragments are words elsewhere', () => {
    expect(applyRule('words-attested', '일본의 클러스터 전략의 성립', '일본의', ctx)?.action).toBe('keep');
  });

  it('left-inflected: a left word with a particle before a known word start', () => {
    expect(applyRule('left-inflected', '중후장대형산업에서 첨단기술산업으로', '산업에서', ctx)?.action).toBe('keep');
  });

  it('dictionary: an entry across the space joins; two complete words stay apart', () => {
    expect(applyRule('dictionary', '있어 시 사점을 제공', '시 ', ctx)?.rule).toBe('dictionary-across');
    expect(applyRule('dictionary', '1990년대 초반 버블 붕괴', '초반', ctx)?.rule).toBe('dictionary-apart');
  });

  it('dictionary readings: a compound split at the space is no evidence', () => {
    const dict = ctx.dictionary;
    expect(dict).toBeDefined();
    if (!dict) return;
    expect(compareReadings('클러스터', '전략의', dict).across).toBe(Infinity);
    expect(compareReadings('이듬', '해인', dict).acrossWord).toBe('이듬해');
  });

  it('left-particle: a left word closed by 에서/을/는 is finished even with nothing known on the right', () => {
    expect(applyRule('left-particle', '분야에서 활 발하게', '분야에서', ctx)?.action).toBe('keep');
    // 과 closes half a word too often (결과, 효과) to be trusted.
    expect(applyRule('left-particle', '결과 물로', '결과', ctx)).toBeNull();
  });

  it('dictionary: short entries that span a real space by chance do not join it', () => {
    expect(applyRule('dictionary', '등 물리적 정비에 그쳐서', '물리적', ctx)?.rule).toBe('dictionary-apart');
    expect(applyRule('dictionary', '상호모순적인 두 가지', '모순적인', ctx)?.action).not.toBe('remove');
  });

  it('fragmentsAt: the fragments around a space', () => {
    const f = fragmentsAt('있다 (加藤, 2002)', 2);
    expect(f.left).toBe('있다');
    expect(f.right).toBe('(加藤,');
    expect(f.rightCore).toBe('');
  });
});

describe('evidence every paper has', () => {
  it('lone-mark: a lone list marker, dash, colon or ellipsis keeps its spaces; a hyphen inside a word does not count', () => {
    expect(applyRule('lone-mark', '달라진다. - 농업 생산 활동을', '-', ctx)?.action).toBe('keep');
    expect(applyRule('lone-mark', '감소할 것으로 예상 - 통계청 발표에', '예상', ctx)?.action).toBe('keep');
    expect(applyRule('lone-mark', '데이터베이스 입력 : AJ-Aozora', '입력', ctx)?.action).toBe('keep');
    expect(applyRule('lone-mark', '쌀 수급 동향 ··· 1', '동향', ctx)?.action).toBe('keep');
    expect(applyRule('lone-mark', 'MS- SQL 서버', 'MS', ctx)).toBeNull();
    // A sentence end is no list label.
    expect(applyRule('lone-mark', '있었 다. 이에 따라', '있었', ctx)).toBeNull();
  });

  it('particle-start: a particle after a closing mark belongs to the word before it, an ordinary word does not', () => {
    expect(applyRule('particle-start', '(Porter, 1991) 을 구축하는', '1991)', ctx)?.action).toBe('remove');
    expect(applyRule('particle-start', '예산의 약 13% 에 해당하는', '13%', ctx)?.action).toBe('remove');
    expect(applyRule('particle-start', '활동(A요건),9) 여성 또는', '9)', ctx)).toBeNull();
  });

  it('inflection-across: the joined form is a word form and one side alone is not', () => {
    expect(applyRule('inflection-across', '정책입안 시의 시 사점으로서 정책', '시 사', ctx)?.action).toBe('remove');
    expect(applyRule('inflection-across', '정책이 추진되 고 있다', '추진되 고', ctx)?.action).toBe('remove');
    // Both sides are words and the join is none: nothing to say here.
    expect(applyRule('inflection-across', '지역 경제의 발전', '지역', ctx)).toBeNull();
  });

  it('inflection-joined: at a line end, a joined word form wins over two readable halves (바람직한); not after a demonstrative', () => {
    expect(applyRule('inflection-joined', '인재의 등용을 바람 직한 것으로 본다', '바람 직', ctx)?.action).toBe('remove');
    expect(applyRule('inflection-joined', '사업은 이 중 하나', '이 중', ctx)).toBeNull();
  });

  it('inflection-apart: a whole word form after an inflected word is a word of its own', () => {
    expect(applyRule('inflection-apart', '바탕으로 성장했기 때문으로, 국민', '성장했기', ctx)?.action).toBe('keep');
    expect(applyRule('inflection-apart', '한층 높아질 것으로 판단되는', '높아질', ctx)?.action).toBe('keep');
  });
});

describe('lone syllables, by the document and the inflection dictionary', () => {
  it('lexicon-orphan: joined where the document begins words with the join and never spaces it', () => {
    const text = '일본의 정책과 일본은 물론 일본에서 본 것처럼 일 본 농업시책의 기본';
    const { buildSpacingContext } = ctxModule;
    const context = buildSpacingContext([text]);
    expect(applyRule('lexicon-orphan', text, '일 본', context)?.action).toBe('remove');
    // A demonstrative is left to the line model.
    expect(applyRule('lexicon-orphan', '이 중 이중 이중으로 이중의', '이 중', buildSpacingContext(['이 중 이중 이중으로 이중의']))).toBeNull();
  });

  // The seed's 히로시마(廣 島): the line model put no line end there, but hanja are not spaced
  // inside a word, and the document writes 廣島 unbroken elsewhere.
  it('han-joined: hanja on both sides join wherever the line model puts the space, if the document never spaces them', () => {
    const { buildSpacingContext } = ctxModule;
    const text = '오카야마(岡山), 히로시마(廣島), 야마구치(山口). 또 히로시마(廣 島), 타카마츠(高松)';
    expect(applyRule('han-joined', text, '廣 島', buildSpacingContext([text]))?.action).toBe('remove');
    // Spaced elsewhere too, or never written joined: no evidence, left to the other rules.
    const spaced = '加藤 和暢(2002)와 加藤 和暢(2003)';
    expect(applyRule('han-joined', spaced, '加藤 和暢', buildSpacingContext([spaced]))).toBeNull();
    // Hangul on a side: not this rule's.
    expect(applyRule('han-joined', '일본(日本) 일 본', '일 본', buildSpacingContext(['일본(日本) 일 본']))).toBeNull();
  });

  it('inflection-orphan: a lone syllable joins a fragment that is no word form alone', () => {
    expect(applyRule('inflection-orphan', '정책입안 시의 시 사점으로서 정책', '시 사', ctx)?.action).toBe('remove');
    expect(applyRule('inflection-orphan', '전 국적으로 시행', '전 국', ctx)).toBeNull();
  });
});
