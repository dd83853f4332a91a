/**
 * Suppressions next to the glossary: validated (a bad one names file and line), and honoured
 * (a suppressed finding is gone, the others stay).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConsistency, loadSuppressions } from '../../pipeline/consistency/index.js';
import { GlossaryError } from '../../pipeline/glossary/load.js';
import { glossaryOf, record, tinyEdition } from './helpers.js';

const fixtures = join(import.meta.dirname, 'fixtures', 'suppressions');

describe('suppressions', () => {
  it('loads a valid file with the line of each suppression', async () => {
    const suppressions = await loadSuppressions(join(fixtures, 'valid'));
    expect(suppressions.map((item) => [item.rule, item.line])).toEqual([
      ['nonstandard-rendering', 2],
      ['reading-mismatch', 6],
    ]);
  });

  it('has none when the glossary folder has no suppressions.yaml', async () => {
    expect(await loadSuppressions(join(import.meta.dirname, 'fixtures', 'rules'))).toEqual([]);
  });

  it('refuses an unknown rule id with the file and line of the suppression', async () => {
    const error = await loadSuppressions(join(fixtures, 'broken')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GlossaryError);
    expect((error as GlossaryError).file).toContain('suppressions.yaml');
    expect((error as GlossaryError).line).toBe(4);
    expect((error as GlossaryError).field).toBe('rule');
  });

  it('drops exactly the findings a suppression covers', async () => {
    const text = '토우카이(東海)와 토카이, 카네자와(金沢)';
    const glossary = glossaryOf([
      { id: 'region-tokai', kind: 'region', ja: '東海', reading: 'トウカイ', pronunciation: 'トーカイ', ko: '도카이' },
      { id: 'city-kanazawa', kind: 'city', ja: '金沢', reading: 'カナザワ', ko: '가나자와' },
    ]);
    const names = [record(text, { surface: '東海' }), record(text, { surface: '金沢' })];
    const all = checkConsistency(tinyEdition(text), names, glossary, {});
    const kept = checkConsistency(tinyEdition(text), names, glossary, { suppressions: await loadSuppressions(join(fixtures, 'valid')) });
    const keys = (list: typeof all) => list.map((finding) => `${finding.ruleId}:${finding.found.join(',')}`);
    expect(keys(all)).toEqual(expect.arrayContaining(['nonstandard-rendering:토카이', 'reading-mismatch:카네자와', 'nonstandard-rendering:토우카이']));
    expect(keys(kept)).not.toContain('nonstandard-rendering:토카이');
    expect(keys(kept)).not.toContain('reading-mismatch:카네자와');
    expect(keys(kept)).toContain('nonstandard-rendering:토우카이');
  });
});
