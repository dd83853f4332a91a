/**
 * Pins the public surface of the consistency stage: the interface the pipeline wires in.
 */
import { describe, expect, it } from 'vitest';
import * as consistency from '../../pipeline/consistency/index.js';
import { RULES } from '../../pipeline/rules.js';

describe('pipeline/consistency exports', () => {
  it('exports the wiring interface', () => {
    for (const name of ['checkConsistency', 'loadSuppressions', 'mergeFindings', 'consistencyJson', 'consistencyMarkdown', 'registerConsistencyResources', 'findingMessage', 'finalizeFindings', 'actionableFindings', 'applyDecisions', 'loadLoanwords', 'renderMessage', 'sarifLog']) {
      expect(typeof (consistency as Record<string, unknown>)[name], name).toBe('function');
    }
  });

  it('lists its rule ids in the shape of RULES, registered there with the same information', () => {
    expect(Object.keys(consistency.CONSISTENCY_RULES).sort()).toEqual(['ambiguous-name', 'inconsistent-rendering', 'loanword-spelling', 'nonstandard-rendering', 'reading-mismatch', 'unknown-name']);
    for (const [id, info] of Object.entries(consistency.CONSISTENCY_RULES)) {
      expect((RULES as Record<string, unknown>)[id], id).toEqual(info);
      expect(['error', 'warning', 'info']).toContain(info.severity);
      expect(info.stage).toBe('consistency');
      for (const lang of ['ko', 'en', 'ja'] as const) expect(consistency.consistencyTranslator(lang)(`rules.${info.key}`)).not.toBe(`rules.${info.key}`);
    }
  });

  it('merges and sorts findings from several stages deterministically, keeping duplicates once', () => {
    const a = { ruleId: 'table-sum', severity: 'warning' as const, id: null, ja: null, expected: null, found: ['12'], occurrences: [{ line: 9, column: 1, text: '12' }] };
    const b = { ruleId: 'reading-mismatch', severity: 'error' as const, id: 'x', ja: '金沢', expected: '가나자와', found: ['카네자와'], occurrences: [{ line: 3, column: 2, text: '카네자와' }, { line: 1, column: 1, text: '카네자와' }] };
    const merged = consistency.mergeFindings([a, b], [a]);
    expect(merged.map((finding) => finding.ruleId)).toEqual(['reading-mismatch', 'table-sum']);
    expect(merged[0].occurrences.map((occurrence) => occurrence.line)).toEqual([1, 3]);
    expect(consistency.consistencyJson(merged)).toBe(consistency.consistencyJson([b, a]));
  });
});
