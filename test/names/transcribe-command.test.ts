/**
 * `kaikyo transcribe`: arguments or standard input, plain or JSON lines, the glossary as lookup
 * (glossary/ by default, --glossary to name another), and exit code 1 for input that is not
 * Japanese or a named glossary that does not load.
 */
import { PassThrough } from 'node:stream';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerTranscribe } from '../../pipeline/cli/transcribe-command.js';
import { ROOT } from '../helpers/seed.js';
import { join } from 'node:path';

async function run(args: string[], stdin = ''): Promise<{ out: string; err: string; code: number }> {
  const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough() };
  let out = '';
  let err = '';
  io.stdout.on('data', (chunk) => (out += String(chunk)));
  io.stderr.on('data', (chunk) => (err += String(chunk)));
  io.stdin.end(stdin);
  let code = 0;
  const program = new Command().exitOverride();
  registerTranscribe(program, (value) => (code = Math.max(code, value)), io);
  await program.parseAsync(['node', 'kaikyo', 'transcribe', ...args]);
  return { out, err, code };
}

const GLOSSARY = join(ROOT, 'glossary');

describe('kaikyo transcribe', () => {
  it('prints reading, romaji and Korean for kanji and kana arguments', async () => {
    const { out, code } = await run(['--glossary', GLOSSARY, '北海道', 'とうきょう']);
    expect(code).toBe(0);
    expect(out).toBe('北海道\tホッカイドウ\tHokkaidō\t홋카이도\nとうきょう\tトウキョウ\tTōkyō\t도쿄\n');
  });

  it('reads one name per line from standard input, skipping blank lines, as JSON lines', async () => {
    const { out } = await run(['--json', '--glossary', GLOSSARY], '山崎朗\n\n  廣島  \n');
    expect(out.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual([
      { input: '山崎朗', reading: 'ヤマサキ アキラ', romaji: 'Yamasaki Akira', hangul: '야마사키 아키라' },
      { input: '廣島', reading: 'ヒロシマ', romaji: 'Hiroshima', hangul: '히로시마' },
    ]);
  });

  it('uses the glossary for what the tokenizer misreads (加藤和暢), and the tokenizer without it', async () => {
    expect((await run(['--glossary', GLOSSARY, '加藤和暢'])).out).toContain('Katō Kazunobu');
    // --no-glossary: the tokenizer's candidate, split 加藤 / 和 / 暢.
    expect((await run(['--no-glossary', '加藤和暢'])).out).not.toContain('Kazunobu');
  });

  it('uses the glossary kaikyo ships by default, from any working directory', async () => {
    const cwd = process.cwd();
    process.chdir(join(ROOT, 'test'));
    try {
      expect((await run(['加藤和暢'])).out).toContain('Katō Kazunobu');
    } finally {
      process.chdir(cwd);
    }
  });

  it('fails an input without kanji or kana, and a named glossary that does not load', async () => {
    const hangul = await run(['--glossary', GLOSSARY, '서울', '京都']);
    expect(hangul.code).toBe(1);
    expect(hangul.err).toContain('서울');
    expect(hangul.out).toContain('Kyōto');
    const missing = await run(['--glossary', join(ROOT, 'no-such-folder'), '京都']);
    expect(missing.code).toBe(1);
    expect(missing.out).toBe('');
  });
});
