/**
 * Whether a text will need kuromoji: only kana and kanji are tokenised, so a text without them
 * never loads the dictionary. One test for the build's early start of the tokenizer thread and
 * for the per-document prefetch.
 */

/** True when `text` has kana or kanji. */
export function needsTokenizer(text: string): boolean {
  return /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF]/.test(text);
}
