/**
 * Symbols lost in extraction. A figure's or table's note sometimes explains its icons ("■ 은
 * 기술개발, □ 은 시설정비"); icons drawn as images or in a symbol font leave no text, and the note
 * line then starts with the bare particle ("은 기술개발,"). A topic or object particle cannot
 * begin a phrase in Korean, so such a line is missing what stood before it. The edition shows
 * the gap with a visible editor's mark instead of silently printing a sentence without its
 * subject; the apparatus records the insertion. Which symbol it was is not guessed.
 */

/** What the edition prints where a symbol was lost. */
export const LOST_SYMBOL_MARK = '〔기호 누락〕';

// Particles that only ever follow a word (은/는 topic, 을/를 object), alone before a space.
const BARE_PARTICLE = /^(?:은|는|을|를)(?=\s)/u;

/**
 * The 0-based index where a lost symbol stood in a note line, or undefined when the line starts
 * as a phrase can. Only note lines are asked: in running text a line may start with a particle
 * because a page break cut a word ("노력만으로 | 는").
 */
export function lostSymbolAt(line: string): number | undefined {
  return BARE_PARTICLE.test(line) ? 0 : undefined;
}
