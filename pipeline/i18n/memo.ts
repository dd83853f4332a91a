/**
 * Remember what a translation function returned for each key and set of options. A report
 * asks for the same labels (rule names, severities, "line L, column C") thousands of times,
 * and each i18next call resolves the key, plural forms and interpolation anew: about 0.1 s of
 * the seed's build in a cpu profile. Resources never change after start-up, so the same
 * question always has the same answer.
 */
import type { TFunction } from 'i18next';

/** Answers kept at most: a long build (thousands of documents in one worker) must not grow. */
export const MEMO_LIMIT = 5_000;

export function memoizeTranslation(t: TFunction, limit = MEMO_LIMIT): TFunction {
  const call = t as unknown as (...args: unknown[]) => unknown;
  const answers = new Map<string, string>();
  const remembered = (...args: unknown[]): unknown => {
    const [key, options] = args;
    // Only a plain key with plain options is remembered; anything else (arrays of keys, a
    // default value argument, options that do not serialise) goes straight to i18next.
    if (args.length > 2 || typeof key !== 'string' || (options !== undefined && (typeof options !== 'object' || options === null))) return call(...args);
    let cacheKey: string;
    try {
      cacheKey = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
    } catch {
      return call(...args);
    }
    let answer = answers.get(cacheKey);
    if (answer === undefined) {
      const value = call(...args);
      if (typeof value !== 'string') return value;
      answer = value;
      // Forget everything rather than track use: the labels that matter are back after a few calls.
      if (answers.size >= limit) answers.clear();
      answers.set(cacheKey, answer);
    }
    return answer;
  };
  return remembered as unknown as TFunction;
}
