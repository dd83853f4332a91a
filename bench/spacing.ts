/**
 * Is the spacing stage linear in its input? Builds one long line (no line breaks at all, the
 * way a whole page comes out of some extractions) at three sizes and prints the time per
 * character of building the spacing context and repairing the line; the ratio between the
 * largest and the smallest size should stay near 1 (a quadratic stage doubles it with every
 * doubling of the size).
 *
 * Two kinds of line: "prose" (the seed's edition re-wrapped at a column width, repeated with its
 * numbers varied, so that words recur as in a long paper) and "repetitive" (one short phrase
 * repeated, the worst case for substring counts: every pair of syllables is everywhere).
 *
 * Usage: npx tsx bench/spacing.ts [--chars 400000] [--runs 1]
 * (sizes are chars/4, chars/2 and chars; tests never assert on time.)
 */
import { readFileSync } from 'node:fs';
import { buildSpacingContext, repairSpacing } from '../pipeline/edition/spacing/index.js';
import { paragraphTexts } from '../pipeline/eval/markdown-paragraphs.js';
import { rewrap, seeded } from '../pipeline/eval/rewrap.js';
import { median, numberOption, time } from './measure.js';

const largest = numberOption('--chars', 400_000);
const runs = numberOption('--runs', 1);

const edition = readFileSync(new URL('../output/cha-2004-japan-clusters/edition.md', import.meta.url), 'utf8');
const paragraphs = paragraphTexts(edition).filter((p) => /\p{Script=Hangul}/u.test(p));
const random = seeded(7);

/** The seed's prose re-wrapped and joined into one line of at least `size` characters. */
function proseLine(size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let round = 0; length < size; round++) {
    for (const paragraph of paragraphs) {
      const varied = paragraph.replace(/[0-9]+/g, (digits) => String((Number(digits) + round) % 10_000));
      const piece = rewrap(varied, { width: 22 + (round % 5) * 3, random }).text;
      parts.push(piece);
      length += piece.length + 1;
      if (length >= size) break;
    }
  }
  return parts.join(' ').slice(0, size);
}

/** One phrase repeated to `size` characters. */
function repetitiveLine(size: number): string {
  const phrase = '클러스터 정책 의 추 진 체계 ';
  return phrase.repeat(Math.ceil(size / phrase.length)).slice(0, size);
}

function measure(line: string): number {
  const seconds = [];
  for (let r = 0; r < runs; r++) {
    seconds.push(
      time(() => {
        const context = buildSpacingContext([line]);
        repairSpacing(line, context);
      }),
    );
  }
  return median(seconds);
}

const sizes = [largest / 4, largest / 2, largest].map(Math.round);
console.log('kind        chars     seconds   µs/char');
for (const [kind, make] of [['prose', proseLine], ['repetitive', repetitiveLine]] as const) {
  const perChar: number[] = [];
  for (const size of sizes) {
    const line = make(size);
    const seconds = measure(line);
    perChar.push((seconds * 1e6) / line.length);
    console.log(`${kind.padEnd(11)} ${String(line.length).padStart(8)}  ${seconds.toFixed(2).padStart(7)}  ${perChar.at(-1)!.toFixed(2).padStart(7)}`);
  }
  console.log(`${kind.padEnd(11)} largest/smallest time per char: ${(perChar[2] / perChar[0]).toFixed(2)}`);
}
