// The first test of a module pins its exports: the stage's interface is what others wire in.
import { describe, expect, it } from 'vitest';
import * as tables from '../../pipeline/tables/index.js';
import { RULES } from '../../pipeline/rules.js';

describe('pipeline/tables exports', () => {
  it('exports loadTableSpec, extractTables and the rule table', () => {
    expect(Object.keys(tables).sort()).toEqual(['TABLE_RULES', 'extractTables', 'loadTableSpec']);
  });

  it('has rule ids in the registry shape, registered once in RULES with the same information', () => {
    for (const [id, info] of Object.entries(tables.TABLE_RULES)) {
      expect((RULES as Record<string, unknown>)[id], id).toEqual(info);
      expect(id.startsWith('table-')).toBe(true);
      expect(['error', 'warning', 'info']).toContain(info.severity);
      expect(info.stage).toBe('tables');
      expect(info.key).toMatch(/^table[A-Z]\w+$/);
    }
  });
});
