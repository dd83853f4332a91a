/**
 * The resolver's pass over a document's names: every record learns which glossary entry it is.
 * It runs on the finished records (glosses already left out) and reads only what the
 * consistency stage can see too (the records, the glossary, the source), so both stages, given
 * the same document, see the same neighbours and the same Korean around each name.
 */
import { entryApplies, type NameGlossary, type NameGlossaryEntry } from './glossary-view.js';
import type { NameRecord } from './record.js';
import { afterName, neighbourIndex, resolveEntry } from './resolve.js';

/**
 * Every entry that any spelling of the record names (its surface, modern form, without spaces,
 * with ∙) and that applies where it stands (a person's surname only in a citation: entryApplies).
 */
export function recordEntries<Entry extends NameGlossaryEntry>(
  glossary: { byJapanese(form: string): Entry | readonly Entry[] | undefined },
  record: Pick<NameRecord, 'surface' | 'normalized' | 'citation'>,
): Entry[] {
  const forms = [record.surface, record.normalized, record.surface.replace(/\s+/gu, ''), record.normalized.replace(/・/gu, '∙')];
  const found: Entry[] = [];
  for (const form of forms) {
    const hit = glossary.byJapanese(form);
    const list = hit === undefined ? [] : Array.isArray(hit) ? (hit as readonly Entry[]) : [hit as Entry];
    for (const entry of list) {
      if (!found.some((known) => known.id === entry.id) && entryApplies(entry, form, { citation: record.citation })) found.push(entry);
    }
  }
  return found;
}

/**
 * Records with `glossaryId` set by the resolver: the only entry of the form, the entry the
 * context chooses (`resolvedBy`), or null with `candidates` when the context does not decide.
 * A record whose form the glossary does not know keeps the id the reading drew on.
 */
export function resolveRecords(records: readonly NameRecord[], glossary: NameGlossary | undefined, source: string): NameRecord[] {
  if (!glossary) return [...records];
  const entries = records.map((record) => recordEntries(glossary, record));
  const views = records.map((record, index) => ({ offset: record.source.offset, citation: record.citation, kinds: entries[index].map((entry) => entry.kind) }));
  const near = neighbourIndex(views);
  return records.map((record, index) => {
    const candidates = entries[index];
    if (candidates.length === 0) return record;
    if (candidates.length === 1) return withEntry(record, candidates[0].id);
    const resolution = resolveEntry(candidates, {
      nameKind: record.kind,
      after: afterName(source, record.source.end.offset),
      ...(record.written ? { written: record.written.text } : {}),
      neighbourKinds: near(index),
    });
    return withEntry(record, resolution ? resolution.entry.id : null, {
      candidates: candidates.map((entry) => entry.id),
      ...(resolution ? { resolvedBy: resolution.basis } : {}),
    });
  });
}

// The record with its entry, the resolution fields right after glossaryId (names.json reads in
// the order of the fields).
function withEntry(record: NameRecord, glossaryId: string | null, extra: Pick<NameRecord, 'candidates' | 'resolvedBy'> = {}): NameRecord {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === 'candidates' || key === 'resolvedBy') continue;
    out[key] = key === 'glossaryId' ? glossaryId : value;
    if (key === 'glossaryId') Object.assign(out, extra);
  }
  return out as unknown as NameRecord;
}
