/**
 * Site chrome: the page header a document-sharing site puts above the text and the list of
 * other documents' snippets below it. Recognised by the shapes in the site profile
 * (corpus/sites/<site>.yaml), never by line numbers.
 */
import type { Segment } from './segments.js';

/** A site profile, as validated by pipeline/corpus/load.ts. */
export interface SiteProfile {
  readonly id: string;
  /** A header line that carries the document's title in its first group (for raw files). */
  readonly title?: RegExp;
  readonly header: { readonly end: RegExp; readonly lines: ReadonlyArray<{ pattern: RegExp; label: string }> };
  readonly trailer: {
    readonly start: RegExp;
    readonly label: string;
    /**
     * Shapes of the site's lines that stand just above the trailer's start line (a tab or button
     * of the page's lower part): a run of such lines right before it is trailer chrome too.
     */
    readonly before?: ReadonlyArray<{ pattern: RegExp; label: string }>;
  };
}

export interface ChromeLine {
  readonly segment: Segment;
  /** What the line is, from the profile (or 'title repeat'). */
  readonly label: string;
  readonly part: 'header' | 'trailer';
}

export interface ChromeResult {
  readonly chrome: ChromeLine[];
  /** Segments that remain: the document's own text. */
  readonly text: Segment[];
  /** Why a header or trailer was looked for and not removed, for a warning. */
  readonly problems: string[];
}

/**
 * Split segments into chrome and text. The header is removed only when every line up to the
 * profile's end line matches a known shape or repeats `title`; a header that does not fit is
 * left in place and reported, because removing unknown lines could lose the author's text.
 */
export function stripChrome(segments: readonly Segment[], profile: SiteProfile, title: string): ChromeResult {
  const chrome: ChromeLine[] = [];
  const problems: string[] = [];
  let first = 0;
  const endIndex = segments.findIndex((segment) => profile.header.end.test(segment.text));
  if (endIndex >= 0) {
    const header: ChromeLine[] = [];
    let unknown: Segment | undefined;
    for (const segment of segments.slice(0, endIndex + 1)) {
      const label = headerLabel(segment.text, profile, title);
      if (label === undefined) {
        unknown = segment;
        break;
      }
      header.push({ segment, label, part: 'header' });
    }
    if (unknown) {
      problems.push(`line ${unknown.line} does not look like site chrome ("${unknown.text.slice(0, 40)}"), so the header was kept`);
    } else {
      chrome.push(...header);
      first = endIndex + 1;
    }
  } else {
    problems.push('no header end line found');
  }

  let last = segments.length;
  const trailerIndex = segments.findIndex((segment, index) => index >= first && profile.trailer.start.test(segment.text));
  if (trailerIndex >= 0) {
    // Lines of known shape directly above the start line belong to the trailer; the walk stops
    // at the first line of another shape, so the author's text is never taken.
    let lead = trailerIndex;
    const leadLabels: string[] = [];
    for (let k = trailerIndex - 1; k >= first; k--) {
      const shape = profile.trailer.before?.find((candidate) => candidate.pattern.test(segments[k].text));
      if (!shape) break;
      leadLabels.unshift(shape.label);
      lead = k;
    }
    segments.slice(lead, trailerIndex).forEach((segment, k) => chrome.push({ segment, label: leadLabels[k], part: 'trailer' }));
    for (const segment of segments.slice(trailerIndex)) {
      chrome.push({ segment, label: profile.trailer.label, part: 'trailer' });
    }
    last = lead;
  }
  return { chrome, text: segments.slice(first, last), problems };
}

function headerLabel(text: string, profile: SiteProfile, title: string): string | undefined {
  if (text === title.trim()) return 'title repeat';
  for (const shape of profile.header.lines) if (shape.pattern.test(text)) return shape.label;
  return undefined;
}
