/**
 * Name how a Korean form deviates from a standard form, by aligning syllable to syllable.
 *
 * Each standard syllable has a small set of deviant spellings, each labelled with the kind of
 * deviation the reference names (aspirated word-initial 카 for 가, 츄 for 주, 츠 for 쓰, 혹 for
 * 홋 …); a bare vowel after a syllable is a written long vowel (토우카이). A form that aligns
 * under these operations is a nonstandard rendering of the same reading; one that does not
 * follows another reading (카네자와 for 가나자와), which is a different finding.
 */
import { FINAL, INITIAL, MEDIAL, isSyllable, join, split, type Syllable } from './jamo.js';
import type { DeviationKind } from './types.js';

/** A spelling of one syllable and the deviations it carries (none for the standard). */
export interface Alternative {
  readonly text: string;
  readonly kinds: readonly DeviationKind[];
}

type Option<T> = { value: T; kinds: DeviationKind[] };

const ASPIRATED: ReadonlyMap<number, number> = new Map([
  [INITIAL.g, INITIAL.k],
  [INITIAL.d, INITIAL.t],
  [INITIAL.j, INITIAL.ch],
]);
const UNASPIRATED: ReadonlyMap<number, number> = new Map([...ASPIRATED].map(([plain, aspirated]) => [aspirated, plain]));
const TENSE: ReadonlyMap<number, number> = new Map([
  [INITIAL.g, INITIAL.kk],
  [INITIAL.k, INITIAL.kk],
  [INITIAL.d, INITIAL.tt],
  [INITIAL.t, INITIAL.tt],
  [INITIAL.b, INITIAL.pp],
  [INITIAL.p, INITIAL.pp],
  [INITIAL.j, INITIAL.jj],
  [INITIAL.ch, INITIAL.jj],
  [INITIAL.s, INITIAL.ss],
]);
const GLIDE: ReadonlyMap<number, number> = new Map([
  [MEDIAL.a, MEDIAL.ya],
  [MEDIAL.o, MEDIAL.yo],
  [MEDIAL.u, MEDIAL.yu],
  [MEDIAL.eo, MEDIAL.yeo],
]);
const PALATAL = new Set<number>([INITIAL.j, INITIAL.ch, INITIAL.jj]);
/** What ッ (final ㅅ) becomes when a writer assimilates it to the next consonant (혹카이도). */
const SOKUON_FINALS = [FINAL.g, FINAL.d, FINAL.b, FINAL.t, FINAL.p, 24 /* ㅋ */];
/** What ン (final ㄴ) becomes when assimilated (굼마, 겡키). */
const HATSUON_FINALS = [FINAL.m, FINAL.ng];

/**
 * Every spelling of the standard syllable `char` that a checker can name, the standard first.
 * `wordInitial` says whether the syllable starts a word of the standard form: only there is an
 * aspirated consonant a deviation (elsewhere 카 타 차 are the standard).
 */
