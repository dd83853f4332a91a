/**
 * A second opinion on a legacy decode that succeeded. CP949 and CP932 accept most high-byte
 * strings, and chardet's confidence on a few words is close to noise (it ranks "안녕하세요" in
 * CP949 as KOI8-R 33, Shift_JIS 10, EUC-KR 10), so a clean decode alone does not prove the
 * encoding. The tell-tale signs of a wrong guess are cheap to count.
 */
import type { LegacyEncoding } from './legacy.js';

/** A decode is implausible when more than this share of its characters are the tell-tale kind... */
const SUSPECT_SHARE = 0.5;
/** ...and there are at least this many of them, so one unusual character is not enough. */
const SUSPECT_MIN = 3;

/**
 * Whether `text`, decoded cleanly from `bytes` as `encoding`, looks like the right reading.
 *
 * - Shift_JIS: CP949 Korean read as CP932 turns into half-width katakana (U+FF61–U+FF9F),
 *   because the common Hangul lead bytes 0xB0–0xC8 are single half-width kana in CP932. Real
 *   Japanese prose uses full-width kana.
 * - EUC-KR: Shift_JIS read as CP949 lands on UHC extension syllables (lead below 0xA1 or trail
 *   below 0xA1), because CP932's kana and kanji lead bytes 0x81–0x9F are UHC extension leads.
 *   Real Korean prose uses mostly the 2,350 KS X 1001 syllables and hanja (both bytes ≥ 0xA1).
 */
export function isPlausible(text: string, bytes: Uint8Array, encoding: LegacyEncoding): boolean {
  return encoding === 'Shift_JIS' ? plausibleShiftJis(text) : plausibleCp949(bytes);
}

function plausibleShiftJis(text: string): boolean {
  let nonAscii = 0;
  let halfWidthKana = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) continue;
    nonAscii++;
    if (unit >= 0xff61 && unit <= 0xff9f) halfWidthKana++;
  }
  return !(halfWidthKana >= SUSPECT_MIN && halfWidthKana > nonAscii * SUSPECT_SHARE);
}

function plausibleCp949(bytes: Uint8Array): boolean {
  let pairs = 0;
  let extension = 0;
  // The decode was clean, so every byte ≥ 0x80 is a lead followed by its trail.
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    pairs++;
    if (bytes[i] < 0xa1 || bytes[i + 1] < 0xa1) extension++;
    i++;
  }
  return !(extension >= SUSPECT_MIN && extension > pairs * SUSPECT_SHARE);
}
