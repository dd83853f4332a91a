/**
 * Fixture cases, one folder each under fixtures/: input.txt (one paragraph per line; a line
 * starting with "각주:" is a footnote) and names.json, the expected output without a glossary,
 * so that the cases pin the stage's own decisions. Regenerate with UPDATE_FIXTURES=1 and review
 * the diff; never edit names.json by hand.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { extractNames, namesJson } from '../../pipeline/names/index.js';
import { editionOf } from './helpers.js';

const folder = join(import.meta.dirname, 'fixtures');
const update = process.env.UPDATE_FIXTURES === '1';

describe('names fixtures', () => {
  for (const name of readdirSync(folder).sort()) {
    it(name, async () => {
      const input = readFileSync(join(folder, name, 'input.txt'), 'utf8');
      const file = new VFile({ value: input });
      const actual = namesJson(await extractNames(editionOf(input), { file }));
      const expected = join(folder, name, 'names.json');
      if (update || !existsSync(expected)) writeFileSync(expected, actual);
      expect(actual).toBe(readFileSync(expected, 'utf8'));
      for (const message of file.messages) {
        expect(message.ruleId).toMatch(/^(name-unverified-reading|name-unread-character|gloss-not-name)$/);
        expect(message.place).toBeDefined();
      }
    });
  }
});
