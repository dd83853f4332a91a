/**
 * The consistency check over the seed paper, end to end (edition, names, glossary): the paper's
 * known inconsistent, nonstandard and mismatched renderings are all reported with the right
 * rule; every occurrence points at its text in the raw source; no glossary name is called
 * unknown; the JSON validates against its schema and is the same on every run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { checkConsistency, consistencyJson, consistencyMarkdown, type Finding } from '../../pipeline/consistency/index.js';
import { finalizeFindings } from '../../pipeline/consistency/finalize.js';
import { loadGlossary, type Glossary } from '../../pipeline/glossary/load.js';
import { extractNames, type NameRecord } from '../../pipeline/names/index.js';
import { ROOT, seedEdition, type SeedRun } from '../helpers/seed.js';

interface Expected {
  ruleId: string;
  ja: string;
  found: string[];
  kinds?: string[];
}
const expected = (JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'seed-expected.json'), 'utf8')) as { findings: Expected[] }).findings;

let run: SeedRun;
let glossary: Glossary;
let names: NameRecord[];
let findings: Finding[];
let file: VFile;

beforeAll(async () => {
  run = await seedEdition();
  glossary = await loadGlossary(join(ROOT, 'glossary'));
  names = await extractNames(run.edition, { glossary });
  file = new VFile({ path: run.file.path, value: run.source });
  findings = checkConsistency(run.edition, names, glossary, { file });
});

describe('consistency on the seed', () => {
  it.each(expected)('reports $ruleId for $ja: $found', (item) => {
    const matching = findings.filter((finding) => finding.ruleId === item.ruleId && finding.ja === item.ja && item.found.every((form) => finding.found.includes(form)));
    expect(matching, JSON.stringify(item)).not.toHaveLength(0);
    if (item.kinds) expect(matching.some((finding) => JSON.stringify(finding.kinds) === JSON.stringify(item.kinds))).toBe(true);
  });

  it('places every occurrence on its text in the raw source (line/column and offset agree)', () => {
    let checked = 0;
    for (const finding of findings) {
      for (const occurrence of finding.occurrences) {
        if (occurrence.restored) continue;
        expect(occurrence.offset).toBeTypeOf('number');
        const offset = occurrence.offset as number;
        const point = run.edition.lines.point(offset);
        expect([point.line, point.column]).toEqual([occurrence.line, occurrence.column]);
        expect(run.source.slice(offset, offset + occurrence.text.length)).toBe(occurrence.text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('calls no glossary name unknown', () => {
    for (const finding of findings.filter((item) => item.ruleId === 'unknown-name')) {
      expect(glossary.byJapanese(finding.ja ?? ''), finding.ja ?? '').toHaveLength(0);
    }
  });

  it('reports one vfile message per finding, with rule id, place, actual and expected', () => {
    expect(file.messages).toHaveLength(findings.length);
    for (const message of file.messages) {
      expect(message.ruleId).toBeTruthy();
      expect(message.source).toBe('kaikyo');
      expect(message.place).toBeDefined();
      expect(message.actual).toBeTruthy();
    }
  });

  it('writes consistency.json that validates against schemas/consistency.schema.json', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'consistency.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    // As written by a build: finalised (ids, places, flags, messages).
    const data: unknown = JSON.parse(consistencyJson(finalizeFindings(findings, { source: run.source, lang: 'ko' })));
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('is deterministic: the same input gives byte-identical JSON and Markdown', () => {
    const again = checkConsistency(run.edition, names, glossary, {});
    expect(consistencyJson(again)).toBe(consistencyJson(findings));
    expect(consistencyJson([...findings].reverse())).toBe(consistencyJson(findings));
    for (const lang of ['ko', 'en', 'ja'] as const) expect(consistencyMarkdown(again, { lang })).toBe(consistencyMarkdown(findings, { lang }));
  });

  it('groups the Markdown report by name, with the standard form and every place', () => {
    const markdown = consistencyMarkdown(findings, { lang: 'ko' });
    expect(markdown).toMatch(/^# 일본어 고유명사/);
    const section = markdown.split('\n## ').find((part) => part.startsWith('東海 '));
    expect(section).toBeDefined();
    expect(section).toContain('**도카이**');
    expect(section).toContain('토우카이');
    expect(section).toContain('178행 1열');
    expect(consistencyMarkdown(findings, { lang: 'ja' })).toContain('標準表記');
    expect(consistencyMarkdown(findings, { lang: 'en' })).toContain('Standard form');
  });
});
