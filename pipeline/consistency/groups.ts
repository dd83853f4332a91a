/**
 * Names that are one Japanese name for a reader: entries that share a Japanese form and say so
 * in ambiguousWith (富山 the prefecture and 富山 the city, 北海道 the region and the prefecture).
 * Korean text without kanji cannot tell them apart, and a translator fixes their renderings
 * together, so consistency is judged per group.
 */
import type { GlossaryEntry } from '../glossary/load.js';

/** A group of entries, the representative first. */
export interface NameGroup {
  /** The id of the first entry in glossary order: stable across runs. */
  readonly key: string;
  readonly entries: readonly GlossaryEntry[];
}

/** Group entries by ambiguousWith (transitively); every entry is in exactly one group. */
export function groupEntries(entries: readonly GlossaryEntry[]): Map<string, NameGroup> {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  for (const entry of entries) parent.set(entry.id, entry.id);
  for (const entry of entries) {
    for (const other of entry.ambiguousWith) {
      if (!parent.has(other)) continue;
      const a = find(entry.id);
      const b = find(other);
      if (a !== b) parent.set(b, a);
    }
  }
  const members = new Map<string, GlossaryEntry[]>();
  for (const entry of entries) {
    const root = find(entry.id);
    const list = members.get(root) ?? [];
    list.push(entry);
    members.set(root, list);
  }
  const byEntry = new Map<string, NameGroup>();
  for (const list of members.values()) {
    const group: NameGroup = { key: list[0].id, entries: list };
    for (const entry of list) byEntry.set(entry.id, group);
  }
  return byEntry;
}
