/**
 * Links from table cells to glossary entries. A place or organisation is looked up by its
 * printed Korean form (and its Japanese when the paper gives it), restricted to the kinds its
 * column can hold. A name the glossary lacks gets a null link and one finding per form; a form
 * the glossary lists as nonstandard (츄부 for 中部) is linked and reported with the standard form.
 * Without a glossary every link is null and a single finding says why.
 */
import type { GlossaryEntry } from '../glossary/schema.js';
import type { MappedText } from '../text/mapped-text.js';
import { squash } from './compact.js';
import { finding, type Finding, type Place } from './findings.js';
import { stripParentheses } from './names.js';

/** The part of a glossary entry the tables use (pipeline/glossary's GlossaryEntry has all of it). */
export type LinkEntry = Pick<GlossaryEntry, 'id' | 'kind' | 'ja' | 'romaji' | 'ko' | 'accepted' | 'nonstandard'>;

/** The lookups the tables use; the glossary loader's Glossary satisfies this interface. */
export interface TableGlossary {
  byKorean(form: string): readonly LinkEntry[];
  byJapanese(form: string): readonly LinkEntry[];
}

/** A link as written into the table outputs. */
export interface Link {
  readonly id: string;
  readonly kind: string;
  /** The entry's Japanese form. */
  readonly ja: string;
  readonly romaji: string;
  /** The standard Korean form. */
  readonly ko: string;
  /** How the printed form relates to the entry. */
  readonly status: 'standard' | 'accepted' | 'nonstandard';
}

/** A printed name with its link (null when the glossary is missing or lacks it). */
export interface LinkedName {
  /** As printed. */
  readonly text: string;
  readonly link: Link | null;
}

/** Collects links and their findings for one document; create one per extraction. */
export class Linker {
  private readonly missing = new Map<string, Finding>();
  private readonly nonstandard = new Map<string, Finding>();
  private noGlossaryReported = false;
  private readonly extra: Finding[] = [];

  constructor(private readonly glossary: TableGlossary | undefined) {}

  /** True when a glossary was given. */
  get available(): boolean {
    return this.glossary !== undefined;
  }

  /**
   * Link a printed name. `kinds` are the entry kinds its column holds, in order of preference;
   * `ja` is the paper's Japanese for it, when given; `place` is where the name is printed.
   */
  link(printed: string, kinds: readonly string[], options: { ja?: string; place?: Place; table?: string; report?: boolean } = {}): LinkedName {
    const text = printed.trim();
    if (!this.glossary) {
      this.reportNoGlossary(options.place);
      return { text, link: null };
    }
    const hit = this.lookup(text, kinds, options.ja);
    if (!hit) {
      if (options.report !== false) {
        const key = `${squash(text)}|${kinds.join(',')}`;
        if (!this.missing.has(key)) {
          this.missing.set(
            key,
            finding('table-link-missing', `"${text}" (${kinds.join(' or ')}) has no glossary entry; its link is null`, {
              place: options.place,
              table: options.table,
              actual: text,
              args: { name: text, kinds: kinds.join(', ') },
            }),
          );
        }
      }
      return { text, link: null };
    }
    if (hit.link.status === 'nonstandard') this.reportNonstandard(hit.form, hit.link, options.place, options.table);
    return { text, link: hit.link };
  }

  /**
   * Glossary names inside a longer text (a project name): for each word, the longest leading part
   * of two or more characters that the glossary knows as one of `kinds`. Unknown words are not
   * reported; they are ordinary words.
   */
  namesIn(text: MappedText, kinds: readonly string[], place: (index: number) => Place | undefined, table?: string): LinkedName[] {
    if (!this.glossary) return [];
    const found: LinkedName[] = [];
    for (const match of stripParentheses(text.text).matchAll(/[^\s∙·,()]+/gu)) {
      const word = match[0];
      for (let length = [...word].length; length >= 2; length--) {
        const form = [...word].slice(0, length).join('');
        const hit = this.lookup(form, kinds, undefined, true);
        if (!hit) continue;
        if (hit.link.status === 'nonstandard') this.reportNonstandard(form, hit.link, place(text.text.indexOf(form)), table);
        found.push({ text: form, link: hit.link });
        break;
      }
    }
    return found;
  }

