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

  it('gives every finding its message, with particles that fit (no 은(는))', () => {
    for (const finding of findings) {
      expect(finding.message, finding.ruleId).toBeTruthy();
      expect(finding.message).not.toMatch(/은\(는\)|이\(가\)|와\(과\)|을\(를\)|\(으\)로/);
    }
  });

  it('still reports every known rendering of the paper as something to fix', () => {
    const known = (JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'seed-expected.json'), 'utf8')) as { findings: Array<{ ruleId: string; ja: string; found: string[] }> }).findings;
    for (const item of known) {
      const matching = findings.filter((finding) => finding.actionable && finding.ruleId === item.ruleId && finding.ja === item.ja && item.found.every((form) => finding.found.includes(form)));
      expect(matching, JSON.stringify(item)).not.toHaveLength(0);
    }
  });

  it("reports a nested name's deviation once, under the innermost name that deviates", () => {
    // 칸사이 stands in 関西, 関西広域 and 関西広域クラスター: one actionable finding per place.
    const actionable = findings.filter((finding) => finding.actionable && ['nonstandard-rendering', 'reading-mismatch', 'loanword-spelling'].includes(finding.ruleId));
    const kansai = actionable.filter((finding) => finding.occurrences.some((occurrence) => squeeze(occurrence.text).startsWith('칸사이')));
    expect(kansai.map((finding) => finding.id)).toEqual(['region-kansai']);
    const outer = findings.filter((finding) => finding.id === 'cluster-kansai-koiki');
    expect(outer.length).toBeGreaterThan(0);
    for (const finding of outer) expect(finding.duplicateOf).toBe(kansai[0].findingId);
  });

  it('has neither of the two false positives', () => {
    // 東海ものづくり創生プロジェクト: one form cut at a parenthesis; 東海's own inconsistency reports the rest.
    expect(findings.filter((finding) => finding.actionable && finding.id === 'proj-tokai-monozukuri')).toEqual([]);
    // 200 universities against a column counting participations (480): no difference.
    expect(findings.filter((finding) => finding.ruleId === 'table-claim-differs' && finding.found.includes('200'))).toEqual([]);
  });

  it('checks loanword spellings in every title, METI\'s and MEXT\'s alike', () => {
    const loanwords = findings.filter((finding) => finding.ruleId === 'loanword-spelling' && finding.actionable);
    expect(loanwords.map((finding) => `${finding.found[0]}→${finding.expected}`).sort()).toEqual(['버츄어→버추얼', '브릿지→브리지', '카롯체리아→카로체리아', '테크놀리지→테크놀로지', '프라자→플라자', '하이프리드→하이브리드']);
    // The METI project title 시코쿠 테크노브릿지 계획 is no second finding: the loanword is its only deviation.
    expect(findings.find((finding) => finding.id === 'proj-shikoku-technobridge')?.actionable).toBe(false);
  });

  it('writes one form per occurrence, whichever rule lists it', () => {
    const forms = new Map<string, Set<string>>();
    for (const finding of findings) {
      for (const occurrence of finding.occurrences) {
        if (occurrence.expected === null || occurrence.expected === undefined) continue;
        const key = `${occurrence.offset}:${squeeze(occurrence.text)}`;
        forms.set(key, new Set([...(forms.get(key) ?? []), occurrence.expected]));
        if (['nonstandard-rendering', 'reading-mismatch', 'loanword-spelling', 'table-name-nonstandard'].includes(finding.ruleId) && finding.occurrences.length === 1) expect(finding.expected, key).toBe(occurrence.expected);
      }
    }
    for (const [key, set] of forms) expect([...set], key).toHaveLength(1);
  });
});

describe('sentenceAround', () => {
  it('gives the sentence around a place, the same on every call, cut with … where long', async () => {
    const { sentenceAround } = await import('../../pipeline/consistency/context.js');
    const line = `${'가'.repeat(100)}. 미에(三重)의 5개 현을 가리킨다. 츄고쿠지역은 오카야마(岡山), 히로시마(廣島)의 5개 현이다. 다음 문장.`;
    const at = line.indexOf('히로시마');
    // Twice: a regex whose state carried over between calls once made the second answer differ.
    expect(sentenceAround(line, at, 4)).toBe('츄고쿠지역은 오카야마(岡山), 히로시마(廣島)의 5개 현이다.');
    expect(sentenceAround(line, at, 4)).toBe('츄고쿠지역은 오카야마(岡山), 히로시마(廣島)의 5개 현이다.');
    expect(sentenceAround(line, 50, 2)).toMatch(/^가{100}\.$/u);
    expect(sentenceAround('나'.repeat(300), 150, 2)).toMatch(/^…나{142}…$/u);
  });
});
