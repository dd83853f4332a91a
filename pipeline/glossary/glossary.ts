/**
 * Build the lookups of a loaded glossary: by id, by Japanese form (ja and variants) and by
 * Korean form (ko, accepted, nonstandard). Forms are compared after NFC with whitespace removed,
 * because Korean spacing of names varies (지적 클러스터 vs 지적클러스터) and extraction breaks words.
 */
import type { Glossary, GlossaryEntry, KoreanStatus } from './schema.js';

/** The key a form is looked up by: NFC, all whitespace removed. */
export function normalizeForm(form: string): string {
  return form.normalize('NFC').replace(/\s+/gu, '');
}

/** Every Japanese form of an entry: ja first, then the variants. */
export function japaneseForms(entry: GlossaryEntry): readonly string[] {
  return [entry.ja, ...entry.variants];
}

/** Every Korean form of an entry: ko first, then accepted, then nonstandard. */
export function koreanForms(entry: GlossaryEntry): readonly string[] {
  return [entry.ko, ...entry.accepted, ...entry.nonstandard];
}

/** Whether a Korean form is the entry's standard, an accepted or a nonstandard form (whitespace ignored). */
export function koreanStatus(entry: GlossaryEntry, form: string): KoreanStatus | undefined {
  const key = normalizeForm(form);
  if (normalizeForm(entry.ko) === key) return 'standard';
  if (entry.accepted.some((accepted) => normalizeForm(accepted) === key)) return 'accepted';
  if (entry.nonstandard.some((nonstandard) => normalizeForm(nonstandard) === key)) return 'nonstandard';
  return undefined;
}

/** Index entries (already validated and cross-checked) for lookup; entries keep their order. */
export function createGlossary(entries: readonly GlossaryEntry[]): Glossary {
  const frozen = Object.freeze([...entries]);
  const ids = new Map<string, GlossaryEntry>();
  for (const entry of frozen) if (!ids.has(entry.id)) ids.set(entry.id, entry);
  const japanese = indexBy(frozen, japaneseForms);
  const korean = indexBy(frozen, koreanForms);
  const none: readonly GlossaryEntry[] = Object.freeze([]);
  return Object.freeze({
    entries: frozen,
    byId: (id: string) => ids.get(id),
    byJapanese: (form: string) => japanese.get(normalizeForm(form)) ?? none,
    byKorean: (form: string) => korean.get(normalizeForm(form)) ?? none,
  });
}

/** Map each normalised form to the entries that have it, each entry once, in entry order. */
function indexBy(
  entries: readonly GlossaryEntry[],
  forms: (entry: GlossaryEntry) => readonly string[],
): Map<string, readonly GlossaryEntry[]> {
  const index = new Map<string, GlossaryEntry[]>();
  for (const entry of entries) {
    for (const form of forms(entry)) {
      const key = normalizeForm(form);
      const list = index.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      index.set(key, list);
    }
  }
  for (const list of index.values()) Object.freeze(list);
  return index;
}
