/**
 * Findings that report what another finding already reports, so a translator sees each thing
 * to fix once. Four general cases, in this order:
 *
 * 1. A nested name: 칸사이 광역 클러스터 (関西広域クラスター) deviates only because 칸사이 (関西)
 *    does. An occurrence of an outer name whose form becomes the outer standard once the inner
 *    deviant form is replaced by the inner standard is reported under the innermost name that
 *    deviates; the outer finding keeps its other occurrences, and the nested ones move to a
 *    copy flagged as a duplicate of the inner finding.
 * 2. An inconsistent rendering of an outer name whose forms agree once the inner names are
 *    mended (토우카이 모노즈쿠리 / 토카이 모노즈쿠리 창생 프로젝트: 東海's inconsistency).
 * 3. The tables stage's figure-against-table difference inside a name whose spellings an
 *    inconsistent rendering already reports.
 * 4. The tables stage's table-name-nonstandard on a cell whose name a nonstandard, mismatch
 *    or loanword finding already reports on the same line.
 */
import { squeeze } from './ids.js';
import type { Finding, Occurrence } from './types.js';

/** A finding and, when it repeats another, the index (in the returned list) of that one. */
export interface FlaggedFinding {
  readonly finding: Finding;
  readonly duplicateOf?: number;
}

/** Rules whose finding names one deviant form to replace by `expected`. */
const FORM_RULES = new Set(['nonstandard-rendering', 'reading-mismatch', 'loanword-spelling']);

function start(occurrence: Occurrence): number {
  return occurrence.offset ?? -1;
}

function end(occurrence: Occurrence): number {
  return start(occurrence) + occurrence.text.length;
}

function sameName(a: Finding, b: Finding): boolean {
  const ids = new Set([a.id, ...(a.ids ?? [])].filter((id) => id !== null));
  return [b.id, ...(b.ids ?? [])].some((id) => id !== null && ids.has(id));
}

/**
 * An occurrence of `outer` with the deviant forms of other names inside it replaced by their
 * standard forms (longest first), and the innermost finding that was used; undefined when no
 * other name's deviant form stands inside it.
 */
function mend(outer: Finding, occurrence: Occurrence, candidates: readonly Finding[]): { text: string; inner: number } | undefined {
  if (start(occurrence) < 0) return undefined;
  const inside: Array<{ index: number; part: string; expected: string }> = [];
  candidates.forEach((inner, index) => {
    if (inner === outer || inner.expected === null || !FORM_RULES.has(inner.ruleId) || sameName(inner, outer)) return;
    for (const candidate of inner.occurrences) {
      const part = squeeze(candidate.text);
      if (start(candidate) < start(occurrence) || end(candidate) > end(occurrence) || part.length >= squeeze(occurrence.text).length) continue;
      inside.push({ index, part, expected: squeeze(inner.expected) });
    }
  });
  if (inside.length === 0) return undefined;
  inside.sort((x, y) => y.part.length - x.part.length || x.index - y.index);
  let text = squeeze(occurrence.text);
  let innermost: { index: number; length: number } | undefined;
  for (const { index, part, expected } of inside) {
    const at = text.indexOf(part);
    if (at < 0) continue;
    text = text.slice(0, at) + expected + text.slice(at + part.length);
    if (!innermost || part.length <= innermost.length) innermost = { index, length: part.length };
  }
  return innermost ? { text, inner: innermost.index } : undefined;
}

/** A run of one character as one: fake-bold doubling (츄츄부부) is the source's, not the author's. */
function single(text: string): string {
  return text.replace(/(.)\1+/gu, '$1');
}

/** True when one text is the other or part of it (a form cut at a parenthesis, a partial form). */
function agree(a: string, b: string): boolean {
  const x = single(a);
  const y = single(b);
  // A partial form (도야마 다카오카 클러스터 written 다카오카 클러스터) is part of the name too.
  return x.includes(y) || y.includes(x);
}

/**
 * The inner finding an occurrence of `outer` is explained by: once the deviant forms of the
 * names inside it are mended, it is the outer standard (or its start, for a cut form).
 */
function innerExplaining(outer: Finding, occurrence: Occurrence, candidates: readonly Finding[]): number | undefined {
  if (outer.expected === null) return undefined;
  const mended = mend(outer, occurrence, candidates);
  return mended && agree(mended.text, squeeze(outer.expected)) ? mended.inner : undefined;
}

/** The forms among `found` that some occurrence of `occurrences` has (spaces ignored). */
function foundOf(found: readonly string[], occurrences: readonly Occurrence[]): string[] {
  const texts = new Set(occurrences.map((occurrence) => squeeze(occurrence.text)));
  const kept = found.filter((form) => texts.has(squeeze(form)));
  return kept.length > 0 ? kept : [...new Set(occurrences.map((occurrence) => occurrence.text.replace(/\s+/gu, ' ')))];
}

