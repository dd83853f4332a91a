/**
 * Choose between entries that share a written form (石川 the scholar or the prefecture, 富山 the
 * prefecture or the city) from the context: the names stage's kind (a citation is a person),
 * a Korean suffix after the name (현 prefecture, 시 city), and the kinds of the unambiguous
 * names around it (a list of prefectures, a list of cities).
 */
import type { GlossaryEntry } from '../glossary/load.js';
import { nameKindOf } from '../names/glossary-view.js';

/** What the choice reads. */
export interface ResolveContext {
  /** The names stage's kind for the occurrence (person, place …), when there is one. */
  readonly nameKind?: string;
  /** Korean text right after the name or its closing parenthesis. */
  readonly after?: string;
  /** Glossary kinds of the unambiguous names nearby, nearest first. */
  readonly neighbourKinds?: readonly string[];
}

/** How an entry was chosen. */
export type ResolveBasis = 'kind' | 'suffix' | 'neighbours';

/** The choice, or undefined when the context does not decide. */
export interface Resolution {
  readonly entry: GlossaryEntry;
  readonly basis: ResolveBasis;
}

const SUFFIX_KINDS: ReadonlyArray<[string, string]> = [
  ['현', 'prefecture'],
  ['縣', 'prefecture'],
  ['県', 'prefecture'],
  ['시', 'city'],
  ['市', 'city'],
];

/** Pick one of `candidates` (two or more) from `context`. */
export function resolveEntry(candidates: readonly GlossaryEntry[], context: ResolveContext): Resolution | undefined {
  let pool = [...candidates];
  if (context.nameKind) {
    const same = pool.filter((entry) => nameKindOf(entry.kind) === context.nameKind);
    if (same.length === 1) return { entry: same[0], basis: 'kind' };
    if (same.length > 1) pool = same;
  }
  const after = (context.after ?? '').replace(/^\s+/u, '');
  for (const [suffix, kind] of SUFFIX_KINDS) {
    if (!after.startsWith(suffix)) continue;
    const matching = pool.filter((entry) => entry.kind === kind);
    if (matching.length === 1) return { entry: matching[0], basis: 'suffix' };
  }
  const votes = new Map<string, number>();
  (context.neighbourKinds ?? []).slice(0, 4).forEach((kind, rank) => votes.set(kind, (votes.get(kind) ?? 0) + 4 - rank));
  let best: { entry: GlossaryEntry; score: number } | undefined;
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
