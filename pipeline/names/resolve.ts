/**
 * The one resolver: which glossary entry an occurrence of a name is, when its written form fits
 * several (石川 the scholar or the prefecture, 富山 the prefecture or the city, 関西 the region
 * or the science city). The names stage asks it for every Japanese run and writes the answer
 * into names.json; the consistency stage reads that answer instead of deciding again, and asks
 * the same function for the Hangul forms it scans, so the outputs cannot disagree.
 *
 * Evidence, strongest first: the names stage's kind (a citation "(加藤, 2002)" names a person),
 * a Korean administrative suffix right after the name or ending the author's rendering
 * (도야마현(富山), 富山)현), and the kinds of the unambiguous names around it (a footnote
 * counting prefectures, a table of METI regions, a list of cluster areas). What none of these
 * decides stays ambiguous, and the caller says so with its candidates.
 */
import { nameKindOf } from './glossary-view.js';

/** The part of an entry the resolver reads (pipeline/glossary's entries have it). */
export interface ResolvableEntry {
  readonly id: string;
  /** The glossary kind (prefecture, city, region, area, person …). */
  readonly kind: string;
}

/** What the choice reads. */
export interface ResolveContext {
  /** The names stage's kind for the occurrence (person, place …), when there is one. */
  readonly nameKind?: string;
  /** Korean text right after the name or its closing parenthesis. */
  readonly after?: string;
  /** The author's Korean rendering before the parenthesis (도야마현 of 도야마현(富山)). */
  readonly written?: string;
  /** Glossary kinds of the unambiguous names nearby, nearest first. */
  readonly neighbourKinds?: readonly string[];
}

/** How an entry was chosen. */
export type ResolveBasis = 'kind' | 'suffix' | 'neighbours';

/** The choice, or undefined when the context does not decide. */
export interface Resolution<Entry extends ResolvableEntry = ResolvableEntry> {
  readonly entry: Entry;
  readonly basis: ResolveBasis;
}

// Korean (and Japanese) suffixes that name the kind of place: 현 prefecture, 부 the two urban
// prefectures, 시 city, 지역 a region or an area.
const SUFFIX_KINDS: ReadonlyArray<[suffix: string, kinds: readonly string[]]> = [
  ['현', ['prefecture']],
  ['縣', ['prefecture']],
  ['県', ['prefecture']],
  ['부', ['prefecture']],
  ['府', ['prefecture']],
  ['시', ['city']],
  ['市', ['city']],
  ['지역', ['region', 'area']],
];

/** How many of the nearest neighbours vote, and the weight of the nearest (then 3, 2, 1). */
const VOTERS = 4;

/** Pick one of `candidates` (two or more) from `context`; undefined when it stays ambiguous. */
export function resolveEntry<Entry extends ResolvableEntry>(candidates: readonly Entry[], context: ResolveContext): Resolution<Entry> | undefined {
  let pool = [...candidates];
  if (context.nameKind) {
    const same = pool.filter((entry) => nameKindOf(entry.kind) === context.nameKind);
    if (same.length === 1) return { entry: same[0], basis: 'kind' };
    if (same.length > 1) pool = same;
  }
  const after = (context.after ?? '').replace(/^\s+/u, '');
  const written = (context.written ?? '').replace(/\s+$/u, '');
  for (const [suffix, kinds] of SUFFIX_KINDS) {
    if (!after.startsWith(suffix) && !(written.length > suffix.length && written.endsWith(suffix))) continue;
    const matching = pool.filter((entry) => kinds.includes(entry.kind));
    if (matching.length === 1) return { entry: matching[0], basis: 'suffix' };
  }
  const votes = new Map<string, number>();
  (context.neighbourKinds ?? []).slice(0, VOTERS).forEach((kind, rank) => votes.set(kind, (votes.get(kind) ?? 0) + VOTERS - rank));
  let best: { entry: Entry; score: number } | undefined;
  let tie = false;
  for (const entry of pool) {
    const score = votes.get(entry.kind) ?? 0;
    if (score === 0) continue;
    if (!best || score > best.score) {
      best = { entry, score };
      tie = false;
    } else if (score === best.score) tie = true;
  }
  return best && !tie ? { entry: best.entry, basis: 'neighbours' } : undefined;
}

/** How far apart (source UTF-16 units) two names may stand to count as neighbours. */
export const NEIGHBOUR_DISTANCE = 120;

/** One occurrence as the neighbour vote sees it. */
export interface NeighbourView {
  /** 0-based source offset of the occurrence. */
  readonly offset: number;
  /** Cited as an author: only other citations vote for a citation, and only non-citations for the rest. */
  readonly citation: boolean;
  /** Glossary kinds of the entries its form fits (one when unambiguous). */
  readonly kinds: readonly string[];
}

/**
 * Glossary kinds of the unambiguous occurrences within NEIGHBOUR_DISTANCE of `index`, nearest
 * first (ties in input order). For many look-ups over the same occurrences, use neighbourIndex.
 */
export function neighbourKinds(occurrences: readonly NeighbourView[], index: number): string[] {
  return neighbourIndex(occurrences)(index);
}

/**
 * A look-up of neighbourKinds over fixed occurrences: the unambiguous ones sorted by offset once,
 * each look-up a binary search and a walk through its window, so a document's names are
 * resolved in O(n log n) rather than by comparing every name with every other.
 */
export function neighbourIndex(occurrences: readonly NeighbourView[]): (index: number) => string[] {
  const voters = occurrences
    .map((view, index) => ({ view, index }))
    .filter((item) => item.view.kinds.length === 1)
    .sort((a, b) => a.view.offset - b.view.offset || a.index - b.index);
  return (index) => {
    const own = occurrences[index];
    let low = 0;
    let high = voters.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (voters[middle].view.offset < own.offset - NEIGHBOUR_DISTANCE) low = middle + 1;
      else high = middle;
    }
    const near: Array<{ distance: number; order: number; kind: string }> = [];
    for (let k = low; k < voters.length && voters[k].view.offset <= own.offset + NEIGHBOUR_DISTANCE; k++) {
      const { view, index: other } = voters[k];
      if (other === index || view.citation !== own.citation) continue;
      near.push({ distance: Math.abs(view.offset - own.offset), order: other, kind: view.kinds[0] });
    }
    return near.sort((a, b) => a.distance - b.distance || a.order - b.order).map((item) => item.kind);
  };
}

/** Korean right after a name's closing parenthesis, or right after the name (6 characters). */
export function afterName(text: string, end: number): string {
  const rest = text.slice(end, end + 7);
  return rest.startsWith(')') || rest.startsWith('）') ? rest.slice(1) : rest.slice(0, 6);
}
