// The first test of a module pins its exports: the stage's interface is what others wire in.
import { describe, expect, it } from 'vitest';
import * as tables from '../../pipeline/tables/index.js';
import { RULES } from '../../pipeline/rules.js';

describe('pipeline/tables exports', () => {
  it('exports loadTableSpec, extractTables and the rule table', () => {
    expect(Object.keys(tables).sort()).toEqual(['TABLE_RULES', 'extractTables', 'loadTableSpec', 'mendRows']);
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

describe('mendRows', () => {
  // Data rows get the cells' wrap spaces taken out; glossary values and the printed form stay.
  it('mends cell strings and leaves glossary values, numbers and the printed form alone', () => {
    const mend = (text: string) => text.replace('오사 카부', '오사카부');
    const rows = [{ ko: '오사 카부', standardKo: '오사 카부', printed: '오사 카부', count: 3, list: ['오사 카부'] }];
    expect(tables.mendRows(rows, mend)).toEqual([{ ko: '오사카부', standardKo: '오사 카부', printed: '오사 카부', count: 3, list: ['오사카부'] }]);
  });
});
