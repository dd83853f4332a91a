/**
 * vfile messages as plain data (for JSON outputs) and as linter-style lines (for the terminal),
 * sorted by place so outputs are deterministic.
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { compareCodePoints } from '../text/compare.js';

export interface MessageRecord {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line?: number;
  column?: number;
}

function severityOf(message: VFileMessage): MessageRecord['severity'] {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}

/** Messages of a file as records, sorted by line, column, rule and text. */
export function serializeMessages(file: VFile): MessageRecord[] {
  return file.messages
    .map((message) => {
      const place = message.place && 'start' in message.place ? message.place.start : message.place;
      return {
        ruleId: message.ruleId ?? 'unknown',
        severity: severityOf(message),
        message: message.reason,
        ...(place ? { line: place.line, column: place.column } : {}),
      };
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compareCodePoints(a.ruleId, b.ruleId) || compareCodePoints(a.message, b.message));
}

/** `file:line:column  severity  rule  message` lines; `skip` leaves out rule ids (findings reported elsewhere). */
export function formatMessages(file: VFile, minimum: MessageRecord['severity'] = 'warning', skip: (ruleId: string) => boolean = () => false): string[] {
  const rank = { info: 0, warning: 1, error: 2 } as const;
  return serializeMessages(file)
    .filter((record) => rank[record.severity] >= rank[minimum] && !skip(record.ruleId))
    .map((record) => `${file.path}:${record.line ?? 1}:${record.column ?? 1}  ${record.severity}  ${record.ruleId}  ${record.message}`);
}
