/** The matcher's form index survives its cached form: the same matches over the real glossary and the seed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formIndexFromData, formIndexToData, indexForms, matcherOver } from '../../pipeline/consistency/matcher.js';
import { loadDictionaryWords } from '../../pipeline/edition/spacing/dictionary.js';
import { glossaryOnce } from '../../pipeline/glossary/load.js';
import { glossaryOf } from './helpers.js';

const root = join(import.meta.dirname, '..', '..');

describe('form index data', () => {
  it('gives a matcher that finds exactly what the freshly built one finds', async () => {
    const glossary = await glossaryOnce(join(root, 'glossary'));
    const index = indexForms(glossary, { words: loadDictionaryWords()?.words });
    const restored = formIndexFromData(JSON.parse(JSON.stringify(formIndexToData(index))), glossary);
    expect(restored).toBeDefined();
    const text = readFileSync(join(root, 'corpus', 'cha-2004-japan-clusters', 'source.txt'), 'utf8');
    const summary = (matches: ReturnType<ReturnType<typeof matcherOver>['scan']>) =>
      matches.map((match) => `${match.start}-${match.end} ${match.key} ${match.hits.map((hit) => `${hit.entry.id}:${hit.status}:${(hit.kinds ?? []).join('+')}`).join(',')}`);
    const fresh = summary(matcherOver(index).scan(text));
    expect(fresh.length).toBeGreaterThan(100);
    expect(summary(matcherOver(restored!).scan(text))).toEqual(fresh);
  });

  it('is refused for a glossary without one of its entries', () => {
    const one = glossaryOf([{ id: 'city-sapporo', ja: '札幌', reading: 'サッポロ', ko: '삿포로' }]);
    const other = glossaryOf([{ id: 'city-sendai', ja: '仙台', reading: 'センダイ', ko: '센다이' }]);
    expect(formIndexFromData(formIndexToData(indexForms(one)), other)).toBeUndefined();
  });
});
