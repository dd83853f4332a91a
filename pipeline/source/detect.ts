/**
 * chardet's ranking, reduced to what kaikyo can decode. Only consulted when the bytes carry no
 * BOM and are not valid UTF-8, so the common case never pays for it.
 */
import { chardetModule } from '../data/on-demand.js';

/** Encodings that byte-pattern detection may choose. */
export type DetectableEncoding = 'UTF-8' | 'EUC-KR' | 'Shift_JIS';

/** One chardet guess, with the supported encoding it stands for, if any. */
export interface Candidate {
  /** chardet's name for the guess, e.g. 'EUC-KR', 'Big5', 'ISO-2022-JP'. */
  name: string;
  /** chardet's confidence, 0–100. */
  confidence: number;
  /** The supported encoding this guess maps to, or undefined when kaikyo cannot decode it. */
  supported?: DetectableEncoding;
}

const SUPPORTED: Readonly<Record<string, DetectableEncoding>> = {
  'UTF-8': 'UTF-8',
  'EUC-KR': 'EUC-KR',
  Shift_JIS: 'Shift_JIS',
};

/** chardet's guesses for `bytes`, best first (chardet's own order). */
export function rankCandidates(bytes: Uint8Array): Candidate[] {
  return chardetModule().analyse(bytes).map(({ name, confidence }) => {
    const supported = SUPPORTED[name];
    return supported === undefined ? { name, confidence } : { name, confidence, supported };
  });
}

/**
 * The legacy encodings to try, in order: chardet's supported guesses first, then every other
 * supported legacy encoding, because chardet sometimes leaves the right one out of its list
 * altogether when a few bytes fall outside plain EUC-KR (UHC syllables).
 */
export function legacyOrder(candidates: readonly Candidate[]): Array<'EUC-KR' | 'Shift_JIS'> {
  const order: Array<'EUC-KR' | 'Shift_JIS'> = [];
  for (const { supported } of candidates) {
    if ((supported === 'EUC-KR' || supported === 'Shift_JIS') && !order.includes(supported)) order.push(supported);
  }
  for (const fallback of ['EUC-KR', 'Shift_JIS'] as const) if (!order.includes(fallback)) order.push(fallback);
  return order;
}
