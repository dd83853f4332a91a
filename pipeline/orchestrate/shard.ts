/**
 * Shards: `kaikyo build --shard K/N` builds the documents whose id falls in shard K of N, so that
 * N machines (a Kubernetes Indexed Job, GNU parallel over SSH, any batch system that hands out an
 * index) build a corpus between them without talking to each other. A document's shard is a
 * digest of its id: the same on every machine, whatever the order or the number of files each
 * machine lists, and even in size for any N.
 */
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based: 1 ≤ index ≤ count. */
  readonly index: number;
  readonly count: number;
}

/** Parse "K/N"; throws an Error that says what is wrong. */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) throw new Error(`--shard must be K/N (two whole numbers, e.g. 2/8), not "${text}"`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (!Number.isSafeInteger(count) || count < 1) throw new Error(`--shard ${text}: N must be at least 1`);
  if (!Number.isSafeInteger(index) || index < 1 || index > count) throw new Error(`--shard ${text}: K must be between 1 and N (${count})`);
  return { index, count };
}

/** The shard (1-based) of a document id among `count`: SHA-256 of the id, first 8 bytes, modulo count. */
export function shardOf(id: string, count: number): number {
  const digest = createHash('sha256').update(id, 'utf8').digest();
  return Number(digest.readBigUInt64BE(0) % BigInt(count)) + 1;
}

/** Whether a document id belongs to the shard (always, without one). */
export function inShard(id: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(id, shard.count) === shard.index;
}
