/**
 * One resolver for every output (issue 12 item 1): over the seed, names.json and
 * consistency.json name the same glossary entry for every occurrence they share, and the places
 * the issue names are linked right: footnote 4 counts prefectures, Table 1 names METI's
 * regions, and 關西 in the list of knowledge-cluster areas is the Kansai Science City.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkConsistency, type Finding } from '../../pipeline/consistency/index.js';
import { loadGlossary } from '../../pipeline/glossary/load.js';
import { extractNames, type NameRecord } from '../../pipeline/names/index.js';
import { ROOT, seedEdition } from '../helpers/seed.js';

let records: NameRecord[];
let findings: Finding[];

beforeAll(async () => {
  const { edition } = await seedEdition();
  const glossary = await loadGlossary(join(ROOT, 'glossary'));
  records = await extractNames(edition, { glossary });
  findings = checkConsistency(edition, records, glossary);
});

/** Entries consistency.json gives the occurrence at `offset` whose text is `text` (spaces aside). */
function consistencyEntries(offset: number, text: string): Set<string> {
  const squash = (value: string) => value.replace(/\s+/gu, '');
  const found = new Set<string>();
  for (const finding of findings) {
    for (const occurrence of finding.occurrences) {
      if (occurrence.offset === offset && occurrence.entry && squash(occurrence.text) === squash(text)) found.add(occurrence.entry);
    }
  }
  return found;
}

describe('names.json and consistency.json agree', () => {
  it('on the entry of every occurrence both report (the Japanese run and the author\'s rendering)', () => {
    let compared = 0;
    const disagreements: string[] = [];
    for (const record of records) {
      const places: Array<[number, string]> = [[record.source.offset, record.surface]];
      if (record.written) places.push([record.written.offset, record.written.text]);
      for (const [offset, text] of places) {
        const entries = consistencyEntries(offset, text);
        if (entries.size === 0) continue;
        compared++;
        if (entries.size !== 1 || !entries.has(record.glossaryId ?? '')) disagreements.push(`${record.surface} ${record.source.line}: names ${record.glossaryId}, consistency ${[...entries].join(', ')}`);
      }
    }
    console.log(`resolver agreement: ${compared - disagreements.length}/${compared} occurrences`);
    expect(disagreements).toEqual([]);
    expect(compared).toBeGreaterThan(40);
  });

  const lineOf = (surface: string, line: number) => records.find((record) => record.surface === surface && record.source.line === line);

  it('links footnote 4\'s prefectures to the prefectures (a footnote counting prefectures)', () => {
    for (const [surface, id] of [['富山', 'pref-toyama'], ['長野', 'pref-nagano'], ['岐阜', 'pref-gifu'], ['京都', 'pref-kyoto'], ['大阪', 'pref-osaka'], ['廣島', 'pref-hiroshima'], ['德島', 'pref-tokushima']]) {
      expect(lineOf(surface, 284), surface).toMatchObject({ glossaryId: id, resolvedBy: 'neighbours' });
    }
  });

  it('links Table 1\'s 北海道 and 沖繩 to METI\'s regions', () => {
    expect(lineOf('北海道', 166)).toMatchObject({ container: 'cell', glossaryId: 'region-hokkaido' });
    expect(lineOf('沖繩', 192)).toMatchObject({ glossaryId: 'region-okinawa' });
  });

  it('links 關西 in the list of cluster areas to the Kansai Science City, with both candidates said', () => {
    expect(lineOf('關西', 488)).toMatchObject({ glossaryId: 'area-kansai-science-city', candidates: ['area-kansai-science-city', 'region-kansai'] });
  });

  it('keeps the scholar 石川 (a citation) and the prefecture 石川 apart', () => {
    expect(lineOf('石川', 48)).toMatchObject({ glossaryId: 'person-ishikawa', resolvedBy: 'kind' });
    expect(lineOf('石川', 284)).toMatchObject({ glossaryId: 'pref-ishikawa', resolvedBy: 'kind' });
  });
});
