/**
 * One small fixture per rule (fixtures/rules/*.json), run by one loop: a glossary, a text, the
 * names the names stage would report in it, and the findings expected. Each fixture says why
 * it exists in its `why`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../pipeline/consistency/index.js';
import { glossaryOf, record, tinyEdition, type NameSpec } from './helpers.js';

interface Case {
  why: string;
  glossary: Parameters<typeof glossaryOf>[0];
  text: string;
  names: NameSpec[];
  expect: Array<{ ruleId: string; id?: string | null; ja?: string; found?: string[]; kinds?: string[]; expected?: string; places?: string[]; severity?: string; entries?: string[]; suggestion?: string; absent?: boolean }>;
}

const folder = join(import.meta.dirname, 'fixtures', 'rules');
const cases = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ name, ...(JSON.parse(readFileSync(join(folder, name), 'utf8')) as Case) }));

describe('consistency rules', () => {
  it.each(cases)('$name', (fixture) => {
    const names = fixture.names.map((spec) => record(fixture.text, spec));
    const findings = checkConsistency(tinyEdition(fixture.text), names, glossaryOf(fixture.glossary), {});
    for (const want of fixture.expect) {
      const matching = findings.filter(
        (finding) =>
          finding.ruleId === want.ruleId &&
          (want.id === undefined || finding.id === want.id) &&
          (want.ja === undefined || finding.ja === want.ja) &&
          (want.found === undefined || JSON.stringify(finding.found) === JSON.stringify(want.found)),
      );
      if (want.absent) {
        expect(matching, `${fixture.why}\n${JSON.stringify(findings, null, 1)}`).toHaveLength(0);
        continue;
      }
      expect(matching, `${fixture.why}\n${JSON.stringify(findings, null, 1)}`).toHaveLength(1);
      const [finding] = matching;
      if (want.kinds) expect(finding.kinds).toEqual(want.kinds);
      if (want.expected) expect(finding.expected).toBe(want.expected);
      if (want.severity) expect(finding.severity).toBe(want.severity);
      if (want.places) expect(finding.occurrences.map((occurrence) => `${occurrence.line}:${occurrence.column}`)).toEqual(want.places);
      if (want.entries) expect(finding.ids).toEqual(want.entries);
      if (want.suggestion) expect(finding.suggestion?.id).toBe(want.suggestion);
      for (const occurrence of finding.occurrences) expect(fixture.text.slice(occurrence.offset, (occurrence.offset ?? 0) + occurrence.text.length)).toBe(occurrence.text);
    }
  });
});
