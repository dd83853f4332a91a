/**
 * The apparatus: every removal and correction the edition made, with the original, the result,
 * the reason and where in the source it was. Together with the edition it accounts for every
 * character of the source (test/invariants.test.ts proves it).
 */
import type { Point } from '../text/positions.js';
import { compareCodePoints } from '../text/compare.js';

export type ApparatusKind =
  | 'chrome'
  | 'page-marker'
  | 'footnote-label'
  | 'paragraph-join'
  | 'wrap-space'
  | 'fake-bold'
  | 'letter-spacing'
  | 'list-marker'
  | 'running-head'
  | 'correction'
  | 'normalization';

export interface ApparatusEntry {
  readonly kind: ApparatusKind;
  /** Permanent rule id (see pipeline/rules.ts). */
  readonly rule: string;
  /** Source text affected, exactly as in the normalised source ("" for a pure insertion). */
  readonly original: string;
  /** What the edition has instead ("" for a removal). */
  readonly result: string;
  readonly reason: string;
  /** Where `original` starts in the source (1-based line and column, 0-based offset). */
  readonly source: Point;
  /** The printed page, where known. */
  readonly page?: number;
}

/** Sort entries by source position, then kind, so the apparatus is stable. */
export function sortApparatus(entries: ApparatusEntry[]): ApparatusEntry[] {
  return entries.sort(
    (a, b) => a.source.offset - b.source.offset || compareCodePoints(a.kind, b.kind) || compareCodePoints(a.original, b.original) || compareCodePoints(a.result, b.result),
  );
}