export function syllableAlternatives(char: string, wordInitial: boolean): Alternative[] {
  const parts = split(char);
  if (!parts) return [{ text: char, kinds: [] }];
  const initials: Option<number>[] = [{ value: parts.initial, kinds: [] }];
  const tsu = parts.initial === INITIAL.ss && parts.medial === MEDIAL.eu;
  if (tsu) {
    initials.push({ value: INITIAL.ch, kinds: ['tsu-spelling'] }, { value: INITIAL.jj, kinds: ['tsu-spelling'] });
  } else {
    const aspirated = ASPIRATED.get(parts.initial);
    const unaspirated = UNASPIRATED.get(parts.initial);
    if (wordInitial && aspirated !== undefined) initials.push({ value: aspirated, kinds: ['initial-aspiration'] });
    if (!wordInitial && unaspirated !== undefined) initials.push({ value: unaspirated, kinds: ['medial-unaspirated'] });
    const tense = TENSE.get(parts.initial);
    if (tense !== undefined) initials.push({ value: tense, kinds: ['tense-consonant'] });
  }
  const finals: Option<number>[] = [{ value: parts.final, kinds: [] }];
  if (parts.final === FINAL.s) for (const final of SOKUON_FINALS) finals.push({ value: final, kinds: ['sokuon-assimilated'] });
  if (parts.final === FINAL.n) for (const final of HATSUON_FINALS) finals.push({ value: final, kinds: ['n-assimilated'] });

  const alternatives: Alternative[] = [];
  const seen = new Set<string>();
  for (const initial of initials) {
    const medials: Option<number>[] = [{ value: parts.medial, kinds: [] }];
    const glide = GLIDE.get(parts.medial);
    if (glide !== undefined && PALATAL.has(initial.value)) medials.push({ value: glide, kinds: ['y-glide'] });
    for (const medial of medials) {
      for (const final of finals) {
        const text = join({ initial: initial.value, medial: medial.value, final: final.value } satisfies Syllable);
        if (seen.has(text)) continue;
        seen.add(text);
        alternatives.push({ text, kinds: [...initial.kinds, ...medial.kinds, ...final.kinds] });
      }
    }
  }
  return alternatives;
}

/** Bare vowel syllables that lengthen a vowel, keyed by the medial they follow. */
const LENGTHENERS: ReadonlyMap<number, readonly string[]> = new Map([
  [MEDIAL.o, ['우', '오']],
  [MEDIAL.yo, ['우', '오']],
  [MEDIAL.u, ['우']],
  [MEDIAL.yu, ['우']],
  [MEDIAL.a, ['아']],
  [MEDIAL.ya, ['아']],
  [MEDIAL.i, ['이']],
  [MEDIAL.e, ['이', '에']],
  [MEDIAL.eu, ['우']],
]);

/** True when `char` after `previous` only writes out a long vowel (토 + 우, 쿄 + 오). */
export function isLengthener(previous: string, char: string): boolean {
  const parts = split(previous);
  if (!parts || parts.final !== 0) return false;
  return LENGTHENERS.get(parts.medial)?.includes(char) ?? false;
}

/** One character of a form with whether it starts a word. */
interface Unit {
  readonly char: string;
  readonly wordInitial: boolean;
  /** True when a word ends after it. */
  readonly wordFinal: boolean;
}

const SEPARATOR = /[\s・･∙·]/u;

/** Characters of a form without spaces and middle dots, with the word structure they carried. */
export function units(form: string): Unit[] {
  const chars = [...form.normalize('NFC')];
  const out: Unit[] = [];
  let startOfWord = true;
  for (const char of chars) {
    if (SEPARATOR.test(char)) {
      if (out.length > 0) out[out.length - 1] = { ...out[out.length - 1], wordFinal: true };
      startOfWord = true;
      continue;
    }
    out.push({ char, wordInitial: startOfWord, wordFinal: false });
    startOfWord = false;
  }
  if (out.length > 0) out[out.length - 1] = { ...out[out.length - 1], wordFinal: true };
  return out;
}

/** The outcome of aligning a form with one standard form. */
export interface Alignment {
  /** The standard (or accepted) form it aligned with. */
  readonly target: string;
  /** Deviations used, sorted, each once. Empty: the form is the target (spacing aside). */
  readonly kinds: readonly DeviationKind[];
  /** Number of deviating operations (lower is closer). */
  readonly cost: number;
  /**
   * For each character of the target (spaces and dots left out), the found text written for it
   * (a lengthening vowel goes with the syllable it lengthens), or null for a word left out.
   */
  readonly spelling: readonly (string | null)[];
}

/** Options of alignForm. */
export interface AlignOptions {
  /** Whether the name's reading has a long vowel at all; without one, a written vowel is not a long vowel. Default true. */
  readonly longVowels?: boolean;
  /**
   * Whether the form may leave out whole words of the target at either end (가토 for 가토
   * 가즈노부, 타카오카클러스터 for 도야마 다카오카 클러스터). Default true.
   */
  readonly partial?: boolean;
}

