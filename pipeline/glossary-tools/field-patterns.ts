/**
 * The shapes the glossary schema requires of a reading, a romaji and a standard Korean form,
 * taken from glossary/schema.json itself so that suggestions and imports test values with the
 * very patterns the loader will validate them against.
 */
import glossarySchema from '../../glossary/schema.json' with { type: 'json' };

const { definitions } = glossarySchema as unknown as {
  definitions: { katakana: { pattern: string }; entry: { properties: { romaji: { pattern: string }; ko: { pattern: string } } } };
};

/** A reading: katakana words separated by single spaces. */
export const KATAKANA = new RegExp(definitions.katakana.pattern, 'u');
/** A standard Korean form: Hangul syllables and single spaces. */
export const HANGUL = new RegExp(definitions.entry.properties.ko.pattern, 'u');
/** Modified Hepburn: letters with macrons and apostrophes, words separated by single spaces. */
export const ROMAJI = new RegExp(definitions.entry.properties.romaji.pattern, 'u');
