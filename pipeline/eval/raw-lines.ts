/**
 * The development path without an edition: treat each long prose line of the raw source as a
 * paragraph, so the spacing repair can be scored before the edition exists.
 */

/** Lines of navigation and figure/table apparatus that are not prose. */
const CHROME = /^(Share |로드 중|<표|<그림|출처|자료|주:|• )/u;
/** Fake-bold table labels double every syllable ("경경제제"), which is not prose. */
const DOUBLED = /(\p{Script=Hangul})\1(\p{Script=Hangul})\2/u;

/** True for a raw line that is (part of) a prose paragraph. */
export function isProseLine(line: string, minLength = 40): boolean {
  const text = line.trim();
  return text.length >= minLength && /\p{Script=Hangul}/u.test(text) && !CHROME.test(text) && !DOUBLED.test(text);
}

/** The prose lines of a raw source with their 1-based line numbers. */
export function proseLines(source: string, minLength = 40): { line: number; text: string }[] {
  return source
    .split('\n')
    .map((text, i) => ({ line: i + 1, text }))
    .filter(({ text }) => isProseLine(text, minLength));
}
