/**
 * What the tokenizer says about a name, weighed. IPADIC tags most places as 地域 and full
 * personal names as 姓 + 名, which is strong evidence; a lone surname (上田, 石川, 山口 and
 * even 愛知 come out as 姓), an organisation tag (広島, 新生) or plain nouns (中部, 中央高地) are
 * weak, and the context has to decide (kind.ts).
 */
import type { Token } from '../transcribe/tokenizer.js';
import { isBoundary } from '../transcribe/words.js';
import type { NameKind } from './glossary-view.js';

/** The tokenizer's view of a name. */
export interface Evidence {
  readonly kind: NameKind;
  /** Strong evidence decides on its own; weak evidence yields to context. */
  readonly strength: 'strong' | 'weak';
}

const FAMILY = '名詞,固有名詞,人名,姓';
const GIVEN = '名詞,固有名詞,人名,名';
const PERSON = '名詞,固有名詞,人名,';
const PLACE = '名詞,固有名詞,地域,';
const PLACE_SUFFIX = '名詞,接尾,地域,';
const ORGANISATION = '名詞,固有名詞,組織,';

/** True when some token is a personal name or a place: a proper name, never a hanja gloss. */
export function namesPersonOrPlace(tokens: readonly Token[]): boolean {
  return tokens.some((token) => token.pos.startsWith(PERSON) || token.pos.startsWith(PLACE));
}

/** Weigh the tokens of one name (boundaries such as ・ are ignored). */
export function tokenEvidence(tokens: readonly Token[]): Evidence {
  const words = tokens.filter((token) => !isBoundary(token));
  if (words.length === 0) return { kind: 'term', strength: 'weak' };
  const has = (prefix: string) => words.some((token) => token.pos.startsWith(prefix));
  const all = (...prefixes: string[]) => words.every((token) => prefixes.some((prefix) => token.pos.startsWith(prefix)));
  if (all(PERSON) && has(FAMILY) && has(GIVEN)) return { kind: 'person', strength: 'strong' };
  if (all(PLACE, PLACE_SUFFIX) && has(PLACE)) return { kind: 'place', strength: 'strong' };
  if (all(PERSON)) return { kind: 'person', strength: 'weak' };
  if (has(ORGANISATION)) return { kind: 'organisation', strength: 'weak' };
  if (has(PLACE)) return { kind: 'place', strength: 'weak' };
  return { kind: 'term', strength: 'weak' };
}
