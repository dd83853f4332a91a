/**
 * The glossary as TBX-Basic (ISO 30042 TBX, the 2008 `martif` form most CAT tools read): one
 * termEntry per concept (glossary entry), a langSet for Japanese and one for Korean, a tig per
 * term with its administrative status: ja and ko preferred, variants and accepted forms
 * admitted, nonstandard forms deprecated. Romaji is a transliterated term in a `ja-Latn`
 * langSet. Fields TBX-Basic has no category for (reading, pronunciation, koBasis, examples)
 * travel as entry-level notes with a `kaikyo:` label, so import can read them back.
 */
import type { GlossaryEntry, GlossaryEntryData } from '../glossary/load.js';
import { entryData } from './fields.js';

/** Escape text for XML content and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The administrative statuses TBX-Basic defines, by what the glossary calls them. */
export const STATUS = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
} as const;

/** Labels of the kaikyo notes (`kaikyo:reading: トヤマ`). */
export const NOTE_PREFIX = 'kaikyo:';

function tig(term: string, status: string, indent: string): string {
  return [
    `${indent}<tig>`,
    `${indent}  <term>${xmlEscape(term)}</term>`,
    `${indent}  <termNote type="partOfSpeech">properNoun</termNote>`,
    `${indent}  <termNote type="administrativeStatus">${status}</termNote>`,
    `${indent}</tig>`,
  ].join('\n');
}

function langSet(lang: string, terms: ReadonlyArray<[string, string]>): string {
  return ['      <langSet xml:lang="' + lang + '">', ...terms.map(([term, status]) => tig(term, status, '        ')), '      </langSet>'].join('\n');
}

/** One termEntry for one glossary entry. */
export function termEntry(entry: GlossaryEntry | GlossaryEntryData): string {
  const data = entryData(entry);
  const lines = [`    <termEntry id="${xmlEscape(data.id)}">`, `      <descrip type="subjectField">${xmlEscape(data.kind)}</descrip>`];
  for (const id of data.ambiguousWith ?? []) lines.push(`      <ref type="crossReference" target="${xmlEscape(id)}">${xmlEscape(id)}</ref>`);
  if (data.notes) lines.push(`      <note>${xmlEscape(data.notes)}</note>`);
  const note = (label: string, value: string) => lines.push(`      <note>${NOTE_PREFIX}${label}: ${xmlEscape(value)}</note>`);
  note('reading', data.reading);
  if (data.pronunciation) note('pronunciation', data.pronunciation);
  if (data.koBasis) note('koBasis', data.koBasis);
  for (const example of data.examples ?? []) note('example', `${example.text} ⇒ ${example.expect}`);
  for (const source of data.sources) lines.push(`      <admin type="source">${xmlEscape(source)}</admin>`);
  lines.push(langSet('ja', [[data.ja, STATUS.preferred], ...(data.variants ?? []).map((form): [string, string] => [form, STATUS.admitted])]));
  lines.push(langSet('ja-Latn', [[data.romaji, STATUS.preferred]]));
  lines.push(
    langSet('ko', [
      [data.ko, STATUS.preferred],
      ...(data.accepted ?? []).map((form): [string, string] => [form, STATUS.admitted]),
      ...(data.nonstandard ?? []).map((form): [string, string] => [form, STATUS.deprecated]),
    ]),
  );
  lines.push('    </termEntry>');
  return lines.join('\n');
}

/** The TBX-Basic document for `entries`, in the given order. */
export function exportTbx(entries: readonly (GlossaryEntry | GlossaryEntryData)[], options: { title?: string } = {}): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<martif type="TBX-Basic" xml:lang="en">',
    '  <martifHeader>',
    '    <fileDesc>',
    `      <titleStmt><title>${xmlEscape(options.title ?? 'kaikyo glossary')}</title></titleStmt>`,
    '      <sourceDesc><p>Exported by kaikyo from glossary/*.yaml: Japanese names with their standard Korean forms (외래어 표기법) and modified Hepburn.</p></sourceDesc>',
    '    </fileDesc>',
    '    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>',
    '  </martifHeader>',
    '  <text>',
    '    <body>',
    ...entries.map(termEntry),
    '    </body>',
    '  </text>',
    '</martif>',
    '',
  ].join('\n');
}
