import { describe, expect, it } from 'vitest';
import { stripChrome, type SiteProfile } from '../../pipeline/edition/chrome.js';
import { findPages } from '../../pipeline/edition/pages.js';
import { splitSegments } from '../../pipeline/edition/segments.js';

const profile: SiteProfile = {
  id: 'test',
  header: { end: /^전체 글$/, lines: [{ pattern: /^N\/A$/, label: 'placeholder' }, { pattern: /^전체 글$/, label: 'tab' }] },
  trailer: { start: /^관련 문서$/, label: 'related' },
};

describe('splitSegments', () => {
  it('keeps the 1-based line and 0-based offsets of each non-blank line, trimmed', () => {
    const segments = splitSegments('a\n\n  b c  \r\n\nd');
    expect(segments.map((s) => [s.line, s.start, s.end, s.text])).toEqual([
      [1, 0, 1, 'a'],
      [3, 5, 8, 'b c'],
      [5, 13, 14, 'd'],
    ]);
  });
});

describe('stripChrome', () => {
  it('removes a header that fits the profile and the trailing related documents', () => {
    const segments = splitSegments('N/A\n제목\n전체 글\n본문\n관련 문서\n다른 글');
    const result = stripChrome(segments, profile, '제목');
    expect(result.text.map((s) => s.text)).toEqual(['본문']);
    expect(result.chrome.map((c) => c.label)).toEqual(['placeholder', 'title repeat', 'tab', 'related', 'related']);
  });

  // Issue 10 item 5: the seed ended with the site's "참조" tab, which stands right above the
  // related-documents list. Lines of the profile's `trailer.before` shapes directly above the
  // start line are trailer chrome; a line of another shape stops the walk, so text stays.
  it("takes the site's lines just above the trailer, and only those", () => {
    const withLead: SiteProfile = { ...profile, trailer: { ...profile.trailer!, before: [{ pattern: /^참조$/, label: 'references tab' }] } };
    const segments = splitSegments('N/A\n제목\n전체 글\n본문\n참조\n관련 문서\n다른 글');
    const result = stripChrome(segments, withLead, '제목');
    expect(result.text.map((s) => s.text)).toEqual(['본문']);
    expect(result.chrome.filter((c) => c.part === 'trailer').map((c) => [c.segment.text, c.label])).toEqual([
      ['참조', 'references tab'],
      ['관련 문서', 'related'],
      ['다른 글', 'related'],
    ]);
    // "참조" inside the text (not directly above the trailer) is the author's.
    const inside = stripChrome(splitSegments('N/A\n전체 글\n참조\n본문\n관련 문서'), withLead, '제목');
    expect(inside.text.map((s) => s.text)).toEqual(['참조', '본문']);
  });

  // Removing a line of unknown shape could lose the author's text: keep it and say so.
  it('keeps a header with an unknown line and reports it', () => {
    const segments = splitSegments('N/A\n뜻밖의 문장\n전체 글\n본문');
    const result = stripChrome(segments, profile, '제목');
    expect(result.text).toHaveLength(4);
    expect(result.problems[0]).toMatch(/line 2/);
  });
});

describe('findPages', () => {
  // A "(3)" that does not continue the sequence is text (a list item), not a page marker.
  it('takes only markers that count up from 1', () => {
    const segments = splitSegments('(1)\n가\n(3)\n(2)\n나');
    const pages = findPages(segments);
    expect(pages.markers.map((m) => m.page)).toEqual([1, 2]);
    expect(pages.text.map((s) => [s.text, pages.pageOf.get(s.index)])).toEqual([
      ['가', 1],
      ['(3)', 1],
      ['나', 2],
    ]);
  });

  // "(1)C2011-42 …": a marker glued to its page's first line is found too, and leaves the line.
  it('takes a marker glued to text when it continues the sequence', () => {
    const segments = splitSegments('(1)연구자료 D296\n(2)\n(3) i. 머리말. 이 자료집은\n(4) 다음');
    const pages = findPages(segments);
    expect(pages.markers.map((m) => [m.page, m.segment.text])).toEqual([
      [1, '(1)'],
      [2, '(2)'],
      [3, '(3)'],
      [4, '(4)'],
    ]);
    expect(pages.text.map((s) => [s.text, pages.pageOf.get(s.index)])).toEqual([
      ['연구자료 D296', 1],
      ['i. 머리말. 이 자료집은', 3],
      ['다음', 4],
    ]);
  });

  // Without markers on lines of their own, "(1) " followed by a space is a list item.
  it('leaves "(1) text" alone in a document without marker lines', () => {
    const pages = findPages(splitSegments('(1) 도입 경과\n본문'));
    expect(pages.markers).toEqual([]);
    expect(pages.text.map((s) => s.text)).toEqual(['(1) 도입 경과', '본문']);
  });
});
