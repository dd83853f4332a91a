/** The cue data: validated on load, and what it says about endings and following words. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCues, kindByFollower, kindBySuffix, parseCues } from '../../pipeline/names/cues.js';

describe('cues', () => {
  it('loads the shipped cues.json, which passes its schema (checked here, not at every start)', () => {
    expect(defaultCues().suffixes.organisation).toContain('省');
    expect(parseCues(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'pipeline', 'names', 'cues.json'), 'utf8')))).toEqual(defaultCues());
  });

  it('rejects a kind it does not know and a list of non-strings, naming the file', () => {
    expect(() => parseCues({ suffixes: { ship: ['丸'] }, follows: {}, followsWithin: { window: 4 } }, 'bad.json')).toThrow(/bad\.json/);
    expect(() => parseCues({ suffixes: { law: [1] }, follows: {}, followsWithin: { window: 4 } })).toThrow();
    expect(() => parseCues({ suffixes: {}, follows: {} })).toThrow();
  });

  it('picks the longest ending and never the whole name', () => {
    expect(kindBySuffix('地域科学技術施策推進委員会')).toBe('organisation');
    expect(kindBySuffix('産業クラスター計画')).toBe('programme');
    expect(kindBySuffix('省')).toBeUndefined();
    expect(kindBySuffix('北海道')).toBeUndefined();
  });

  it('reads the words after a parenthesis, but not past the next one', () => {
    expect(kindByFollower('대학 대학원')).toBe('organisation');
    expect(kindByFollower(' 경제산업국 고령화')).toBe('place');
    expect(kindByFollower('기업 지원 프로젝트(생산')).toBe('programme');
    expect(kindByFollower('의 홈페이지(프로젝트')).toBeUndefined();
    expect(kindByFollower('')).toBeUndefined();
  });
});
