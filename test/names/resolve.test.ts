// The one resolver (pipeline/names/resolve.ts): each kind of evidence decides on its own, and
// what none decides stays ambiguous (undefined), never a silent first pick.
import { describe, expect, it } from 'vitest';
import * as module from '../../pipeline/names/resolve.js';
import { afterName, neighbourKinds, resolveEntry } from '../../pipeline/names/resolve.js';

const PREF = { id: 'pref-toyama', kind: 'prefecture' };
const CITY = { id: 'city-toyama', kind: 'city' };
const PERSON = { id: 'person-ishikawa', kind: 'person' };
const PREF_ISHIKAWA = { id: 'pref-ishikawa', kind: 'prefecture' };
const REGION = { id: 'region-kansai', kind: 'region' };
const AREA = { id: 'area-kansai-science-city', kind: 'area' };

describe('resolveEntry', () => {
  it('pins the module exports', () => {
    expect(Object.keys(module).sort()).toEqual(['NEIGHBOUR_DISTANCE', 'afterName', 'neighbourIndex', 'neighbourKinds', 'resolveEntry']);
  });

  it('takes the occurrence\'s kind first: a citation (加藤, 2002) is the person', () => {
    expect(resolveEntry([PREF_ISHIKAWA, PERSON], { nameKind: 'person' })).toEqual({ entry: PERSON, basis: 'kind' });
  });

  it('reads a Korean suffix after the name (현, 부, 시, 지역) or at the end of the author\'s rendering', () => {
    expect(resolveEntry([CITY, PREF], { nameKind: 'place', after: '현 공업기술센터' })).toEqual({ entry: PREF, basis: 'suffix' });
    expect(resolveEntry([CITY, PREF], { nameKind: 'place', after: '부' })).toEqual({ entry: PREF, basis: 'suffix' });
    expect(resolveEntry([CITY, PREF], { nameKind: 'place', after: ' 시의' })).toEqual({ entry: CITY, basis: 'suffix' });
    expect(resolveEntry([CITY, PREF], { nameKind: 'place', written: '도야마현' })).toEqual({ entry: PREF, basis: 'suffix' });
    expect(resolveEntry([AREA, REGION], { nameKind: 'place', after: '지역' })).toBeUndefined(); // both kinds fit 지역
  });

  it('lets the nearest unambiguous names vote: a list of prefectures, a list of cluster areas', () => {
    expect(resolveEntry([CITY, PREF], { nameKind: 'place', neighbourKinds: ['prefecture', 'prefecture', 'city'] })).toEqual({ entry: PREF, basis: 'neighbours' });
    expect(resolveEntry([AREA, REGION], { nameKind: 'place', neighbourKinds: ['city', 'area', 'city'] })).toEqual({ entry: AREA, basis: 'neighbours' });
  });

  it('stays ambiguous on a tie or without evidence', () => {
    expect(resolveEntry([CITY, PREF], { nameKind: 'place' })).toBeUndefined();
    expect(resolveEntry([CITY, PREF], { nameKind: 'place', neighbourKinds: ['city', 'prefecture', 'prefecture', 'city'] })).toBeUndefined();
  });
});

describe('neighbourKinds and afterName', () => {
  it('counts only unambiguous occurrences of the same citation status within the distance, nearest first', () => {
    const views = [
      { offset: 0, citation: false, kinds: ['city', 'prefecture'] },
      { offset: 10, citation: false, kinds: ['prefecture'] },
      { offset: 5, citation: false, kinds: ['city'] },
      { offset: 8, citation: true, kinds: ['person'] },
      { offset: 500, citation: false, kinds: ['region'] },
      { offset: 3, citation: false, kinds: ['city', 'prefecture'] },
    ];
    expect(neighbourKinds(views, 0)).toEqual(['city', 'prefecture']);
  });

  it('reads the Korean after a closing parenthesis, or right after the name', () => {
    expect(afterName('도야마(富山)현 공업', 6)).toBe('현 공업');
    expect(afterName('富山현', 2)).toBe('현');
  });
});
