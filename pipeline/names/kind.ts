/**
 * Decide what a Japanese name is: person, place, organisation, programme, law or term.
 *
 * The glossary decides when it knows the form; where it knows the form twice (石川 the scholar
 * and the prefecture) the context chooses between its entries. Without the glossary, in order:
 * a citation ((石川, 2003)) names an author; the Korean after the parenthesis (히토츠바시(一橋)
 * 대학) and the name's own ending (経済産業省) speak next; then strong tokenizer evidence; and a
 * name with only weak evidence takes the kind of its neighbours in an enumeration (上田 and 愛知
 * are tagged as surnames but stand in a list of places).
 */
import { kindByFollower, kindBySuffix, type Cues } from './cues.js';
import type { Evidence } from './evidence.js';
import type { NameKind } from './glossary-view.js';

/** What the kind decision reads. */
export interface KindInput {
  /** The name is a cited author: (X, 2002), X(2002). */
  readonly citation: boolean;
  /** The author gave a Korean rendering before the parenthesis. */
  readonly rendered: boolean;
  /** Korean after the closing parenthesis ('' when the name does not close one). */
  readonly after: string;
  /** The name in modern forms, without spaces. */
  readonly normalized: string;
  readonly evidence: Evidence;
  /** Kinds of the glossary entries for this form, in the glossary's order (may repeat). */
  readonly glossaryKinds: readonly NameKind[];
  /** Decisive kinds of the nearest rendered names before and after it in the same text group. */
  readonly neighbours: readonly NameKind[];
}

/** How a kind was decided, for reviewers. */
export type KindBasis = 'glossary' | 'citation' | 'follower' | 'suffix' | 'tokenizer' | 'neighbours';

/** Decide the kind of one name. */
export function decideKind(input: KindInput, cues?: Cues): { kind: NameKind; basis: KindBasis } {
  const contextual = fromContext(input, cues);
  const kinds = input.glossaryKinds;
  if (kinds.length === 0) return contextual;
  if (kinds.includes(contextual.kind)) return { kind: contextual.kind, basis: 'glossary' };
  return { kind: kinds[0], basis: 'glossary' };
}

function fromContext(input: KindInput, cues?: Cues): { kind: NameKind; basis: KindBasis } {
  const suffix = kindBySuffix(input.normalized, cues);
  if (input.citation) {
    const organisation = suffix === 'organisation' || (input.evidence.kind === 'organisation' && input.evidence.strength === 'strong');
    return { kind: organisation ? 'organisation' : 'person', basis: 'citation' };
  }
  const follower = kindByFollower(input.after, cues);
  if (follower) return { kind: follower, basis: 'follower' };
  if (suffix) return { kind: suffix, basis: 'suffix' };
  if (input.evidence.strength === 'strong') return { kind: input.evidence.kind, basis: 'tokenizer' };
  if (input.rendered) {
    const neighbour = input.neighbours.find((kind) => kind === 'place' || kind === 'person');
    if (neighbour) return { kind: neighbour, basis: 'neighbours' };
  }
  return { kind: input.evidence.kind, basis: 'tokenizer' };
}

/**
 * The kind a name lends its neighbours: only what is certain on its own (one glossary kind,
 * or strong tokenizer evidence), so weak names cannot vote for each other.
 */
export function decisiveKind(evidence: Evidence, glossaryKinds: readonly NameKind[]): NameKind | undefined {
  const distinct = [...new Set(glossaryKinds)];
  if (distinct.length === 1) return distinct[0];
  if (distinct.length > 1) return undefined;
  return evidence.strength === 'strong' ? evidence.kind : undefined;
}
