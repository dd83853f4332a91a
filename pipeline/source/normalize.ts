/**
 * Stage 2: canonical composition (NFC), with a record of every span it changed so the
 * apparatus can list them.
 *
 * Never NFKC. Compatibility normalisation would rewrite text that Korean and Japanese sources
 * mean literally: Hangul compatibility jamo (ㄱ U+3131 → ᄀ U+1100, breaking jamo used as list
 * markers or in linguistics), enclosed and squared forms (㈱ → (株), ㎛ → μm, the seed's unit),
 * full-width forms (Ａ１ → A1, （ → ( ) and circled numbers. Those are editorial decisions for a
 * later stage, with their own findings, not a side effect of decoding. NFC only merges what is
 * canonically the same character: decomposed Hangul jamo sequences into syllables, base +
 * combining mark into the precomposed letter, and CJK compatibility ideographs (U+F900–U+FAFF,
 * duplicates kept for round-tripping KS X 1001 hanja readings) into their unified ideographs.
 */

/** One span that NFC changed. */
export interface NormalizeChange {
  /** 0-based UTF-16 offset of `after` in the OUTPUT text. */
  offset: number;
  /** The span as it was in the input. */
  before: string;
  /** The span as it is in the output. */
  after: string;
  reason: 'nfc';
}

/**
 * NFC-normalise `text` and list the changed spans, each a maximal run of changed characters
 * trimmed to the code points that actually differ. A text already in NFC, the usual case, is
 * returned as is after one whole-string check.
 */
export function normalize(text: string): { text: string; changes: NormalizeChange[] } {
  if (text.normalize('NFC') === text) return { text, changes: [] };
  const changes: NormalizeChange[] = [];
  const out: string[] = [];
  let outLength = 0;
  // A pending run of adjacent changed segments, merged so one edit is one record.
  let runBefore = '';
  let runAfter = '';
  let runOffset = 0;
  const flush = (): void => {
    if (runBefore === '') return;
    changes.push(trimmed(runOffset, runBefore, runAfter));
    runBefore = '';
    runAfter = '';
  };
  for (const segment of segments(text)) {
    const after = segment.normalize('NFC');
    if (after === segment) flush();
    else {
      if (runBefore === '') runOffset = outLength;
      runBefore += segment;
      runAfter += after;
    }
    out.push(after);
    outLength += after.length;
  }
  flush();
  return { text: out.join(''), changes };
}

/**
 * Split `text` into pieces that NFC can normalise independently: each piece starts at a
 * "boundary" character and runs to the next one. A boundary character is a starter that is
 * already in NFC and is never the second half of a canonical composition, so nothing before it
 * can reorder or compose across it. It opens its piece because it may itself compose with what
 * follows (가 + U+11AB → 간, A + U+0301 → Á).
 */
export function* segments(text: string): Generator<string> {
  let start = 0;
  for (let i = 1; i < text.length; i++) {
    if (isBoundary(text.charCodeAt(i))) {
      yield text.slice(start, i);
      start = i;
    }
  }
  if (text.length > 0) yield text.slice(start);
}

/**
 * Conservative boundary test, by ranges whose properties are stable across Unicode versions:
 * ASCII, CJK Unified Ideographs (and Extension A), precomposed Hangul syllables, and the
 * hiragana and katakana letters. Combining kana voicing marks (U+3099, U+309A) are excluded
 * because they compose with the kana before them. Anything else simply stays inside the
 * current piece, which is always correct, only coarser.
 */
export function isBoundary(unit: number): boolean {
  return (
    unit < 0x80 ||
    (unit >= 0x4e00 && unit <= 0x9fff) ||
    (unit >= 0x3400 && unit <= 0x4dbf) ||
    (unit >= 0xac00 && unit <= 0xd7a3) ||
    (unit >= 0x3041 && unit <= 0x3096) ||
    (unit >= 0x30a1 && unit <= 0x30fa)
  );
}

/** The change with the code points both sides share at either end removed. */
function trimmed(offset: number, before: string, after: string): NormalizeChange {
  const b = Array.from(before);
  const a = Array.from(after);
  let head = 0;
  while (head < b.length && head < a.length && b[head] === a[head]) head++;
  let tail = 0;
  while (tail < b.length - head && tail < a.length - head && b[b.length - 1 - tail] === a[a.length - 1 - tail]) tail++;
  const headUnits = a.slice(0, head).join('').length;
  return {
    offset: offset + headUnits,
    before: b.slice(head, b.length - tail).join(''),
    after: a.slice(head, a.length - tail).join(''),
    reason: 'nfc',
  };
}
