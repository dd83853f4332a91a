/**
 * The glossary fields the exchange formats carry, in one order, and the plain-data form of an
 * entry (what glossary/*.yaml holds: lists present only when non-empty, no origin).
 */
import type { GlossaryEntry, GlossaryEntryData } from '../glossary/load.js';

/** Columns of the CSV export, also the order of fields in entries written back as YAML. */
export const FIELDS = [
  'id',
  'kind',
  'ja',
  'variants',
  'reading',
  'pronunciation',
  'romaji',
  'ko',
  'koBasis',
  'accepted',
  'nonstandard',
  'ambiguousWith',
  'notes',
  'sources',
  'examples',
] as const;

/** Fields that hold lists of text. */
export const LIST_FIELDS = new Set(['variants', 'accepted', 'nonstandard', 'ambiguousWith', 'sources']);

/** An entry as glossary YAML writes it: optional fields only when they say something, in FIELDS order. */
export function entryData(entry: GlossaryEntry | GlossaryEntryData): GlossaryEntryData {
  const data: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const value = (entry as unknown as Record<string, unknown>)[field];
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (field === 'koBasis' && value === 'transcription') continue;
    data[field] = Array.isArray(value) ? value.map((item) => (typeof item === 'object' ? { ...item } : item)) : value;
  }
  return data as unknown as GlossaryEntryData;
}
