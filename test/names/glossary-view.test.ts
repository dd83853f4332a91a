/**
 * The glossary as the names stage sees it: entries by form, the kind map, and which readings
 * an entry lends to which form (加藤 of 加藤和暢 reads カトウ, 富山県 is 富山 plus a suffix).
 */
import { describe, expect, it } from 'vitest';
import type { Glossary } from '../../pipeline/glossary/load.js';
import { entriesFor, formKey, glossaryLookup, lookupResult, nameKindOf, type NameGlossary, type NameGlossaryEntry } from '../../pipeline/names/glossary-view.js';

const kato: NameGlossaryEntry = { id: 'person-kato', kind: 'person', ja: '加藤和暢', variants: ['加藤'], reading: 'カトウ カズノブ', pronunciation: 'カトー カズノブ', romaji: 'Katō Kazunobu', ko: '가토 가즈노부' };
const toyama: NameGlossaryEntry = { id: 'pref-toyama', kind: 'prefecture', ja: '富山', variants: ['富山県'], reading: 'トヤマ', romaji: 'Toyama', ko: '도야마' };
const ishikawaPerson: NameGlossaryEntry = { id: 'person-ishikawa', kind: 'person', ja: '石川', reading: 'イシカワ', romaji: 'Ishikawa', ko: '이시카와' };
const ishikawaPlace: NameGlossaryEntry = { id: 'pref-ishikawa', kind: 'prefecture', ja: '石川', reading: 'イシカワ', romaji: 'Ishikawa', ko: '이시카와' };

const glossary: NameGlossary = {
  byJapanese(form) {
    const key = formKey(form);
    return [kato, toyama, ishikawaPerson, ishikawaPlace].filter((entry) => [entry.ja, ...(entry.variants ?? [])].some((known) => formKey(known) === key));
  },
};

describe('glossary view', () => {
  it('accepts the real Glossary type', () => {
    const real: Glossary | undefined = undefined;
    const view: NameGlossary | undefined = real;
    expect(view).toBeUndefined();
  });

  it('maps the glossary\'s kinds onto the six of names.json', () => {
    expect(['prefecture', 'region', 'city', 'area'].map(nameKindOf)).toEqual(['place', 'place', 'place', 'place']);
    expect(['ministry', 'bureau', 'university', 'institute'].map(nameKindOf)).toEqual(Array(4).fill('organisation'));
    expect(nameKindOf('project')).toBe('programme');
    expect(nameKindOf('something new')).toBe('term');
  });

  it('finds entries for the first form that has any, from one entry, a list or nothing', () => {
    expect(entriesFor(glossary, ['關東', '石川']).map((entry) => entry.id)).toEqual(['person-ishikawa', 'pref-ishikawa']);
    expect(entriesFor({ byJapanese: () => toyama }, ['x'])).toEqual([toyama]);
    expect(entriesFor({ byJapanese: () => undefined }, ['x'])).toEqual([]);
    expect(entriesFor(undefined, ['石川'])).toEqual([]);
  });

  it('lends the whole reading to the entry\'s own form, the first word to a leading short form', () => {
    expect(lookupResult(kato, '加藤和暢')).toEqual({ reading: 'カトウ カズノブ', pronunciation: 'カトー カズノブ', romaji: 'Katō Kazunobu', hangul: '가토 가즈노부' });
    expect(lookupResult(kato, '加藤')).toEqual({ reading: 'カトウ', pronunciation: 'カトー', romaji: 'Katō', hangul: '가토' });
    expect(lookupResult(toyama, '富山県')).toBeUndefined();
  });

  it('prefers the entry of the kind the context decided', () => {
    const used: NameGlossaryEntry[] = [];
    expect(glossaryLookup(glossary, 'place', used)('石川')?.reading).toBe('イシカワ');
    expect(used.map((entry) => entry.id)).toEqual(['pref-ishikawa']);
    expect(glossaryLookup(glossary)('富山県')).toBeUndefined();
  });
});
