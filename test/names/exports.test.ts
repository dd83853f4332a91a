/** Pins what the names stage exports: the interface the build and the CLI wire in. */
import { describe, expect, it } from 'vitest';
import * as names from '../../pipeline/names/index.js';
import { RULES } from '../../pipeline/rules.js';

describe('pipeline/names/index.ts', () => {
  it('exports extractNames, namesJson, sortRecords and NAME_RULES, nothing else at run time', () => {
    expect(Object.keys(names).sort()).toEqual(['NAME_RULES', 'extractNames', 'namesJson', 'sortRecords']);
  });

  it('declares its rule ids in the registry\'s shape, and the registry has them unchanged', () => {
    for (const [id, info] of Object.entries(names.NAME_RULES)) {
      // The registry merges every stage's rules; a clash would show as a different entry.
      if (id in RULES) expect((RULES as Record<string, unknown>)[id]).toEqual(info);
      expect(['error', 'warning', 'info']).toContain(info.severity);
      expect(info.stage).toBe('names');
      expect(info.key).toMatch(/^[a-z][A-Za-z]+$/);
    }
  });
});

describe('message templates', () => {
  it('has a template per rule in en, ko and ja, with the same placeholders', async () => {
    const templates = (await import('../../pipeline/names/messages.json', { with: { type: 'json' } })).default as Record<string, { rules: Record<string, string> }>;
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    for (const info of Object.values(names.NAME_RULES)) {
      const english = templates.en.rules[info.key];
      expect(english, info.key).toBeDefined();
      for (const language of ['ko', 'ja']) expect(placeholders(templates[language].rules[info.key]), `${language} ${info.key}`).toEqual(placeholders(english));
    }
  });
});
