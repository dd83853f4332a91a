/**
 * List markers at the start of a line, by shape: the symbols Korean reports use (❍ ○ ● • ◦ ■
 * □ ▪ ◆ ◇ ▶ ▷), dashes, circled and parenthesised numbers (① ⑴ (1)), "1)" and Korean letter
 * enumerations (가. 나)). A marker needs the text after it to be words: a line of a dash and a
 * number ("- 8 -") or a bare "(3)" is not a list item.
 *
 * Lines that end in leader dots and a page number ("1. 쌀 수급 동향 ··· 1") are a table of
 * contents: entries of a list, whatever their numbering.
 */

/** A list marker found at the start of a line. */
export interface ListMarker {
  /** The marker as printed ("❍", "-", "①", "(1)", "1)", "가."). */
  readonly marker: string;
  /**
   * The family of the marker, which decides the nesting level: items with the same family are
   * siblings ("①" and "②" are both 'circled'; "1)" and "2)" are both 'paren-number').
   */
  readonly family: string;
  /** Characters of the line taken by the marker and the space after it. */
  readonly length: number;
  /** For "N)" and "N." markers: the number. */
  readonly number?: number;
}

const SYMBOLS = '❍○●•◦■□▪◆◇▶▷►◎';
const SHAPES: ReadonlyArray<{ family: string; pattern: RegExp; number?: boolean }> = [
  { family: 'symbol', pattern: new RegExp(`^([${SYMBOLS}])\\s*(?=\\S)`, 'u') },
  { family: 'dash', pattern: /^([-–—])\s+(?=\S)/u },
  { family: 'circled', pattern: /^([①-⑳])\s*(?=\S)/u },
  { family: 'paren-circled', pattern: /^([⑴-⒇])\s*(?=\S)/u },
  { family: 'paren-number', pattern: /^(\(\d{1,2}\))\s+(?=\S)/u },
  { family: 'paren-letter', pattern: /^(\([가-하]\))\s+(?=\S)/u },
  { family: 'number-paren', pattern: /^((\d{1,2})\))\s+(?=\S)/u, number: true },
  { family: 'letter-dot', pattern: /^([가-하][.)])\s+(?=\S)/u },
];

/** The list marker that opens `text`, if any (the text after it must hold a letter). */
export function listMarker(text: string): ListMarker | undefined {
  for (const shape of SHAPES) {
    const match = shape.pattern.exec(text);
    if (!match) continue;
    const rest = text.slice(match[0].length);
    if (!/\p{L}/u.test(rest)) return undefined;
    // The symbol's family is the symbol itself: ❍ items and ◦ items are different levels.
    const family = shape.family === 'symbol' ? `symbol ${match[1]}` : shape.family === 'dash' ? 'dash' : shape.family;
    return { marker: match[1], family, length: match[0].length, ...(shape.number ? { number: Number(match[2]) } : {}) };
  }
  return undefined;
}

// Leader dots (middle dots, ellipses, periods; at least three) and a page number at the end.
const TOC_ENTRY = /^(?:(\d{1,2})\.\s+)?(\S.*?)\s*(?:[·…‥.]\s?){3,}\s*(\d{1,4}|[ivxlc]{1,6})$/iu;

/** A table-of-contents entry: its number (for "N. title ··· page") or undefined. */
export function tocEntry(text: string): { number?: number } | undefined {
  const match = TOC_ENTRY.exec(text);
  if (!match || !/\p{L}/u.test(match[2])) return undefined;
  return match[1] ? { number: Number(match[1]) } : {};
}