  /** Findings collected so far, in a stable order. */
  findings(): Finding[] {
    return [...this.extra, ...this.missing.values(), ...this.nonstandard.values()];
  }

  private reportNoGlossary(place: Place | undefined): void {
    if (this.noGlossaryReported) return;
    this.noGlossaryReported = true;
    this.extra.push(
      finding('table-glossary-missing', 'no glossary was given, so every place and organisation link in the tables is null', {
        place,
        note: 'Build with the glossary (glossary/*.yaml) to link names to their Japanese, romaji and standard Korean forms.',
      }),
    );
  }

  private reportNonstandard(form: string, link: Link, place: Place | undefined, table: string | undefined): void {
    const key = `${squash(form)}|${link.id}`;
    if (this.nonstandard.has(key)) return;
    this.nonstandard.set(
      key,
      finding('table-name-nonstandard', `"${form}" is a nonstandard Korean form of ${link.ja}; the standard form is "${link.ko}"`, {
        place,
        table,
        actual: form,
        expected: link.ko,
        args: { form, ja: link.ja, standard: link.ko, id: link.id },
      }),
    );
  }

  private lookup(text: string, kinds: readonly string[], ja: string | undefined, exactOnly = false): { link: Link; form: string } | undefined {
    const glossary = this.glossary!;
    const forms = exactOnly ? [text] : candidates(text);
    const byJa = ja ? new Set(glossary.byJapanese(ja).map((entry) => entry.id)) : undefined;
    for (const form of forms) {
      const entries = glossary.byKorean(form).filter((entry) => kinds.includes(entry.kind));
      if (entries.length === 0) continue;
      const ranked = [...entries].sort((a, b) => rank(a, kinds, byJa) - rank(b, kinds, byJa));
      const entry = ranked[0];
      return { link: toLink(entry, form), form };
    }
    // The Japanese alone, when the Korean form is unknown (a misspelt name with its kanji).
    if (byJa && byJa.size > 0) {
      const entry = glossary.byJapanese(ja!).find((candidate) => kinds.includes(candidate.kind));
      if (entry) return { link: { ...toLink(entry, text), status: 'nonstandard' }, form: text };
    }
    return undefined;
  }
}

function rank(entry: LinkEntry, kinds: readonly string[], byJa: Set<string> | undefined): number {
  return (byJa && !byJa.has(entry.id) ? 100 : 0) + kinds.indexOf(entry.kind);
}

function toLink(entry: LinkEntry, form: string): Link {
  const key = squash(form);
  const same = (other: string) => squash(other) === key;
  // byKorean found the entry by this form, so it is the standard, an accepted or a nonstandard form.
  const status = same(entry.ko) ? 'standard' : entry.nonstandard.some(same) ? 'nonstandard' : entry.accepted.some(same) ? 'accepted' : 'standard';
  return { id: entry.id, kind: entry.kind, ja: entry.ja, romaji: entry.romaji, ko: entry.ko, status };
}

/**
 * Forms to look a printed name up by: as printed; with "∙" as a space; without glosses in
 * parentheses; without a legal-form prefix "(재)"/"(주)".
 */
export function candidates(printed: string): string[] {
  const forms = new Set<string>();
  const add = (form: string) => {
    const trimmed = form.replace(/\s+/gu, ' ').trim().replace(/[,]$/u, '');
    if (trimmed) forms.add(trimmed);
  };
  add(printed);
  add(printed.replace(/[∙·]/gu, ' '));
  const bare = stripParentheses(printed.replace(/^\((?:재|주|사)\)\s*/u, ''));
  add(bare);
  add(bare.replace(/[∙·]/gu, ' '));
  // A local government is also listed without its administrative suffix (카가와현 → 카가와).
  const unsuffixed = /^(.{2,}?)(?:현|부|시)$/u.exec(bare.trim());
  if (unsuffixed) add(unsuffixed[1]);
  return [...forms];
}
