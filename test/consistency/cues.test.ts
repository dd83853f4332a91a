/** The scanner's shipped cue data passes its schema (checked here, not at every start), and bad data is refused. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultScanCues, parseScanCues } from '../../pipeline/consistency/cues.js';

describe('scan cues', () => {
  it('ships cues.json that passes its schema', () => {
    const shipped = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'pipeline', 'consistency', 'cues.json'), 'utf8'));
    expect(parseScanCues(shipped)).toEqual(defaultScanCues());
    expect(defaultScanCues().suffixes.length).toBeGreaterThan(0);
  });

  it('refuses a list with a non-string or a duplicate, naming the file', () => {
    expect(() => parseScanCues({ followers: [1], suffixes: [] }, 'bad.json')).toThrow(/bad\.json/);
    expect(() => parseScanCues({ followers: ['현', '현'], suffixes: [] }, 'bad.json')).toThrow(/bad\.json/);
    expect(() => parseScanCues({ followers: [] }, 'bad.json')).toThrow(/bad\.json/);
  });
});
