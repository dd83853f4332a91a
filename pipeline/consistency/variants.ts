/**
 * Likely Korean renderings of a name, generated from its reading: what a writer who does not
 * follow the standard would write (토우카이 for トウカイ, 카토우 for カトウ, 츄부 for チュウブ).
 * The scanner looks for these in the Hangul text too, so a deviant rendering is found even
 * when the glossary does not list it and no kanji stand next to it.
 */
import { KANA_TABLE, vowelOf } from '../transcribe/kana-table.js';
import { markLongVowels } from '../transcribe/long-vowels.js';
import { parseMorae, type Mora } from '../transcribe/morae.js';
import { syllableAlternatives } from './deviation.js';
import { FINAL, withFinal } from './jamo.js';
import type { DeviationKind } from './types.js';

/** What a reading-based generation needs from a glossary entry. */
export interface ReadingSource {
  readonly reading: string;
  readonly pronunciation?: string;
  readonly ko: string;
  readonly accepted?: readonly string[];
  readonly koBasis?: string;
}

/** A generated rendering and the deviations it carries. */
export interface Variant {
  readonly text: string;
  readonly kinds: readonly DeviationKind[];
}

/** Deviations worth generating: the ones writers make. Tense consonants are left to the glossary. */
const GENERATED = new Set<DeviationKind>(['initial-aspiration', 'medial-unaspirated', 'y-glide', 'tsu-spelling', 'long-vowel-written', 'sokuon-assimilated', 'n-assimilated']);
/** At most this many deviations in one variant, and this many variants per name. */
const MAX_DEVIATIONS = 3;
const MAX_VARIANTS = 96;

type Piece = { readonly syllable: string } | { readonly final: number };
interface Choice {
  readonly piece: Piece | undefined;
  readonly kinds: readonly DeviationKind[];
}

const VOWEL_SYLLABLE: Readonly<Record<string, string>> = { a: '아', i: '이', u: '우', e: '에', o: '오' };

/** The spellings one mora may take, the standard first. */
function moraChoices(word: readonly Mora[], index: number): Choice[] {
  const mora = word[index];
  const next = word[index + 1];
  const nextRomaji = next ? (KANA_TABLE.get(next.kana)?.romaji ?? '') : '';
  switch (mora.kind) {
    case 'other':
      return [{ piece: { syllable: mora.kana }, kinds: [] }];
    case 'sokuon': {
      const choices: Choice[] = [{ piece: { final: FINAL.s }, kinds: [] }];
      if (nextRomaji.startsWith('k')) choices.push({ piece: { final: FINAL.g }, kinds: ['sokuon-assimilated'] });
      return choices;
    }
    case 'hatsuon': {
      const choices: Choice[] = [{ piece: { final: FINAL.n }, kinds: [] }];
      if (/^[mbp]/.test(nextRomaji)) choices.push({ piece: { final: FINAL.m }, kinds: ['n-assimilated'] });
      if (/^[kg]/.test(nextRomaji)) choices.push({ piece: { final: FINAL.ng }, kinds: ['n-assimilated'] });
      return choices;
    }
    case 'choon':
      return [{ piece: undefined, kinds: [] }];
    default: {
      if (mora.long) {
        const vowel = VOWEL_SYLLABLE[vowelOf(mora.kana) ?? ''];
        const previous = word[index - 1];
        // エイ keeps its イ in the standard (메이지): writing it is no deviation, and hangulWord already does.
        if (mora.kana === 'イ' && previous && vowelOf(previous.kana) === 'e') return [{ piece: { syllable: '이' }, kinds: [] }];
        return vowel ? [{ piece: undefined, kinds: [] }, { piece: { syllable: vowel }, kinds: ['long-vowel-written'] }] : [{ piece: undefined, kinds: [] }];
      }
      const row = KANA_TABLE.get(mora.kana);
      if (!row) return [{ piece: { syllable: mora.kana }, kinds: [] }];
      const standard = index === 0 ? row.initial : row.medial;
      return syllableAlternatives(standard, index === 0)
        .filter((alternative) => alternative.kinds.every((kind) => GENERATED.has(kind)))
        .map((alternative) => ({ piece: { syllable: alternative.text }, kinds: alternative.kinds }));
    }
  }
}

/** Put pieces together: a final joins the syllable before it (홋, 군). */
function assemble(pieces: readonly Piece[]): string {
  const out: string[] = [];
  for (const piece of pieces) {
    if ('syllable' in piece) out.push(piece.syllable);
    else {
      const joined = out.length > 0 ? withFinal(out[out.length - 1], piece.final) : undefined;
      if (joined) out[out.length - 1] = joined;
    }
  }
  return out.join('');
}

