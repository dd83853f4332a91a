/**
 * names.json's records for names written only in Hangul. The consistency stage's scanner finds
 * every Korean form of a glossary name (카시와, 히와코쿠사츠, 우베, 기후∙오가키, Table 4's rows);
 * those that are not the author's rendering of a Japanese run already in names.json become
 * records of their own, so that names.json alone is the complete list of the document's names.
 */
import type { ScannedName } from '../consistency/check.js';
import { koBasisOf, nameKindOf } from './glossary-view.js';
import type { HangulNameRecord, NameRecord } from './record.js';

/**
 * One record per scanned form and entry group, except a form that is a Japanese record's own
 * rendering or lies inside a longer name. The reading is the entry's (the glossary's):
 * the resolved one, else the first candidate's, the group sharing a reading (富山 the prefecture
 * and the city).
 */
export function hangulRecords(scanned: readonly ScannedName[], records: readonly NameRecord[]): HangulNameRecord[] {
  // Where the author's Korean already belongs to a record: a rendering runs up to the "(" of its run.
  const rendered = records.flatMap((record) => (record.written ? [[record.written.offset, record.source.offset - 1] as const] : []));
  const renderedEnd = new Map<number, number>();
  for (const [from, to] of rendered) renderedEnd.set(from, Math.max(to, renderedEnd.get(from) ?? -1));
  // A form inside a longer one (규슈 of 규슈대학, 토카이 of 토카이 모노즈쿠리(東海ものづくり)) is part
  // of that name, as 九州 is part of the run 九州大学: names.json lists the whole name once.
  const inside = enclosed([...rendered, ...scanned.map((name) => [name.start.offset, name.end.offset] as const)]);
  // One form at one place is one occurrence, even when it fits names of several groups
  // (케이한나 the area and the company): then it stays open between all of their entries.
  const byPlace = new Map<string, ScannedName[]>();
  for (const name of scanned) {
    const key = `${name.start.offset}|${name.end.offset}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), name]);
  }
  const out: HangulNameRecord[] = [];
  for (const group of byPlace.values()) {
    const name: ScannedName =
      group.length === 1 ? group[0] : { ...group[0], entries: [...new Set(group.flatMap((item) => item.entries))], entry: undefined, basis: undefined };
    const id = (group.length === 1 ? name.entry?.id : undefined) ?? null;
    if (inside.has(`${name.start.offset}|${name.end.offset}`)) continue;
    if ((renderedEnd.get(name.start.offset) ?? -1) >= name.end.offset) continue;
    const entry = name.entry ?? name.entries[0];
    out.push({
      surface: null,
      normalized: entry.ja,
      kind: nameKindOf(entry.kind),
      kindBasis: 'glossary',
      reading: entry.reading,
      romaji: entry.romaji,
      hangul: entry.ko,
      koBasis: koBasisOf(entry),
      readingSource: 'glossary',
      confidence: 'high',
      verified: true,
      glossaryId: id,
      ...(name.entries.length > 1 ? { candidates: name.entries.map((candidate) => candidate.id) } : {}),
      ...(name.entries.length > 1 && name.basis ? { resolvedBy: name.basis } : {}),
      written: { text: name.form, ...name.start },
      citation: false,
      container: name.container,
      tokens: [],
      corrected: false,
      source: { ...name.start, end: name.end },
    });
  }
  return out;
}

/**
 * The spans (as "start|end") that lie inside a longer one, in O(n log n): sorted by start, longer
 * first, a span is enclosed when an earlier one reaches at least as far.
 */
function enclosed(spans: ReadonlyArray<readonly [number, number]>): Set<string> {
  const unique = [...new Map(spans.map(([from, to]) => [`${from}|${to}`, [from, to] as const])).values()].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out = new Set<string>();
  let reach = -1;
  for (const [from, to] of unique) {
    if (reach >= to) out.add(`${from}|${to}`);
    reach = Math.max(reach, to);
  }
  return out;
}
