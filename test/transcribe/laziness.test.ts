// kuromoji is replaced by a counting wrapper: this file checks when the dictionary is loaded,
// which the other tests cannot see. Kept in its own file because vi.mock applies file-wide.
import { describe, expect, it, vi } from 'vitest';

const builds = vi.hoisted(() => ({ count: 0, failNext: false }));

vi.mock('kuromoji', async () => {
  const actual = (await vi.importActual<{ default: typeof import('kuromoji') }>('kuromoji')).default;
  return {
    default: {
      ...actual,
      builder(options: { dicPath?: string }) {
        return {
          build(callback: (error: Error | null, tokenizer?: unknown) => void) {
            builds.count++;
            if (builds.failNext) {
              builds.failNext = false;
              callback(new Error('simulated dictionary read failure'));
              return;
            }
            actual.builder(options).build(callback as never);
          },
        };
      },
    },
  };
});

// The dictionary unpacked at install time is loaded without kuromoji's builder: count and fail
// that load the same way, so the test holds whichever of the two loads the tokenizer takes.
vi.mock('../../pipeline/transcribe/dictionary-files.js', async () => {
  const actual = await vi.importActual<typeof import('../../pipeline/transcribe/dictionary-files.js')>('../../pipeline/transcribe/dictionary-files.js');
  return {
    ...actual,
    loadUnpackedTokenizer(folder: string) {
      builds.count++;
      if (builds.failNext) {
        builds.failNext = false;
        return Promise.reject(new Error('simulated dictionary read failure'));
      }
      return actual.loadUnpackedTokenizer(folder);
    },
  };
});

const { transcribe, transcribeKana } = await import('../../pipeline/transcribe/transcribe.js');

describe('kuromoji loading', () => {
  it('is not loaded for kana input, nor by transcribeKana', async () => {
    await transcribe('とうきょう');
    transcribeKana('オオサカ');
    expect(builds.count).toBe(0);
  });

  it('is retried on the next call after a failed load, then loaded only once', async () => {
    builds.failNext = true;
    await expect(transcribe('東京')).rejects.toThrow('simulated dictionary read failure');
    expect((await transcribe('東京')).hangul).toBe('도쿄');
    await transcribe('大阪');
    expect(builds.count).toBe(2); // the failure, then one successful load shared by both calls
  });
});
