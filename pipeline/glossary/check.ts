/**
 * Rules the schema cannot state because they span entries or files: ids are unique, references
 * in ambiguousWith exist, a Japanese form claimed by two entries is declared ambiguous by both,
 * and an entry does not call one Korean form both right and wrong.
 */
import { basename } from 'node:path';
import { GlossaryError } from './error.js';
import { japaneseForms, normalizeForm } from './glossary.js';
import type { LocatedEntry } from './parse.js';
import type { PathStep } from './locate.js';

/** Check located entries (all files, in load order); returns problems, never throws. */
export function crossCheck(located: readonly LocatedEntry[]): GlossaryError[] {
  return [...checkIds(located), ...checkReferences(located), ...checkSharedForms(located), ...checkKoreanForms(located)];
}

function problem(at: LocatedEntry, path: readonly PathStep[], reason: string): GlossaryError {
  const place = at.place(path);
  return new GlossaryError(at.entry.origin.file, place.line, place.column, path.join('.'), reason);
}

/** The other entry's place, by file name only: glossary files are siblings in one folder. */
function where(at: LocatedEntry): string {
  return `${basename(at.entry.origin.file)}:${at.entry.origin.line}`;
}

/** An id is used once across all files; the later use is the problem. */
function checkIds(located: readonly LocatedEntry[]): GlossaryError[] {
  const first = new Map<string, LocatedEntry>();
  const problems: GlossaryError[] = [];
  for (const at of located) {
    const earlier = first.get(at.entry.id);
    if (earlier) problems.push(problem(at, ['id'], `duplicate id "${at.entry.id}" (first at ${where(earlier)})`));
    else first.set(at.entry.id, at);
  }
  return problems;
}

/** ambiguousWith names existing entries other than itself. */
function checkReferences(located: readonly LocatedEntry[]): GlossaryError[] {
  const ids = new Set(located.map((at) => at.entry.id));
  const problems: GlossaryError[] = [];
  for (const at of located) {
    at.entry.ambiguousWith.forEach((id, index) => {
      if (id === at.entry.id) problems.push(problem(at, ['ambiguousWith', index], 'an entry cannot be ambiguous with itself'));
      else if (!ids.has(id)) problems.push(problem(at, ['ambiguousWith', index], `unknown id "${id}"`));
    });
  }
  return problems;
}

/**
 * Two entries may share a Japanese form (石川 the prefecture and 石川 the scholar) only when each
 * lists the other in ambiguousWith; otherwise a lookup by that form would silently pick one.
 */
function checkSharedForms(located: readonly LocatedEntry[]): GlossaryError[] {
  const claims = new Map<string, Array<{ at: LocatedEntry; path: PathStep[] }>>();
  for (const at of located) {
    japaneseForms(at.entry).forEach((form, index) => {
      const key = normalizeForm(form);
      const list = claims.get(key) ?? [];
      // One entry listing the same form twice (山崎朗 and 山崎 朗) is not a conflict.
      if (!list.some((claim) => claim.at.entry.id === at.entry.id)) {
        list.push({ at, path: index === 0 ? ['ja'] : ['variants', index - 1] });
      }
      claims.set(key, list);
    });
  }
  const problems: GlossaryError[] = [];
  for (const [form, list] of claims) {
    for (let later = 1; later < list.length; later += 1) {
      for (let earlier = 0; earlier < later; earlier += 1) {
        const a = list[earlier].at.entry;
        const b = list[later].at.entry;
        if (a.ambiguousWith.includes(b.id) && b.ambiguousWith.includes(a.id)) continue;
        problems.push(
          problem(
            list[later].at,
            list[later].path,
            `Japanese form "${form}" is also claimed by "${a.id}" (${where(list[earlier].at)}); ` +
              'list each other in ambiguousWith if both are right',
          ),
        );
      }
    }
  }
  return problems;
}

/**
 * Within an entry, a Korean form is standard, accepted or nonstandard, never two of them; and a
 * pronunciation identical to the reading is left out, as the field's definition says.
 */
function checkKoreanForms(located: readonly LocatedEntry[]): GlossaryError[] {
  const problems: GlossaryError[] = [];
  for (const at of located) {
    const { entry } = at;
    const ko = normalizeForm(entry.ko);
    const accepted = new Set(entry.accepted.map(normalizeForm));
    entry.accepted.forEach((form, index) => {
      if (normalizeForm(form) === ko) problems.push(problem(at, ['accepted', index], `"${form}" repeats ko`));
    });
    entry.nonstandard.forEach((form, index) => {
      const key = normalizeForm(form);
      if (key === ko) problems.push(problem(at, ['nonstandard', index], `"${form}" is the standard form (ko)`));
      else if (accepted.has(key)) problems.push(problem(at, ['nonstandard', index], `"${form}" is also listed as accepted`));
    });
    if (entry.pronunciation !== undefined && entry.pronunciation === entry.reading) {
      problems.push(problem(at, ['pronunciation'], 'identical to reading: leave it out'));
    }
  }
  return problems;
}
