/**
 * Site chrome: the page header a document-sharing site puts above the text and the list of
 * other documents' snippets below it. Recognised by the shapes in the site profile
 * (corpus/sites/<site>.yaml), never by line numbers. What the site says about the document (its
 * title line, the section an excerpt is filed under) is captured by the patterns' named groups
 * and becomes metadata (`siteTitle`, …), not body text.
 */
import type { Segment } from './segments.js';

/** One shape of header line. Named groups of `pattern` are captured as site metadata. */
export interface LineShape {
  readonly pattern: RegExp;
  readonly label: string;
  /** Only as the page's first line (a site that prints the document's name first). */
  readonly first?: boolean;
  /** In a sequence: the step may be absent. */
  readonly optional?: boolean;
  /** In a sequence: the step may match several lines in a row. */
  readonly repeat?: boolean;
}

/** A site profile, as validated by pipeline/corpus/document.ts (loadSite). */
export interface SiteProfile {
  readonly id: string;
  /** What the profile describes, for messages. */
  readonly name?: string;
  /** A header line that carries the site's title of the document in its first group. */
  readonly title?: RegExp;
  /**
   * Either `end` + `lines`: the header runs from the top to the end line and every line in it has
   * one of the shapes (in any order); or `sequence`: the page starts with these steps in order.
   */
  readonly header: { readonly end?: RegExp; readonly lines?: readonly LineShape[]; readonly sequence?: readonly LineShape[] };
  readonly trailer?: {
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
  /** What the site's own lines say about the document (named groups: siteTitle, siteDocument, …). */
  readonly site: Record<string, string>;
}

/**
 * Split segments into chrome and text. A header is removed only when it fits the profile as a
 * whole (every line up to the end line has a known shape or repeats the site's title; or the
 * sequence's required steps all match); a header that does not fit is left in place and
 * reported, because removing unknown lines could lose the author's text. `title` is the
 * document's title from its metadata, if any, which the header may repeat.
 */
export function stripChrome(segments: readonly Segment[], profile: SiteProfile, title = ''): ChromeResult {
  const problems: string[] = [];
  const site: Record<string, string> = {};
  const siteTitle = profile.title ? findSiteTitle(segments, profile) : undefined;
  if (siteTitle) site.siteTitle = siteTitle;
  const header = profile.header.sequence
    ? matchSequence(segments, profile.header.sequence, site)
    : matchUntilEnd(segments, profile, [title.trim(), siteTitle ?? ''].filter(Boolean), site, problems);
  const chrome: ChromeLine[] = [...header];
  const first = header.length;

  let last = segments.length;
  if (profile.trailer) {
    const trailerIndex = segments.findIndex((segment, index) => index >= first && profile.trailer!.start.test(segment.text));
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
      for (const segment of segments.slice(trailerIndex)) chrome.push({ segment, label: profile.trailer.label, part: 'trailer' });
      last = lead;
    }
  }
  return { chrome, text: segments.slice(first, last), problems, site };
}

/** The site's title of the document, from the header line the profile's `title` names. */
function findSiteTitle(segments: readonly Segment[], profile: SiteProfile): string | undefined {
  for (const segment of segments.slice(0, 60)) {
    const found = profile.title!.exec(segment.text)?.[1]?.trim();
    if (found) return found;
  }
  return undefined;
}

function matchUntilEnd(segments: readonly Segment[], profile: SiteProfile, titles: readonly string[], site: Record<string, string>, problems: string[]): ChromeLine[] {
  const end = profile.header.end;
  const endIndex = end ? segments.findIndex((segment) => end.test(segment.text)) : -1;
  if (endIndex < 0) {
    problems.push('no header end line found');
    return [];
  }
  const header: ChromeLine[] = [];
  const captured: Record<string, string> = {};
  for (const [index, segment] of segments.slice(0, endIndex + 1).entries()) {
    const label = titles.includes(segment.text) ? 'title repeat' : shapeLabel(segment.text, profile.header.lines ?? [], index === 0, captured);
    if (label === undefined) {
      problems.push(`line ${segment.line} does not look like site chrome ("${segment.text.slice(0, 40)}"), so the header was kept`);
      return [];
    }
    header.push({ segment, label, part: 'header' });
  }
  Object.assign(site, captured, site);
  return header;
}

function shapeLabel(text: string, shapes: readonly LineShape[], isFirst: boolean, captured: Record<string, string>): string | undefined {
  for (const shape of shapes) {
    if (shape.first && !isFirst) continue;
    const match = shape.pattern.exec(text);
    if (match) {
      capture(match, captured);
      return shape.label;
    }
  }
  return undefined;
}

/** The sequence's steps in order from the first line; [] unless every required step matched. */
function matchSequence(segments: readonly Segment[], steps: readonly LineShape[], site: Record<string, string>): ChromeLine[] {
  const header: ChromeLine[] = [];
  const captured: Record<string, string> = {};
  let at = 0;
  for (const step of steps) {
    let matched = 0;
    while (at < segments.length && (step.repeat || matched === 0)) {
      const match = step.pattern.exec(segments[at].text);
      if (!match) break;
      capture(match, captured);
      header.push({ segment: segments[at], label: step.label, part: 'header' });
      at++;
      matched++;
    }
    if (matched === 0 && !step.optional) return [];
  }
  // A header that would leave no text at all is a page of nothing but chrome only if every
  // line matched; that is allowed (the edition is then empty and says so).
  Object.assign(site, captured, site);
  return header;
}

function capture(match: RegExpExecArray, into: Record<string, string>): void {
  for (const [name, value] of Object.entries(match.groups ?? {})) {
    if (value !== undefined && value.trim() && !(name in into)) into[name] = value.trim();
  }
}
