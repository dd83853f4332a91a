/**
 * Reviewers' decisions (glossary/suppressions.yaml) about one occurrence, one finding, one name
 * or one rule, as the review page exports them: validated, and honoured by a build (the
 * decided finding or occurrence is gone, nothing else moves) — and ids survive an unrelated
 * edit, which is what makes a decision last.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDecisions, decisionsYaml, parseSuppressions, type Finding, type Suppression } from '../../pipeline/consistency/index.js';
import { GlossaryError, loadGlossary, type Glossary } from '../../pipeline/glossary/load.js';
import { buildDocument } from '../../pipeline/orchestrate/build-document.js';
import { ROOT, seedEdition, type SeedRun } from '../helpers/seed.js';

const scratch = mkdtempSync(join(tmpdir(), 'kaikyo-decisions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let run: SeedRun;
let glossary: Glossary;
let base: readonly Finding[];

/** Build the seed with `yaml` as its suppressions file; the findings it writes. */
async function buildWith(yaml: string): Promise<readonly Finding[]> {
  const dir = mkdtempSync(join(scratch, 'glossary-'));
  cpSync(join(ROOT, 'glossary'), dir, { recursive: true });
  writeFileSync(join(dir, 'suppressions.yaml'), yaml);
  return (await buildDocument(run.document, { glossary, glossaryDir: dir })).findings;
}

beforeAll(async () => {
  run = await seedEdition();
  glossary = await loadGlossary(join(ROOT, 'glossary'));
  base = (await buildDocument(run.document, { glossary, glossaryDir: join(ROOT, 'glossary') })).findings;
}, 60_000);

const kansai = () => base.find((finding) => finding.ruleId === 'nonstandard-rendering' && finding.id === 'region-kansai')!;

describe('decisions', () => {
  it('accepts decisions per occurrence, finding, name and rule, with status and reason', () => {
    const yaml = [
      '- occurrenceId: 0123456789abcdef',
      '  status: false-positive',
      '  reason: The company keeps this spelling in its registered name.',
      '- findingId: 0123456789abcdef-2',
      '  status: accepted',
      '  reason: The series style sheet keeps this form on purpose.',
      '- id: region-kansai',
      '  rule: nonstandard-rendering',
      '  reason: Quoted from a title that must stay as printed.',
      '- rule: table-count-form',
      '  reason: The approximate counts are the author’s own wording.',
    ].join('\n');
    expect(parseSuppressions(yaml, 'suppressions.yaml').map((item) => item.status ?? 'accepted')).toEqual(['false-positive', 'accepted', 'accepted', 'accepted']);
  });

  it('writes decisions as YAML that reads back to the same decisions (the review page\'s export)', () => {
    const decisions: Suppression[] = [
      { occurrenceId: '0123456789abcdef-2', status: 'false-positive', reason: 'A "quoted" name: kept as printed.\nSecond line.' },
      { id: 'region-kansai', rule: 'nonstandard-rendering', status: 'accepted', reason: '간사이 is written 칸사이 in this series, on purpose.' },
      { form: '토카이', reason: 'The company’s registered name; not the region.' },
    ];
    const back = parseSuppressions(decisionsYaml(decisions), 'export.yaml').map(({ line: _line, ...rest }) => rest);
    expect(back).toEqual(decisions);
    expect(parseSuppressions(decisionsYaml([]), 'empty.yaml')).toEqual([]);
  });

  it('refuses a decision about nothing, a bad status and an unknown rule, naming the line', () => {
    expect(() => parseSuppressions('- reason: no target given here at all\n', 'x.yaml')).toThrow(GlossaryError);
    expect(() => parseSuppressions('- findingId: 0123456789abcdef\n  status: maybe\n  reason: a long enough reason\n', 'x.yaml')).toThrow(/x\.yaml:1:\d+: status/);
    expect(() => parseSuppressions('- rule: no-such-rule\n  reason: a long enough reason\n', 'x.yaml')).toThrow(/x\.yaml:1:\d+: rule: is no rule id/);
  });

  it('a decision about one occurrence removes that occurrence only', async () => {
    const target = kansai();
    const [first, ...rest] = target.occurrences;
    const after = await buildWith(`- occurrenceId: ${first.occurrenceId}\n  status: false-positive\n  reason: Checked by hand against the printed page.\n`);
    const again = after.find((finding) => finding.ruleId === 'nonstandard-rendering' && finding.id === 'region-kansai')!;
    expect(again.occurrences.map((occurrence) => occurrence.occurrenceId)).toEqual(rest.map((occurrence) => occurrence.occurrenceId));
    expect(after.length).toBe(base.length);
  });

  it('a decision about a finding, a name or a rule removes exactly what it covers', async () => {
    const byFinding = await buildWith(`- findingId: ${kansai().findingId}\n  reason: Accepted for this edition by the editor.\n`);
    expect(byFinding.map((finding) => finding.findingId)).toEqual(base.filter((finding) => finding !== kansai()).map((finding) => finding.findingId));
    const byRule = await buildWith('- rule: table-claim-agrees\n  reason: Confirmations are not needed in this review.\n');
    expect(byRule.filter((finding) => finding.ruleId === 'table-claim-agrees')).toEqual([]);
    expect(byRule.length).toBe(base.filter((finding) => finding.ruleId !== 'table-claim-agrees').length);
    const byName = applyDecisions(base, [{ id: 'region-kansai', reason: 'Every rule, this name.' }]);
    expect(byName.some((finding) => finding.id === 'region-kansai' || (finding.ids ?? []).includes('region-kansai'))).toBe(false);
  });

  it('gives the same ids after an unrelated edit that moves every line', async () => {
    const moved = structuredClone(base).map((finding) => ({
      ...finding,
      occurrences: finding.occurrences.map((occurrence) => ({ ...occurrence, line: occurrence.line + 3, offset: (occurrence.offset ?? 0) + 50 })),
    }));
    const { findingIdBase, occurrenceIdBase } = await import('../../pipeline/consistency/ids.js');
    for (const [index, finding] of moved.entries()) {
      expect(findingIdBase(finding)).toBe(base[index].findingId!.split('-')[0]);
      for (const [k, occurrence] of finding.occurrences.entries()) expect(occurrenceIdBase(finding, occurrence)).toBe(base[index].occurrences[k].occurrenceId!.split('-')[0]);
    }
  });
});
