/**
 * The findings a build writes for the seed (consistency.json, every stage's, finalised): the
 * data contract the review page and `kaikyo check` rely on. Every occurrence points at its text
 * in edition.md as well as in the source, ids are unique and made of no place, confirmations
 * and duplicates are flagged, and the JSON validates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../pipeline/consistency/index.js';
import { loadGlossary } from '../../pipeline/glossary/load.js';
import { buildDocument } from '../../pipeline/orchestrate/build-document.js';
import { ROOT, seedEdition } from '../helpers/seed.js';

let findings: readonly Finding[];
let json: { findings: Array<Record<string, unknown>> };
let markdown: string;

beforeAll(async () => {
  const run = await seedEdition();
  const glossaryDir = join(ROOT, 'glossary');
  const output = await buildDocument(run.document, { glossary: await loadGlossary(glossaryDir), glossaryDir });
  findings = output.findings;
  json = JSON.parse(output.files.get('consistency.json')!) as typeof json;
  markdown = output.files.get('edition.md')!;
}, 60_000);

/** Text with its whitespace removed. */
const squeeze = (text: string) => text.replace(/\s+/gu, '');

describe('the seed build\'s findings', () => {
  it('validates against schemas/consistency.schema.json', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'consistency.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('places every occurrence on its own text in edition.md', () => {
    let checked = 0;
    for (const finding of findings) {
      for (const occurrence of finding.occurrences) {
        if (!occurrence.edition) continue;
        const { line, column, offset } = occurrence.edition;
        // line/column and offset agree …
        const lines = markdown.split('\n');
        expect(lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1).toBe(offset);
        // … and the edition's text there is the occurrence's (spaces, line breaks and fake-bold
        // doubling of the source aside: 도호호쿠 is 도호쿠 in the edition).
        const wanted = squeeze(occurrence.text).replace(/(.)\1+/gu, '$1');
        const there = squeeze(markdown.slice(offset, offset + wanted.length * 2 + 8)).replace(/(.)\1+/gu, '$1');
        expect(there.startsWith(wanted), `${finding.ruleId} ${occurrence.text} at ${line}:${column}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('gives each occurrence the sentence it stands in', () => {
    for (const finding of findings) for (const occurrence of finding.occurrences) if (!occurrence.restored) expect(squeeze(occurrence.context ?? ''), occurrence.text).toContain(squeeze(occurrence.text).slice(0, 2));
  });

  it('gives unique ids that no place enters', () => {
    const ids = findings.map((finding) => finding.findingId);
    expect(new Set(ids).size).toBe(ids.length);
    const occurrenceIds = findings.flatMap((finding) => finding.occurrences.map((occurrence) => occurrence.occurrenceId));
    expect(new Set(occurrenceIds).size).toBe(occurrenceIds.length);
    for (const id of [...ids, ...occurrenceIds]) expect(id).toMatch(/^[0-9a-f]{16}(-\d+)?$/);
  });

  it('flags confirmations and duplicates as not actionable, pointing duplicates at an actionable finding', () => {
    const byId = new Map(findings.map((finding) => [finding.findingId, finding]));
    for (const finding of findings) {
      if (finding.ruleId.endsWith('-agrees')) expect(finding.actionable).toBe(false);
      if (finding.duplicateOf !== null) {
        expect(finding.actionable).toBe(false);
        expect(byId.get(finding.duplicateOf ?? '')?.actionable, finding.findingId).toBe(true);
      }
    }
    expect(findings.filter((finding) => finding.actionable).length).toBeLessThan(findings.length / 2);
  });

  it('gives every finding its message', () => {
    for (const finding of findings) expect(finding.message, finding.ruleId).toBeTruthy();
  });
});
