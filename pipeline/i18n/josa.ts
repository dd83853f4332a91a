/**
 * Korean particles chosen by the final consonant of the word before them, as an i18next
 * formatter: `{{found, josa(은/는)}}` writes 카토우는 or 후쿠야마현은. The choice is es-hangul's
 * `josa`; a number is read as Korean says it first (es-hangul's `numberToHangul`: 170 is
 * 백칠십, so 170이; 20 is 이십, so 20과), since `josa` itself reads only Hangul. Closing quotes
 * and brackets after the word are looked through. A list takes the particle of its last item.
 * Without this, templates fall back to 은(는), which reads as a form to fill in, not as Korean.
 */
import { josa, numberToHangul } from 'es-hangul';

type JosaPair = Parameters<typeof josa>[1];

// The particle pair is the option key i18next parses out of `josa(은/는)`.
const PAIR = /^[가-힣]+\/[가-힣]+$/u;

/** The i18next formatter: `value` followed by the particle of the pair named in the options. */
export function josaFormatter(value: unknown, _language: string | undefined, options: Record<string, unknown> | undefined): string {
  const text = String(value ?? '');
  const pair = Object.keys(options ?? {}).find((key) => PAIR.test(key));
  if (!pair || text === '') return text;
  return `${text}${josa.pick(spoken(text), pair as JosaPair)}`;
}

/** The end of `text` as it is read aloud: trailing quotes and brackets dropped, a final number in Hangul. */
function spoken(text: string): string {
  const word = text.replace(/["'”’」』)\]]+$/u, '');
  const number = /(\d+)(?:\.(\d+))?$/u.exec(word);
  if (!number) return word || text;
  // 123.4 is read 백이십삼 점 사: the particle follows the last digit after the point.
  const reading = number[2] !== undefined ? numberToHangul(Number(number[2].slice(-1))) : numberToHangul(Number(number[1].slice(-15)));
  return reading || '영';
}
