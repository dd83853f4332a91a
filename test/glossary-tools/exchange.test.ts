/**
 * Glossary exchange with CAT tools: the TBX-Basic export is well-formed XML with one termEntry
 * per entry; CSV and TBX come back through import unchanged; bad input names its line; a merge
 * into a glossary file replaces by id and keeps the file's comments; suggestions validate.
 */
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import glossarySchema from '../../glossary/schema.json' with { type: 'json' };
import { exportCsv } from '../../pipeline/glossary-tools/export-csv.js';
import { exportTbx } from '../../pipeline/glossary-tools/export-tbx.js';
import { entryData } from '../../pipeline/glossary-tools/fields.js';
import { entriesYaml, importCsv, importTbx } from '../../pipeline/glossary-tools/import.js';
import { mergeIntoYaml } from '../../pipeline/glossary-tools/merge-yaml.js';
import { slug, suggestEntry } from '../../pipeline/glossary-tools/suggest.js';
import { GlossaryError, loadGlossary, type Glossary } from '../../pipeline/glossary/load.js';
import { parse } from 'yaml';
import { ROOT } from '../helpers/seed.js';

let glossary: Glossary;
beforeAll(async () => {
  glossary = await loadGlossary(join(ROOT, 'glossary'));
});

describe('TBX-Basic export', () => {
  it('is well-formed XML with one termEntry per glossary entry, ids kept', () => {
    const tbx = exportTbx(glossary.entries);
    expect(XMLValidator.validate(tbx)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'termEntry' }).parse(tbx) as {
      martif: { '@_type': string; text: { body: { termEntry: Array<{ '@_id': string }> } } };
    };
    expect(parsed.martif['@_type']).toBe('TBX-Basic');
    const ids = parsed.martif.text.body.termEntry.map((entry) => entry['@_id']);
    expect(ids).toEqual(glossary.entries.map((entry) => entry.id));
  });

  it('marks ko preferred, accepted forms admitted and nonstandard forms deprecated', () => {
    const tbx = exportTbx([glossary.byId('pref-toyama')!]);
    expect(tbx).toMatch(/<term>도야마<\/term>\s*<termNote type="partOfSpeech">properNoun<\/termNote>\s*<termNote type="administrativeStatus">preferredTerm-admn-sts/);
    expect(tbx).toMatch(/<term>후쿠야마현<\/term>\s*<termNote[^>]*>properNoun<\/termNote>\s*<termNote type="administrativeStatus">deprecatedTerm-admn-sts/);
  });

  it('escapes markup in text', () => {
    const entry = { ...entryData(glossary.entries[0]), notes: 'a < b & "c"' };
    expect(XMLValidator.validate(exportTbx([entry]))).toBe(true);
  });
});

describe('round trip through import', () => {
  it('CSV gives back every entry unchanged', () => {
    expect(importCsv(exportCsv(glossary.entries), 'glossary.csv')).toEqual(glossary.entries.map(entryData));
  });

  it('TBX gives back every entry unchanged', () => {
    expect(importTbx(exportTbx(glossary.entries), 'glossary.tbx')).toEqual(glossary.entries.map(entryData));
  });

  it('YAML written from imported entries loads as the same data', () => {
    const entries = glossary.entries.slice(0, 5).map(entryData);
    expect(parse(entriesYaml(entries))).toEqual(entries);
  });
});

describe('import errors', () => {
  it('names the CSV line of an invalid entry', () => {
    const csv = exportCsv(glossary.entries.slice(0, 3)).replace(/\r\n[^,\r\n]+,city,/, '\r\nBad Id,city,');
    const error = (() => {
      try {
        importCsv(csv, 'bad.csv');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(GlossaryError);
    expect((error as GlossaryError).file).toBe('bad.csv');
    expect((error as GlossaryError).line).toBeGreaterThan(1);
  });

  it('names the line of malformed TBX', () => {
    const tbx = exportTbx(glossary.entries.slice(0, 2)).replace('</termEntry>', '</termEntri>');
    expect(() => importTbx(tbx, 'bad.tbx')).toThrow(/bad\.tbx:\d+:\d+/);
  });
});

describe('merge into a glossary file', () => {
  it('replaces an entry by id, appends a new one and keeps comments', () => {
    const existing = '# cities of the test\n- id: city-a\n  kind: city\n  ja: 甲\n  reading: コウ\n  romaji: Kō\n  ko: 고\n  sources: [x]\n';
    const merged = mergeIntoYaml(existing, [
      { id: 'city-a', kind: 'city', ja: '甲', reading: 'コウ', romaji: 'Kō', ko: '고', sources: ['y'] },
      { id: 'city-b', kind: 'city', ja: '乙', reading: 'オツ', romaji: 'Otsu', ko: '오쓰', accepted: ['오쓰시'], sources: ['y'] },
    ], 'cities.yaml').text;
    expect(merged).toContain('# cities of the test');
    const data = parse(merged) as Array<{ id: string; sources: string[] }>;
    expect(data.map((entry) => entry.id)).toEqual(['city-a', 'city-b']);
    expect(data[0].sources).toEqual(['y']);
    expect(merged).toContain('accepted: [오쓰시]');
  });
});

describe('suggest', () => {
  it('proposes a schema-valid entry from the names stage\'s reading, with the author\'s form as nonstandard', () => {
    const record = { surface: '田戸', normalized: '田戸', kind: 'place', reading: 'タド', romaji: 'Tado', hangul: '다도', written: { text: '타도' }, source: { line: 12 } };
    const suggestion = suggestEntry([record, { ...record, source: { line: 30 } }], new Set(['area-tado']));
    expect(suggestion.id).toBe('area-tado-2');
    expect(suggestion.nonstandard).toEqual(['타도']);
    expect(suggestion.sources).toEqual(['the paper, lines 12, 30']);
    const validate = new Ajv({ strict: true }).compile(glossarySchema);
    expect(validate([suggestion]), JSON.stringify(validate.errors)).toBe(true);
    expect(slug('Tōkai Monozukuri')).toBe('tokai-monozukuri');
  });
});
