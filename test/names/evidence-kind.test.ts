/** Tokenizer evidence and the kind decision, with the traps of the seed as cases. */
import { describe, expect, it } from 'vitest';
import { tokenEvidence, namesPersonOrPlace } from '../../pipeline/names/evidence.js';
import { decideKind, decisiveKind, type KindInput } from '../../pipeline/names/kind.js';
import type { Token } from '../../pipeline/transcribe/tokenizer.js';

const token = (surface: string, pos: string): Token => ({ surface, pos, start: 0, end: surface.length, known: true, reading: 'ア' });
const FAMILY = '名詞,固有名詞,人名,姓';
const GIVEN = '名詞,固有名詞,人名,名';
const PLACE = '名詞,固有名詞,地域,一般';

describe('tokenEvidence', () => {
  it('weighs full names and places as strong, lone surnames and organisation tags as weak', () => {
    expect(tokenEvidence([token('石倉', FAMILY), token('洋子', GIVEN)])).toEqual({ kind: 'person', strength: 'strong' });
    expect(tokenEvidence([token('東京', PLACE), token('都', '名詞,接尾,地域,*')])).toEqual({ kind: 'place', strength: 'strong' });
    expect(tokenEvidence([token('上田', FAMILY)])).toEqual({ kind: 'person', strength: 'weak' });
    expect(tokenEvidence([token('広島', '名詞,固有名詞,組織,*')])).toEqual({ kind: 'organisation', strength: 'weak' });
    expect(tokenEvidence([token('関西', PLACE), token('広域', '名詞,一般,*,*')])).toEqual({ kind: 'place', strength: 'weak' });
    expect(tokenEvidence([token('中部', '名詞,一般,*,*')])).toEqual({ kind: 'term', strength: 'weak' });
    expect(tokenEvidence([])).toEqual({ kind: 'term', strength: 'weak' });
  });

  it('says "proper name" for persons and places only', () => {
    expect(namesPersonOrPlace([token('上田', FAMILY)])).toBe(true);
    expect(namesPersonOrPlace([token('新生', '名詞,固有名詞,組織,*')])).toBe(false);
  });
});

const base: KindInput = {
  citation: false,
  rendered: true,
  after: '',
  normalized: '石川',
  evidence: { kind: 'person', strength: 'weak' },
  glossaryKinds: [],
  neighbours: [],
};

describe('decideKind', () => {
  it('reads a citation as an author, an organisation when the name says so', () => {
    expect(decideKind({ ...base, citation: true, rendered: false })).toEqual({ kind: 'person', basis: 'citation' });
    expect(decideKind({ ...base, citation: true, normalized: '経済産業省', evidence: { kind: 'term', strength: 'weak' } }).kind).toBe('organisation');
  });

  it('lets an enumeration of places make a lone surname a place (이시카와(石川) among prefectures)', () => {
    expect(decideKind({ ...base, neighbours: ['place', 'place'] })).toEqual({ kind: 'place', basis: 'neighbours' });
    expect(decideKind({ ...base, rendered: false, neighbours: ['place'] })).toEqual({ kind: 'person', basis: 'tokenizer' });
  });

  it('reads the Korean after the parenthesis and the name\'s ending', () => {
    expect(decideKind({ ...base, normalized: '一橋', after: '대학 대학원' })).toEqual({ kind: 'organisation', basis: 'follower' });
    expect(decideKind({ ...base, normalized: '東海ものづくり', after: ' 창생 프로젝트(생산' }).kind).toBe('programme');
    expect(decideKind({ ...base, normalized: '知的クラスター創成事業', evidence: { kind: 'term', strength: 'weak' } })).toEqual({ kind: 'programme', basis: 'suffix' });
  });

  it('lets the glossary decide, choosing between its entries by context', () => {
    expect(decideKind({ ...base, glossaryKinds: ['place'] })).toEqual({ kind: 'place', basis: 'glossary' });
    expect(decideKind({ ...base, citation: true, glossaryKinds: ['place', 'person'] })).toEqual({ kind: 'person', basis: 'glossary' });
    expect(decideKind({ ...base, glossaryKinds: ['person', 'place'], neighbours: ['place'] }).kind).toBe('place');
  });
});

describe('decisiveKind', () => {
  it('lends only certain kinds to neighbours', () => {
    expect(decisiveKind({ kind: 'place', strength: 'strong' }, [])).toBe('place');
    expect(decisiveKind({ kind: 'person', strength: 'weak' }, [])).toBeUndefined();
    expect(decisiveKind({ kind: 'person', strength: 'weak' }, ['place'])).toBe('place');
    expect(decisiveKind({ kind: 'person', strength: 'weak' }, ['place', 'person'])).toBeUndefined();
  });
});
