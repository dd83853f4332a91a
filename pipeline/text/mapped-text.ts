/**
 * Text that remembers, for every UTF-16 unit, where in the (normalised) source it came from.
 *
 * Every stage that rewrites text (joining cut paragraphs, removing wrap spaces, undoing fake
 * bold, restoring lost characters) works on a MappedText, so the edition and the apparatus can
 * always name a source line and column. Offsets are 0-based UTF-16 offsets into the normalised
 * source string; `-1` marks a unit that was inserted by a stage (a restored character, a space
 * added at a join) and has no source of its own.
 */
export interface MappedText {
  readonly text: string;
  /** offsets[i] is the 0-based source offset of text[i], or -1 when the unit was inserted. */
  readonly offsets: Int32Array;
}

/** A MappedText for `source.slice(start, end)` (0-based, end exclusive). */
export function sliceSource(source: string, start: number, end: number): MappedText {
  const offsets = new Int32Array(end - start);
  for (let i = 0; i < offsets.length; i++) offsets[i] = start + i;
  return { text: source.slice(start, end), offsets };
}

/** Text with no source position (for example a separator inserted between two pieces). */
export function inserted(text: string): MappedText {
  return { text, offsets: new Int32Array(text.length).fill(-1) };
}

/** Concatenate pieces, keeping each unit's offset. */
export function concat(...parts: MappedText[]): MappedText {
  return concatAll(parts);
}

/**
 * Concatenate a list of pieces, keeping each unit's offset. Takes an array rather than spread
 * arguments: a paragraph of 100,000 lines is 200,000 pieces, past the engine's argument limit.
 */
export function concatAll(parts: readonly MappedText[]): MappedText {
  let length = 0;
  for (const part of parts) length += part.text.length;
  const offsets = new Int32Array(length);
  let at = 0;
  for (const part of parts) {
    offsets.set(part.offsets, at);
    at += part.text.length;
  }
  return { text: parts.map((part) => part.text).join(''), offsets };
}

/** Sub-range of a MappedText (0-based, end exclusive), like String#slice. */
export function slice(value: MappedText, start: number, end = value.text.length): MappedText {
  return { text: value.text.slice(start, end), offsets: value.offsets.slice(start, end) };
}

/** One edit of a MappedText: replace units [start, end) with `insert` (which has no source). */
export interface Edit {
  /** 0-based, inclusive. */
  readonly start: number;
  /** 0-based, exclusive. */
  readonly end: number;
  readonly insert: string;
}

/**
 * Apply non-overlapping edits. Inserted units get offset -1, except that when an edit replaces
 * a range by text of the same length, each replacement unit keeps the offset of the unit it
 * replaced (a corrected character still sits where the wrong one was).
 */
export function applyEdits(value: MappedText, edits: readonly Edit[]): MappedText {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: MappedText[] = [];
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new RangeError(`overlapping edits at ${edit.start}`);
    parts.push(slice(value, at, edit.start));
    const replacement = inserted(edit.insert);
    const sameLength = edit.insert.length === edit.end - edit.start;
    const anchor = firstSourced(value, edit.start, edit.end);
    if (sameLength) {
      for (let i = 0; i < edit.insert.length; i++) {
        (replacement.offsets as Int32Array)[i] = value.offsets[edit.start + i];
      }
    } else if (anchor >= 0) {
      // A longer or shorter replacement is anchored at the first replaced source unit, so the
      // restored text still has a place in the source.
      (replacement.offsets as Int32Array).fill(anchor);
    }
    parts.push(replacement);
    at = edit.end;
  }
  parts.push(slice(value, at));
  return concatAll(parts);
}

function firstSourced(value: MappedText, start: number, end: number): number {
  for (let i = start; i < end; i++) if (value.offsets[i] >= 0) return value.offsets[i];
  // A pure insertion takes the position of the unit before it, so it is never placeless.
  for (let i = start - 1; i >= 0; i--) if (value.offsets[i] >= 0) return value.offsets[i];
  return -1;
}

/** The first and last source offsets covered, or undefined when nothing has a source. */
export function sourceRange(value: MappedText): { start: number; end: number } | undefined {
  let start = -1;
  let end = -1;
  for (const offset of value.offsets) {
    if (offset < 0) continue;
    if (start < 0 || offset < start) start = offset;
    if (offset + 1 > end) end = offset + 1;
  }
  return start < 0 ? undefined : { start, end };
}
