import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pruneFolder } from '../../pipeline/data/prune.js';

const folder = mkdtempSync(join(tmpdir(), 'kaikyo-prune-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('pruneFolder', () => {
  it('keeps the newest matching files and leaves the others alone', () => {
    ['a.json', 'b.json', 'c.json', 'd.json', 'keep.txt'].forEach((name, index) => {
      writeFileSync(join(folder, name), name);
      const time = new Date(2026, 0, 1, 0, 0, index);
      utimesSync(join(folder, name), time, time);
    });
    pruneFolder(folder, 2, (name) => name.endsWith('.json'));
    expect(readdirSync(folder).sort()).toEqual(['c.json', 'd.json', 'keep.txt']);
  });

  it('does nothing to a missing folder', () => {
    expect(() => pruneFolder(join(folder, 'missing'), 1, () => true)).not.toThrow();
  });
});