/** Variants of a run of morae (one word), standard first, within the deviation budget. */
function wordVariants(word: readonly Mora[], count: number): Variant[] {
  const morae = word.slice(0, count);
  const choices = morae.map((_, index) => moraChoices(word, index));
  const results: Variant[] = [];
  const seen = new Set<string>();
  const walk = (index: number, pieces: Piece[], kinds: DeviationKind[], used: number) => {
    if (results.length >= MAX_VARIANTS) return;
    if (index === morae.length) {
      const text = assemble(pieces);
      if (!seen.has(text)) {
        seen.add(text);
        results.push({ text, kinds: [...new Set(kinds)].sort() });
      }
      return;
    }
    for (const choice of choices[index]) {
      const cost = choice.kinds.length;
      if (used + cost > MAX_DEVIATIONS) continue;
      walk(index + 1, choice.piece ? [...pieces, choice.piece] : pieces, [...kinds, ...choice.kinds], used + cost);
    }
  };
  walk(0, [], [], 0);
  return results;
}

const SPACES = /[\s・･∙·]/gu;

/**
 * The part of the standard form that transcribes the start of the reading (도야마 of 도야마현
 * 공업기술센터, 히토쓰바시 of 히토쓰바시대학), or undefined when the form does not start with a
 * transcription (경제산업성) or is nothing but one. At least two morae.
 */
export function transcribedLead(entry: ReadingSource): string | undefined {
  if (entry.koBasis === 'hanja' || entry.koBasis === 'loanword') return undefined;
  let words: Mora[][];
  try {
    words = markLongVowels(parseMorae(entry.reading), entry.pronunciation);
  } catch {
    return undefined;
  }
  const first = words[0];
  if (!first) return undefined;
  const ko = entry.ko.replace(SPACES, '');
  for (let count = first.length; count >= 2; count--) {
    const standard = wordVariants(first, count)[0]?.text ?? '';
    if (standard !== '' && ko.startsWith(standard)) return standard === ko ? undefined : standard;
  }
  return undefined;
}

/**
 * Likely renderings of a name: variants of the part of its standard Korean that transcribes its
 * reading (all of 도카이; 도야마 in 도야마현 공업기술센터), with the rest of the standard
 * appended, and variants of any single word of the reading that is itself a standard or
 * accepted form (가토 of 가토 가즈노부). Names read by their hanja (경제산업성) have none.
 * The standard forms themselves are left out. Texts have no spaces.
 */
export function likelyRenderings(entry: ReadingSource): Variant[] {
  if (entry.koBasis === 'hanja' || entry.koBasis === 'loanword') return [];
  let words: Mora[][];
  try {
    words = markLongVowels(parseMorae(entry.reading), entry.pronunciation);
  } catch {
    return [];
  }
  if (words.length === 0) return [];
  const standards = new Set([entry.ko, ...(entry.accepted ?? [])].map((form) => form.replace(SPACES, '')));
  const out = new Map<string, Variant>();
  const add = (variant: Variant) => {
    if (variant.kinds.length === 0 || standards.has(variant.text) || out.has(variant.text)) return;
    out.set(variant.text, variant);
  };

  // The transcribed lead of the standard form: the longest run of the first word's morae whose
  // standard spelling starts the form (at least two morae, so a lone syllable never counts).
  const ko = entry.ko.replace(SPACES, '');
  const first = words[0];
  for (let count = first.length; count >= 2; count--) {
    const standard = wordVariants(first, count)[0]?.text ?? '';
    if (standard === '' || !ko.startsWith(standard)) continue;
    const rest = ko.slice(standard.length);
    if (count === first.length && words.length > 1 && rest !== '') {
      // The whole first word matched: the other words may be transcribed too (가토 가즈노부).
      const tail = words.slice(1).map((word) => wordVariants(word, word.length));
      const tailStandard = tail.map((variants) => variants[0]?.text ?? '').join('');
      if (tailStandard === rest) {
        for (const head of wordVariants(first, count)) {
          for (const [index, variants] of tail.entries()) {
            for (const variant of variants) {
              const others = tail.map((list, k) => (k === index ? variant.text : list[0].text)).join('');
              if (head.kinds.length + variant.kinds.length <= MAX_DEVIATIONS) add({ text: head.text + others, kinds: [...new Set([...head.kinds, ...variant.kinds])].sort() });
            }
          }
        }
        break;
      }
    }
    for (const variant of wordVariants(first, count)) add({ text: variant.text + rest, kinds: variant.kinds });
    break;
  }
  // Single words that stand alone as a form (family names).
  for (const word of words) {
    const variants = wordVariants(word, word.length);
    if (variants.length > 0 && standards.has(variants[0].text) && variants[0].text !== ko) for (const variant of variants) add(variant);
  }
  return [...out.values()].slice(0, MAX_VARIANTS);
}
