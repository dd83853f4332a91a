/**
 * programmes.json: for each programme of the description, what the running text states about
 * it (name with its Japanese, ministry and start, structural facts, budgets by year), each value
 * found by a cue of tables.yaml and kept with its source line and the quoted text.
 */
import type { MappedText } from '../text/mapped-text.js';
import type { LineIndex } from '../text/positions.js';
import { findCue } from './claims.js';
import { finding, type Finding } from './findings.js';
import type { Linker } from './link.js';
import { parseNumber } from './numbers.js';
import { named, type Named } from './rows.js';
import type { ProgrammeSpec } from './spec.js';
import { compareCodePoints } from '../text/compare.js';

export interface Stated<T> {
  readonly value: T;
  readonly line: number;
  readonly quote: string;
}

export interface Programme {
  readonly id: string;
  readonly name: { readonly ko: string; readonly ja: string | null; readonly glossaryId: string | null; readonly line: number } | null;
  readonly ministry: (Named & { readonly line: number }) | null;
  readonly start: Stated<{ year: number; month: number }> | null;
  /** Facts by id: the number in the cue's `value` group, with any other numbers of the cue. */
  readonly structure: Record<string, Stated<number> & { readonly details: Record<string, number | string> }>;
  readonly budgets: Array<Stated<number> & { readonly year: number; readonly unit: '억 엔'; readonly basis: 'initial' | 'revised' }>;
  readonly tables: string[];
}

/** Collect the programmes' facts from the texts. */
export function collectProgrammes(texts: readonly MappedText[], specs: readonly ProgrammeSpec[], linker: Linker, lines: LineIndex): { programmes: Programme[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const missing = (programme: string, what: string) =>
    findings.push(finding('table-claim-not-found', `programme "${programme}": the cue for ${what} was not found in the text`, { args: { programme, fact: what } }));
  const programmes = specs.map((spec) => {
    const nameHit = findCue(texts, spec.name, lines);
    if (!nameHit) missing(spec.id, 'its name');
    const ko = nameHit?.groups.ko;
    const nameLink = ko ? linker.link(ko, ['programme'], { ja: nameHit?.groups.ja, place: nameHit?.place, report: false }) : undefined;
    const startHit = findCue(texts, spec.start, lines);
    if (!startHit) missing(spec.id, 'its start');
    const ministry = startHit?.groups.ministry ? linker.link(startHit.groups.ministry, ['ministry'], { place: startHit.places.ministry }) : undefined;
    const structure: Programme['structure'] = {};
    for (const fact of spec.facts) {
      const hit = findCue(texts, fact.cue, lines);
      const value = hit ? parseNumber(hit.groups.value ?? '') : undefined;
      if (!hit || value === undefined) {
        missing(spec.id, `the fact "${fact.id}"`);
        continue;
      }
      const details = Object.fromEntries(
        Object.entries(hit.groups)
          .filter(([key]) => key !== 'value')
          .map(([key, text]) => [key, parseNumber(text) ?? text]),
      );
      structure[fact.id] = { value, line: hit.places.value?.line ?? hit.place?.line ?? 0, quote: hit.quote, details };
    }
    const budgets: Programme['budgets'] = [];
    spec.budgets.forEach((budget, index) => {
      const hit = findCue(texts, budget.cue, lines);
      const year = hit ? parseNumber(hit.groups.year ?? '') : undefined;
      const amount = hit ? parseNumber(hit.groups.amount ?? '') : undefined;
      if (!hit || year === undefined || amount === undefined) {
        missing(spec.id, `budget ${index + 1}`);
        return;
      }
      budgets.push({ year, value: amount, unit: '억 엔', basis: budget.basis, line: hit.places.amount?.line ?? hit.place?.line ?? 0, quote: hit.quote });
    });
    budgets.sort((a, b) => a.year - b.year || compareCodePoints(a.basis, b.basis));
    const year = startHit ? parseNumber(startHit.groups.year ?? '') : undefined;
    const month = startHit ? parseNumber(startHit.groups.month ?? '') : undefined;
    return {
      id: spec.id,
      name: ko ? { ko, ja: nameHit?.groups.ja?.trim() ?? null, glossaryId: nameLink?.link?.id ?? null, line: nameHit?.place?.line ?? 0 } : null,
      ministry: ministry ? { ...named(ministry), line: startHit?.places.ministry?.line ?? 0 } : null,
      start: startHit && year !== undefined && month !== undefined ? { value: { year, month }, line: startHit.place?.line ?? 0, quote: startHit.quote } : null,
      structure,
      budgets,
      tables: [...spec.tables],
    };
  });
  return { programmes, findings };
}
