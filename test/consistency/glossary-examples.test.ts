/**
 * The glossary's `examples` run as tests (prh's specs): in each example's text, the expected
 * form must be recognised as an occurrence of its entry: a Korean form by the scanner the
 * consistency check uses, a Japanese form by the glossary's look-up.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareGlossary } from '../../pipeline/consistency/check.js';
import { formKey } from '../../pipeline/consistency/matcher.js';
import { loadGlossary } from '../../pipeline/glossary/load.js';
import { ROOT } from '../helpers/seed.js';

const glossary = await loadGlossary(join(ROOT, 'glossary'));
const { matcher } = prepareGlossary(glossary);
const HANGUL = /\p{Script=Hangul}/u;

const cases = glossary.entries.flatMap((entry) => entry.examples.map((example, index) => ({ entry, example, name: `${entry.id} #${index + 1}: ${example.expect}` })));

describe('glossary examples', () => {
  it('exist (the glossary carries specs)', () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  it.each(cases)('$name', ({ entry, example }) => {
    expect(example.text).toContain(example.expect.split(/\s+/)[0]);
    if (HANGUL.test(example.expect)) {
      // The scanner must find the expected form at a word start and attribute it to the entry
      // (within a longer form of the same entry that starts there: 히와코쿠사츠 캠퍼스).
      const key = formKey(example.expect);
      const at = example.text.indexOf(example.expect);
      const hits = matcher.scan(example.text).filter((match) => match.key === key || (match.start === at && match.key.startsWith(key)));
      expect(hits.flatMap((match) => match.hits.map((hit) => hit.entry.id))).toContain(entry.id);
    } else {
      expect(glossary.byJapanese(example.expect).map((found) => found.id)).toContain(entry.id);
    }
  });
});
