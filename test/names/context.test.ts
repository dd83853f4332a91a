/** The context of a run: citations, the Korean rendering before the parenthesis, what follows. */
import { describe, expect, it } from 'vitest';
import { spanContext } from '../../pipeline/names/context.js';
import { findSpans } from '../../pipeline/names/spans.js';
import { sliceSource } from '../../pipeline/text/mapped-text.js';

function contextOf(text: string, index = 0) {
  const span = findSpans(sliceSource(text, 0, text.length))[index];
  const context = spanContext(text, span);
  return { ...context, rendered: context.rendering ? text.slice(context.rendering.start, context.rendering.end) : undefined };
}

describe('spanContext', () => {
  it('recognises the citation patterns', () => {
    expect(contextOf('것이다 (加藤, 2002). 당시').citation).toBe(true);
    expect(contextOf('것이다(石川, 2003a)').citation).toBe(true);
    expect(contextOf('자료: 加藤(2002)로부터').citation).toBe(true);
    expect(contextOf('출처: 經濟産業省(2003; 2004) 및').citation).toBe(true);
    expect(contextOf('(加藤, 2002; 山崎, 2002)', 1).citation).toBe(true);
    expect(contextOf('이시카와(石川), 후쿠이').citation).toBe(false);
  });

  it('finds the Hangul word before the parenthesis, one space allowed', () => {
    expect(contextOf('현재의 후쿠시마(福島), 미야기').rendered).toBe('후쿠시마');
    expect(contextOf('다시 추오코치 (中央高地), 토카이').rendered).toBe('추오코치');
    expect(contextOf('(加藤, 2002)').rendered).toBeUndefined();
    expect(contextOf('OKINAWA(沖繩)').rendered).toBeUndefined();
  });

  it('reads the Korean after the closing parenthesis, and nothing when the run goes on', () => {
    expect(contextOf('히토츠바시(一橋)대학 대학원').after).toBe('대학 대학원');
    expect(contextOf('이시쿠라(石倉洋子, 현 교수)').after).toBe('');
  });
});
