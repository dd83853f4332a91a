/**
 * The names stage (issue 3): every Japanese name, term and title in an edition, with its
 * kind, reading, romaji, standard Korean and the author's own Korean rendering.
 */
export { extractNames, type ExtractOptions } from './extract.js';
export { namesJson, sortRecords, type HangulNameRecord, type NameOccurrence, type NameRecord, type NamePoint, type NameToken, type ReadingSource, type WrittenForm } from './record.js';
export { NAME_RULES, type NameRuleId } from './rules.js';
export type { NameGlossary, NameGlossaryEntry, NameKind } from './glossary-view.js';
