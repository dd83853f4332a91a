/**
 * Control characters in decoded text. The decode stage refuses a file with a NUL or with many
 * controls as binary; a few that remain (a BEL, an ESC sequence from a terminal copy) are not
 * text the author wrote, and must not pass silently into the edition: the build reports each
 * run of them with its place (rule control-character).
 */

/** C0 controls other than tab and line feed, DEL, and C1 controls. */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;

const RUNS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]+/gu;

/** Each run of control characters: its 0-based offset and the characters. */
export function controlRuns(text: string): Array<{ offset: number; text: string }> {
  return [...text.matchAll(RUNS)].map((match) => ({ offset: match.index, text: match[0] }));
}

/** `U+0007 U+001B` for a run of characters, for messages. */
export function codePoints(text: string): string {
  return [...text].map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}
