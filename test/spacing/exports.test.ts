// Pins the public surface of the spacing stage: other stages call exactly these.
import { describe, expect, it } from 'vitest';
import * as spacing from '../../pipeline/edition/spacing/index.js';

describe('spacing exports', () => {
  it('exposes the context builders, the repair and the rule list', () => {
    expect(typeof spacing.buildSpacingContext).toBe('function');
    expect(typeof spacing.buildSpacingContextAsync).toBe('function');
    expect(typeof spacing.repairSpacing).toBe('function');
    expect(spacing.RULE_IDS).toContain('particle-start');
    expect(spacing.RULE_IDS).toContain('not-at-wrap');
  });

  it('every rule id a rule can return is listed in RULE_IDS (ids are permanent and listed once)', () => {
    for (const rule of spacing.RULES) expect(spacing.RULE_IDS).toContain(rule.id === 'dictionary' ? 'dictionary-across' : rule.id);
  });

  it('the async builder gives the same context as the sync one', async () => {
    const paragraphs = ['처음으로 시작된 곳은 일본의 클러스터 전략이다.'];
    const a = spacing.buildSpacingContext(paragraphs, { dictionary: false });
    const b = await spacing.buildSpacingContextAsync(paragraphs, { dictionary: false });
    expect(b.widths).toEqual(a.widths);
    expect([...b.lexicon.tokens]).toEqual([...a.lexicon.tokens]);
  });
});
