/**
 * `kaikyo transcribe [TEXT…] [--json] [--glossary DIR]`: the reading, modified Hepburn and
 * standard Korean of Japanese names in kanji or kana, given as arguments or one per line on
 * standard input. The glossary, when it loads, has the last word on readings.
 */
import { existsSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import { loadGlossary } from '../glossary/load.js';
import { glossaryLookup, type NameGlossary } from '../names/glossary-view.js';
import { isJapaneseChar } from '../names/spans.js';
import { transcribe, type Transcription } from '../transcribe/transcribe.js';
import { codePoints, CONTROL_CHARACTER } from '../source/control.js';
import { defaultGlossaryDir } from './glossary-path.js';

/** Where the command reads and writes; the process's streams unless a test gives others. */
export interface TranscribeIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
}


/** Register `transcribe` on the program. `setExit` receives 1 when an input or the glossary fails. */
export function registerTranscribe(program: Command, setExit: (code: number) => void, io: TranscribeIo = process): void {
  program
    .command('transcribe')
    .description('print the reading, romaji and standard Korean of Japanese names (kanji or kana); without TEXT, reads one per line from standard input')
    .argument('[text...]', 'names or terms in kanji or kana')
    .option('--json', 'one JSON object per line: {"input","reading","romaji","hangul"}')
    .option('--glossary <dir>', 'glossary folder used as the reading lookup (default: the one kaikyo ships)')
    .option('--no-glossary', "the tokenizer's readings only, without a glossary")
    .action(async (texts: string[], options: { json?: boolean; glossary?: string | false }) => {
      const glossary = options.glossary === false ? undefined : await openGlossary(options.glossary, io.stderr);
      if (glossary === 'failed') {
        setExit(1);
        return;
      }
      const inputs = texts.length > 0 ? texts : await readLines(io.stdin);
      const lookup = glossary ? glossaryLookup(glossary) : undefined;
      // Each input on its own: a bad one is reported (shown escaped) and the next is still read.
      for (const input of inputs) {
        // Never part of a name, and kuromoji fails on a NUL.
        const control = CONTROL_CHARACTER.exec(input);
        if (control) {
          io.stderr.write(`kaikyo transcribe: ${JSON.stringify(input)} has a control character (${codePoints(control[0])})\n`);
          setExit(1);
          continue;
        }
        if (![...input].some(isJapaneseChar)) {
          io.stderr.write(`kaikyo transcribe: ${JSON.stringify(input)} has no kanji or kana\n`);
          setExit(1);
          continue;
        }
        try {
          const result = await transcribe(input, lookup ? { lookup } : {});
          io.stdout.write(options.json ? jsonLine(result) : textLine(result));
        } catch (error) {
          io.stderr.write(`kaikyo transcribe: ${JSON.stringify(input)}: ${(error as Error).message}\n`);
          setExit(1);
        }
      }
    });
}

/**
 * The glossary from `dir`, or the shipped one when no folder was named and it exists. A folder
 * that was named but does not load is an error; a default folder that does not load is a warning.
 */
async function openGlossary(dir: string | undefined, stderr: Writable): Promise<NameGlossary | undefined | 'failed'> {
  const chosen = dir ?? defaultGlossaryDir();
  if (dir === undefined && !existsSync(chosen)) return undefined;
  try {
    return await loadGlossary(chosen);
  } catch (error) {
    stderr.write(`kaikyo transcribe: ${dir === undefined ? 'warning: ' : ''}glossary ${chosen}: ${(error as Error).message}\n`);
    return dir === undefined ? undefined : 'failed';
  }
}

/** The non-empty lines of a stream, trimmed. */
export async function readLines(stream: Readable): Promise<string[]> {
  let text = '';
  stream.setEncoding?.('utf8');
  for await (const chunk of stream) text += String(chunk);
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Plain output: input, reading, romaji and Korean, tab-separated. */
export function textLine(result: Transcription): string {
  return `${[result.input, result.reading, result.romaji, result.hangul].join('\t')}\n`;
}

/** JSON output: one object per line. */
export function jsonLine(result: Transcription): string {
  return `${JSON.stringify({ input: result.input, reading: result.reading, romaji: result.romaji, hangul: result.hangul })}\n`;
}
