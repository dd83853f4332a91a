/**
 * The glossary as a prh dictionary (prh.yml), so textlint users (textlint-rule-prh) see the
 * glossary's Korean forms in their editor: one rule per entry with nonstandard forms, each
 * nonstandard form a pattern that the standard form replaces, a spec that prh itself checks
 * when it loads the file, and the entry's Japanese and romaji as the rule's explanation.
 *
 * A pattern that would fire inside correct text is left out: prh matches strings anywhere, so a
 * nonstandard form found inside any entry's standard or accepted form (or inside its own
 * replacement) would rewrite correct words. The export lists what it left out.
 */
import { Document } from 'yaml';
import type { GlossaryEntry, GlossaryEntryData } from '../glossary/load.js';

/** The prh.yml text and the patterns left out, with why. */
export function exportPrh(entries: readonly (GlossaryEntry | GlossaryEntryData)[]): { text: string; left: string[] } {
  const correct = entries.flatMap((entry) => [entry.ko, ...(entry.accepted ?? [])]);
  const left: string[] = [];
  const rules: Array<Record<string, unknown>> = [];
  for (const entry of entries) {
    const patterns = [...new Set(entry.nonstandard ?? [])].filter((form) => {
      const inside = correct.find((text) => text.includes(form));
      if (inside !== undefined) left.push(`${entry.id}: "${form}" is part of the correct form "${inside}"`);
      return inside === undefined;
    });
    // A form that contains another form of the rule (키타규슈시 beside 키타규슈) is left to the
    // shorter one, which keeps the suffix: 키타규슈시 becomes 기타큐슈시, not 기타큐슈.
    const kept = patterns.filter((form) => !patterns.some((other) => other !== form && form.includes(other)));
    if (kept.length === 0) continue;
    rules.push({
      expected: entry.ko,
      patterns: kept,
      prh: `${entry.ja} (${entry.romaji}): 표준 표기는 ${entry.ko} [kaikyo glossary: ${entry.id}]`,
      specs: kept.map((form) => ({ from: form, to: entry.ko })),
    });
  }
  const document = new Document({ version: 1, rules });
  document.commentBefore = ' prh dictionary exported by kaikyo from its glossary (kaikyo glossary export --format prh).\n Each rule replaces nonstandard Korean renderings of a Japanese name with the standard form.';
  return { text: document.toString({ lineWidth: 0 }), left };
}
