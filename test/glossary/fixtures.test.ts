/**
 * One loop over test/glossary/fixtures/<case>/: load the folder and compare what comes out (the
 * entries' ids and origins, or every problem's place) with <case>/expected.json. Each case says
 * why it exists in why.txt. Regenerate the expected files with UPDATE_FIXTURES=1 and review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GlossaryError, loadGlossary } from '../../pipeline/glossary/load.js';

const root = fileURLToPath(new URL('./fixtures/', import.meta.url));
const update = process.env.UPDATE_FIXTURES === '1';

/** What a load gives, with file paths reduced to names so the expected files do not depend on the checkout. */
async function outcome(dir: string): Promise<unknown> {
  try {
    const glossary = await loadGlossary(dir);
    return {
      entries: glossary.entries.map((entry) => ({ id: entry.id, file: basename(entry.origin.file), line: entry.origin.line })),
    };
  } catch (error) {
    if (!(error instanceof GlossaryError)) throw error;
    return {
      problems: error.problems.map((problem) => ({
        file: basename(problem.file),
        line: problem.line,
        column: problem.column,
        field: problem.field,
        reason: problem.reason,
      })),
    };
  }
}

describe('glossary fixtures', () => {
  const cases = readdirSync(root, { withFileTypes: true })
    .filter((item) => item.isDirectory())
    .map((item) => item.name)
    .sort();

  it('has cases, each with a reason', () => {
    expect(cases.length).toBeGreaterThan(5);
    for (const name of cases) expect(existsSync(join(root, name, 'why.txt')), name).toBe(true);
  });

  for (const name of cases) {
    const dir = join(root, name);
    const why = existsSync(join(dir, 'why.txt')) ? readFileSync(join(dir, 'why.txt'), 'utf8').trim() : '';
    it(`${name}: ${why}`, async () => {
      const actual = await outcome(dir);
      const expectedFile = join(dir, 'expected.json');
      if (update) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
