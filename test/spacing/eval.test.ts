// The scorer on synthetic editions, where the right answer is known by construction, and
// the Markdown reader the CLI uses.
import { describe, expect, it } from 'vitest';
import { goldBoundaries, scoreSpacing, formatReport } from '../../pipeline/eval/spacing-eval.js';
import { paragraphTexts } from '../../pipeline/eval/markdown-paragraphs.js';
import { parseArgs } from '../../pipeline/eval/spacing-cli.js';

const gold = [{ line: 1, corrected: '처음으로 시작된 곳은 ‘지적 클러스터’이다. 산업¦생태계' }];

describe('spacing scorer', () => {
  it('reads ¦ and quote-adjacent boundaries as unscored', () => {
    const g = goldBoundaries('가 ‘나’ 다¦라');
    expect(g.chars).toBe('가‘나’다라');
    expect([...g.spaces].sort()).toEqual([1, 4]);
    expect(g.unscored.has(1)).toBe(true); // before ‘
    expect(g.unscored.has(5)).toBe(true); // ¦
  });

  it('a perfect edition scores 1; spacing around ¦ does not matter', () => {
    for (const edition of ['처음으로 시작된 곳은 ‘지적 클러스터’이다. 산업생태계', '처음으로 시작된 곳은‘지적 클러스터’ 이다. 산업 생태계']) {
      const r = scoreSpacing(gold, ['앞 문단.', `머리 ${edition} 꼬리`]);
      expect(r.micro.f1).toBe(1);
    }
  });

  it('counts a missed and an extra space, with context', () => {
    const r = scoreSpacing(gold, ['처음으 로시작된 곳은 ‘지적 클러스터’이다. 산업생태계']);
    expect(r.micro.fp).toBe(1);
    expect(r.micro.fn).toBe(1);
    expect(r.paragraphs[0].errors.map((e) => e.kind).sort()).toEqual(['extra', 'missed']);
    expect(formatReport(r)).toContain('missed space');
  });

  it('aligns across paragraph boundaries and reports a paragraph it cannot find', () => {
    expect(scoreSpacing(gold, ['처음으로 시작된', '곳은 ‘지적 클러스터’이다. 산업생태계']).micro.f1).toBe(1);
    const missing = scoreSpacing(gold, ['다른 글']);
    expect(missing.paragraphs[0].aligned).toBe(false);
    expect(missing.micro.recall).toBe(0);
  });
});

describe('Markdown paragraphs', () => {
  it('takes plain text of paragraphs and footnote bodies, without references or markup', () => {
    const md = [
      '---',
      'title: x',
      '---',
      '',
      '# 머리말',
      '',
      '일본에서 **클러스터**에 관한[^1] 논의가',
      '처음으로 시작된 곳은 1996년이다.',
      '',
      '[^1]: 각주 본문 *강조* 이다.',
      '',
    ].join('\n');
    expect(paragraphTexts(md)).toEqual(['일본에서 클러스터에 관한 논의가 처음으로 시작된 곳은 1996년이다.', '각주 본문 강조 이다.']);
  });

  it('the CLI defaults to the project edition and the shared gold or KAIKYO_SPACING_GOLD', () => {
    const args = parseArgs([], { KAIKYO_SPACING_GOLD: '/elsewhere/gold.json' });
    expect(args.edition).toMatch(/output\/cha-2004-japan-clusters\/edition\.md$/);
    expect(args.gold).toMatch(/gold/);
    expect(parseArgs(['x.md', '--gold', 'g.json']).gold).toMatch(/g\.json$/);
  });
});
