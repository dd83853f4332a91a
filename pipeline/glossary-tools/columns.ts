/**
 * Which column of a plain termbase holds what. CAT tools and spreadsheets name their columns by
 * language ("Japanese", "ja-JP", "日本語", "Korean", "ko_KR", "한국어") or not at all (Xbench's
 * two-column lists); kaikyo needs the Japanese term, the Korean term and, when given, romaji,
 * reading, notes and kind. A header is read by these names, `--map field=Header` overrides
 * them, and a file without a header is read by `--columns ja,ko` or, when its first row is a
 * Japanese term beside a Hangul one, as Japanese then Korean.
 */

/** The fields a plain termbase can fill. */
export const PLAIN_FIELDS = ['ja', 'ko', 'romaji', 'reading', 'notes', 'kind'] as const;
export type PlainField = (typeof PLAIN_FIELDS)[number];

/** Header names for each field, compared case-insensitively with '-', '_' and spaces ignored. */
const ALIASES: Readonly<Record<PlainField, readonly string[]>> = {
  ja: ['ja', 'jajp', 'jp', 'jpn', 'japanese', '日本語', '일본어', 'japaneseterm', 'jaterm', 'term(ja)'],
  ko: ['ko', 'kokr', 'kr', 'kor', 'korean', '한국어', '韓国語', 'koreanterm', 'koterm', 'term(ko)'],
  romaji: ['romaji', 'rōmaji', 'jalatn', 'hepburn', 'ローマ字', '로마자'],
  reading: ['reading', 'kana', 'yomi', 'furigana', '読み', 'よみ', '読み仮名', 'ふりがな', '요미'],
  notes: ['notes', 'note', 'comment', 'comments', 'definition', 'description', '備考', '注記', '비고', '설명', '메모'],
  kind: ['kind', 'type', 'category', 'subjectfield', '分類', '종류'],
};

function key(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s_-]+/g, '');
}

/** The field a header cell names, or undefined. */
export function fieldOfHeader(name: string): PlainField | undefined {
  const wanted = key(name);
  return PLAIN_FIELDS.find((field) => ALIASES[field].some((alias) => key(alias) === wanted));
}

/** Parse `--map ja=Japanese,ko=Korean` (field=header pairs); a bad pair throws with the reason. */
export function parseMapping(text: string): Map<PlainField, string> {
  const mapping = new Map<PlainField, string>();
  for (const pair of text.split(',').map((part) => part.trim()).filter((part) => part !== '')) {
    const at = pair.indexOf('=');
    const field = pair.slice(0, at).trim() as PlainField;
    if (at <= 0 || !PLAIN_FIELDS.includes(field) || pair.slice(at + 1).trim() === '') {
      throw new Error(`--map: "${pair}" is not field=Header with a field among ${PLAIN_FIELDS.join(', ')}`);
    }
    mapping.set(field, pair.slice(at + 1).trim());
  }
  return mapping;
}

/** Parse `--columns ja,ko,notes` (the fields of a headerless file, in order; "-" skips a column). */
export function parseColumns(text: string): Array<PlainField | undefined> {
  return text.split(',').map((part) => {
    const name = part.trim();
    if (name === '-' || name === '') return undefined;
    if (!PLAIN_FIELDS.includes(name as PlainField)) throw new Error(`--columns: "${name}" is not one of ${PLAIN_FIELDS.join(', ')} or -`);
    return name as PlainField;
  });
}

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;

/**
 * The columns of a table: from `columns` when given (no header row), else from the first row
 * read as a header (with `mapping` overriding names), else — when the first row is a Japanese
 * term beside a Hangul term and names no field — Japanese then Korean with no header.
 * Returns the field of each column and whether the first row is a header.
 */
export function layoutOf(
  first: readonly string[],
  options: { mapping?: ReadonlyMap<PlainField, string>; columns?: ReadonlyArray<PlainField | undefined> } = {},
): { fields: Array<PlainField | undefined>; header: boolean } {
  if (options.columns) return { fields: [...options.columns], header: false };
  const byHeader = first.map((cell) => {
    for (const [field, header] of options.mapping ?? []) if (key(header) === key(cell)) return field;
    return fieldOfHeader(cell);
  });
  if (byHeader.some((field) => field !== undefined)) return { fields: byHeader, header: true };
  const ja = first.findIndex((cell) => JAPANESE.test(cell) && !HANGUL.test(cell));
  const ko = first.findIndex((cell) => HANGUL.test(cell) && !JAPANESE.test(cell));
  if (ja >= 0 && ko >= 0) return { fields: first.map((_, index) => (index === ja ? 'ja' : index === ko ? 'ko' : undefined)), header: false };
  return { fields: byHeader, header: true };
}