interface Cell {
  cost: number;
  kinds: Set<DeviationKind>;
  spelling: (string | null)[];
}

/**
 * Align `found` with `target` (both compared without spaces and middle dots). Returns the
 * cheapest alignment, or undefined when the form cannot be explained by the deviations.
 */
export function alignWith(found: string, target: string, options: AlignOptions = {}): Alignment | undefined {
  const longVowels = options.longVowels ?? true;
  const partial = options.partial ?? true;
  const f = units(found);
  const t = units(target);
  if (f.length === 0 || t.length === 0) return undefined;
  const n = t.length;
  const m = f.length;
  // cells[i][j]: best way to have consumed t[0..i) (or a skipped prefix of whole words) and f[0..j).
  const cells: (Cell | undefined)[][] = Array.from({ length: n + 1 }, () => new Array<Cell | undefined>(m + 1).fill(undefined));
  const offer = (i: number, j: number, cost: number, kinds: Set<DeviationKind>, spelling: (string | null)[]) => {
    const current = cells[i][j];
    if (!current || cost < current.cost || (cost === current.cost && kinds.size < current.kinds.size)) cells[i][j] = { cost, kinds, spelling };
  };
  const empty = (): (string | null)[] => new Array<string | null>(n).fill(null);
  offer(0, 0, 0, new Set(), empty());
  if (partial) for (let i = 1; i < n; i++) if (t[i].wordInitial) offer(i, 0, 1, new Set(['partial-form']), empty());
  const alternatives = t.map((unit) => syllableAlternatives(unit.char, unit.wordInitial));
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const cell = cells[i][j];
      if (!cell) continue;
      // A written-out long vowel in the found form, after a syllable already matched.
      if (j > 0 && j < m && longVowels && i > 0 && isLengthener(f[j - 1].char, f[j].char)) {
        const spelling = [...cell.spelling];
        spelling[i - 1] = (spelling[i - 1] ?? '') + f[j].char;
        offer(i, j + 1, cell.cost + 1, new Set([...cell.kinds, 'long-vowel-written']), spelling);
      }
      if (i < n && j < m) {
        for (const alternative of alternatives[i]) {
          if (alternative.text !== f[j].char) continue;
          const spelling = [...cell.spelling];
          spelling[i] = f[j].char;
          offer(i + 1, j + 1, cell.cost + alternative.kinds.length, new Set([...cell.kinds, ...alternative.kinds]), spelling);
        }
      }
    }
  }
  let best: Cell | undefined;
  for (let i = 1; i <= n; i++) {
    const cell = cells[i][m];
    if (!cell) continue;
    const complete = i === n;
    if (!complete && !(partial && t[i - 1].wordFinal)) continue;
    const candidate: Cell = complete ? cell : { cost: cell.cost + 1, kinds: new Set([...cell.kinds, 'partial-form']), spelling: cell.spelling };
    if (!best || candidate.cost < best.cost) best = candidate;
  }
  if (!best) return undefined;
  return { target, kinds: [...best.kinds].sort(), cost: best.cost, spelling: best.spelling };
}

/**
 * Align `found` with each of `targets` (the standard form first, then accepted forms) and keep
 * the closest; ties go to the earlier target. Undefined: a different reading altogether.
 */
export function alignForm(found: string, targets: readonly string[], options: AlignOptions = {}): Alignment | undefined {
  let best: Alignment | undefined;
  for (const target of targets) {
    const alignment = alignWith(found, target, options);
    if (alignment && (!best || alignment.cost < best.cost)) best = alignment;
  }
  return best;
}

/** True when the form is Hangul enough to be judged (at least one syllable). */
export function hasHangul(form: string): boolean {
  return [...form].some(isSyllable);
}