/** Flag duplicates (see the file comment). The list comes back in the same order, split findings next to their origin. */
export function flagDuplicates(findings: readonly Finding[]): FlaggedFinding[] {
  // 1. Nested names.
  const pieces: Array<{ finding: Finding; inner?: Finding }> = [];
  const firstPiece = new Map<Finding, number>();
  for (const finding of findings) {
    firstPiece.set(finding, pieces.length);
    if (!FORM_RULES.has(finding.ruleId)) {
      pieces.push({ finding });
      continue;
    }
    const byInner = new Map<number, Occurrence[]>();
    const own: Occurrence[] = [];
    for (const occurrence of finding.occurrences) {
      const inner = innerExplaining(finding, occurrence, findings);
      if (inner === undefined) own.push(occurrence);
      else byInner.set(inner, [...(byInner.get(inner) ?? []), occurrence]);
    }
    if (own.length > 0) pieces.push({ finding: own.length === finding.occurrences.length ? finding : { ...finding, occurrences: own, found: foundOf(finding.found, own) } });
    for (const [inner, occurrences] of byInner) pieces.push({ finding: { ...finding, occurrences, found: foundOf(finding.found, occurrences) }, inner: findings[inner] });
  }
  const flagged: FlaggedFinding[] = pieces.map((piece) => ({ finding: piece.finding, ...(piece.inner ? { duplicateOf: firstPiece.get(piece.inner) } : {}) }));
  // Point at the finding that is no duplicate itself (an inner name may sit in a third one).
  const root = (index: number): number => {
    let at = index;
    for (let steps = 0; flagged[at].duplicateOf !== undefined && steps < flagged.length; steps++) at = flagged[at].duplicateOf as number;
    return at;
  };
  flagged.forEach((item, index) => {
    if (item.duplicateOf !== undefined) flagged[index] = { ...item, duplicateOf: root(item.duplicateOf) };
  });

  // 2. An inconsistent rendering of an outer name whose forms agree once the inner names'
  // deviant forms are mended (토우카이 모노즈쿠리 / 토카이 모노즈쿠리 창생 프로젝트 differ only
  // by how 東海 is written, and by a cut): the inner name's inconsistency, if reported, else its
  // form finding, reports it.
  flagged.forEach((item, index) => {
    const finding = item.finding;
    if (finding.ruleId !== 'inconsistent-rendering' || item.duplicateOf !== undefined) return;
    const mended = finding.occurrences.map((occurrence) => mend(finding, occurrence, findings) ?? { text: squeeze(occurrence.text), inner: -1 });
    const inners = mended.filter((entry) => entry.inner >= 0);
    if (inners.length === 0 || !mended.every((x) => mended.every((y) => agree(x.text, y.text)))) return;
    const inner = findings[inners[0].inner];
    const inconsistency = flagged.findIndex((other) => other.finding.ruleId === 'inconsistent-rendering' && other.duplicateOf === undefined && sameName(other.finding, inner));
    const target = inconsistency >= 0 ? inconsistency : firstPiece.get(inner);
    if (target !== undefined && target !== index) flagged[index] = { ...item, duplicateOf: root(target) };
  });

  // 3. The tables stage's figure-against-table difference inside a name whose spellings an
  // inconsistent rendering reports on the same line (the figure's 토우카이, the table's 토카이).
  flagged.forEach((item, index) => {
    const finding = item.finding;
    if (finding.ruleId !== 'table-name-differs' || item.duplicateOf !== undefined || finding.expected === null) return;
    const parts = [finding.expected, ...finding.found].map(squeeze).filter((part) => part.length > 0);
    const lines = new Set(finding.occurrences.map((occurrence) => occurrence.line));
    const match = flagged.findIndex(
      (other) =>
        other.duplicateOf === undefined &&
        other.finding.ruleId === 'inconsistent-rendering' &&
        other.finding.occurrences.some((occurrence) => lines.has(occurrence.line)) &&
        parts.every((part) => other.finding.found.some((form) => squeeze(form).includes(part))),
    );
    if (match >= 0) flagged[index] = { ...item, duplicateOf: match };
  });

  // 4. The tables stage's nonstandard name on a cell whose name a form finding reports.
  const formFindings = flagged.map((item, index) => ({ item, index })).filter(({ item }) => item.duplicateOf === undefined && FORM_RULES.has(item.finding.ruleId));
  flagged.forEach((item, index) => {
    if (item.finding.ruleId !== 'table-name-nonstandard' || item.duplicateOf !== undefined) return;
    const forms = item.finding.found.map(squeeze).filter((form) => form.length > 0);
    const match = formFindings.find(({ item: name }) =>
      name.finding.occurrences.some((occurrence) =>
        item.finding.occurrences.some((mine) => {
          if (mine.line !== occurrence.line) return false;
          const text = squeeze(occurrence.text);
          return forms.some((form) => form === text || form.includes(text) || text.includes(form));
        }),
      ),
    );
    if (match) flagged[index] = { ...item, duplicateOf: match.index };
  });

  return flagged;
}
