/**
 * Findings that report what another finding already reports, so a translator sees each thing
 * to fix once. Three general cases, in this order:
 *
 * 1. A nested name: 칸사이 광역 클러스터 (関西広域クラスター) deviates only because 칸사이 (関西)
 *    does. An occurrence of an outer name whose form becomes the outer standard once the inner
 *    deviant form is replaced by the inner standard is reported under the innermost name that
 *    deviates; the outer finding keeps its other occurrences, and the nested ones move to a
 *    copy flagged as a duplicate of the inner finding.
 * 2. An inconsistent rendering whose every deviant form is reported by a nonstandard,
 *    mismatch or loanword finding of the same name: the fix is to replace those forms.
 * 3. The tables stage's table-name-nonstandard on a cell whose name a nonstandard, mismatch
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
 * The inner finding an occurrence of `outer` is explained by: a form finding of another name
 * with an occurrence inside this one's text, such that replacing it by its standard gives the
 * outer standard (or its start, for a cut form). The innermost (shortest) wins.
 */
function innerExplaining(outer: Finding, occurrence: Occurrence, candidates: readonly Finding[]): number | undefined {
  if (outer.expected === null || start(occurrence) < 0) return undefined;
  const wanted = squeeze(outer.expected);
  let best: { index: number; length: number } | undefined;
  candidates.forEach((inner, index) => {
    if (inner === outer || inner.expected === null || !FORM_RULES.has(inner.ruleId) || sameName(inner, outer)) return;
    for (const candidate of inner.occurrences) {
      if (start(candidate) < start(occurrence) || end(candidate) > end(occurrence) || squeeze(candidate.text).length >= squeeze(occurrence.text).length) continue;
      const text = squeeze(occurrence.text);
      const part = squeeze(candidate.text);
      const at = text.indexOf(part);
      if (at < 0) continue;
      const mended = text.slice(0, at) + squeeze(inner.expected) + text.slice(at + part.length);
      const standard = mended === wanted || wanted.startsWith(mended) || mended.startsWith(wanted);
      if (standard && (!best || part.length < best.length)) best = { index, length: part.length };
    }
  });
  return best?.index;
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

  // 2. Inconsistent renderings whose deviant forms are all reported as forms to replace.
  flagged.forEach((item, index) => {
    const finding = item.finding;
    if (finding.ruleId !== 'inconsistent-rendering' || item.duplicateOf !== undefined || finding.expected === null) return;
    const standard = squeeze(finding.expected);
    const covering = flagged.map((other, k) => ({ other, k })).filter(({ other }) => FORM_RULES.has(other.finding.ruleId) && sameName(other.finding, finding));
    const offsets = new Map<number, number>();
    for (const { other, k } of covering) for (const occurrence of other.finding.occurrences) if (!offsets.has(start(occurrence))) offsets.set(start(occurrence), other.duplicateOf ?? k);
    const deviant = finding.occurrences.filter((occurrence) => !squeeze(occurrence.text).startsWith(standard));
    if (deviant.length > 0 && deviant.every((occurrence) => offsets.has(start(occurrence)))) flagged[index] = { ...item, duplicateOf: offsets.get(start(deviant[0])) };
  });
  // 2. The tables stage's nonstandard name on a cell whose name a form finding reports.
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
