/**
 * Middle dots kept. The author's 地域再生・産業集積計画 names two things joined by a dot; read
 * word by word, the dot would vanish (チイキ サイセイ サンギョウ …, 지역재생 산업집적계획). The dot
 * is put back between the words that read the part before it and the part after it, in the
 * reading (・) and in romaji and Korean (·, the Korean 가운뎃점), so that all three keep the
 * author's division. Where the words cannot be matched to the parts, nothing is changed.
 */
import { transcribe } from '../transcribe/transcribe.js';

/** A name's reading, romaji and Korean, words separated by spaces. */
export interface Spelled {
  readonly reading: string;
  readonly romaji: string;
  readonly hangul: string;
}

const DOT = '・';
const LATIN_DOT = '·';

/**
 * `spelled` with the dots of `input` (written ・) back in place. The words of each part are
 * counted by reading the part alone; the reading's and romaji's words are split by those
 * counts, the Korean's by the same counts or, for a Korean name of one word per part
 * (지역재생 산업집적계획), one word per part.
 */
export async function keepDots(input: string, spelled: Spelled): Promise<Spelled> {
  if (!input.includes(DOT)) return spelled;
  const parts = input.split(DOT).filter((part) => part.length > 0);
  if (parts.length < 2) return spelled;
  const counts: number[] = [];
  for (const part of parts) counts.push((await transcribe(part)).words.length);
  const total = counts.reduce((sum, count) => sum + count, 0);
  const join = (value: string, dot: string, perPart: readonly number[]) => {
    const words = value.split(/[ ・]/u).filter((word) => word.length > 0);
    if (words.length !== perPart.reduce((sum, count) => sum + count, 0)) return undefined;
    const out: string[] = [];
    let at = 0;
    for (const count of perPart) {
      out.push(words.slice(at, at + count).join(' '));
      at += count;
    }
    return out.join(dot);
  };
  const reading = join(spelled.reading, DOT, counts);
  const romaji = join(spelled.romaji, LATIN_DOT, counts);
  const hangul = join(spelled.hangul, LATIN_DOT, counts) ?? join(spelled.hangul, LATIN_DOT, parts.map(() => 1));
  if (reading === undefined || romaji === undefined || hangul === undefined || total === 0) return spelled;
  return { reading, romaji, hangul };
}
