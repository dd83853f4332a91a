/**
 * Output rows of the MEXT tables (Table 3, Figure 3, Table 4) from the parsed structures: each
 * Table 4 row linked to its numbered cluster of Figure 3 through its target area, the trial
 * regions of the figure's note marked, and every place and organisation linked to the glossary.
 */
import { slice, type MappedText } from '../text/mapped-text.js';
import type { LineIndex } from '../text/positions.js';
import { finding, type Finding, type Place } from './findings.js';
import { collapse, split } from './lines.js';
import type { Linker, LinkedName } from './link.js';
import { looseKey, stripParentheses } from './names.js';
import { parseNumber } from './numbers.js';
import type { AnchoredItem } from './parse-anchored-list.js';
import { splitInstitutions, type SequenceRow } from './parse-cell-sequence.js';
import type { NumberedItem } from './parse-numbered-list.js';
import { lineOfCell, named, placeOfCell, type MextClusterMapRow, type MextClusterRow, type MextCriteriaRow, type Named } from './rows.js';
import type { CellSequenceSpec } from './spec.js';

const PLACE_KINDS = ['city', 'prefecture', 'area', 'region'] as const;
const GOVERNMENT_KINDS = ['prefecture', 'city', 'region'] as const;
const ORGANISATION_KINDS = ['organisation', 'institute', 'university'] as const;
const INSTITUTION_KINDS = ['university', 'institute', 'organisation'] as const;

/** Table 3 rows. */
export function buildCriteriaRows(items: readonly AnchoredItem[], lines: LineIndex): MextCriteriaRow[] {
  return items.map((item, index) => ({
    number: index + 1,
    item: item.item.text,
    criteria: item.criteria.map((criterion) => criterion.text),
    source: { line: item.line, cells: { item: lineOfCell(lines, item.item), criteria: item.criteria.map((criterion) => lineOfCell(lines, criterion)) } },
  }));
}

/** The place names of an area cell: glosses and the trailing 지역 dropped, "∙" separating places. */
export function areaPlaces(area: MappedText): MappedText[] {
  const text = collapse(area);
  const bare = stripParentheses(text.text).replace(/\s*지역\s*$/u, '');
  return split(slice(text, 0, bare.length), /\s*∙\s*/u);
}

/** The loose key of an area, for matching a Table 4 area with a Figure 3 area. */
export function areaKey(area: string): string {
  return looseKey(stripParentheses(area).replace(/\s*지역\s*$/u, ''));
}

/** Figure 3 rows (without their Table 4 links, which buildClusterRows fills in). */
export function buildClusterMapRows(items: readonly NumberedItem[], linker: Linker, lines: LineIndex, table: string): MextClusterMapRow[] {
  return items.map((item) => ({
    number: item.number,
    cluster: item.name.text,
    areas: item.areas.map((area) => ({
      ko: area.text,
      places: areaPlaces(area).map((place) => named(linker.link(place.text, PLACE_KINDS, { place: placeOfCell(lines, place), table }))),
    })),
    tableRows: [],
    source: { line: item.line, cells: { number: item.line, cluster: lineOfCell(lines, item.name), areas: item.areas.map((area) => lineOfCell(lines, area)) } },
  }));
}

/**
 * Table 4 rows. A row's cluster is the Figure 3 entry one of whose areas has the same loose key
 * as the row's area, or one is the start of the other (오사카 and 오사카북부); failing that, the
 * entry named like the wide-area label printed over the row. A row whose area starts with a
 * trial region of the figure's note is a trial and has no cluster.
 */
export function buildClusterRows(
  rows: readonly SequenceRow[],
  clusters: MextClusterMapRow[],
  trials: readonly MappedText[],
  spec: Pick<CellSequenceSpec, 'themes' | 'institutions' | 'government'>,
  linker: Linker,
  lines: LineIndex,
  table: string,
): { rows: MextClusterRow[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const trialKeys = trials.map((trial) => ({ key: areaKey(trial.text), text: trial.text, used: false }));
  const out = rows.map((row) => {
    const cell = (id: string) => row.cells.get(id) ?? { text: '', offsets: new Int32Array(0) };
    const placeOf = (text: MappedText): Place | undefined => placeOfCell(lines, text);
    const government = collapse(row.start);
    const area = cell('area');
    const key = areaKey(area.text);
    const trial = trialKeys.find((candidate) => candidate.key.length > 0 && key.startsWith(candidate.key));
    if (trial) trial.used = true;
    const cluster = trial ? undefined : findCluster(key, row.group?.text, clusters);
    const organization = cell('organization');
    const institutions = splitInstitutions(cell('institutions'), spec.institutions);
    return {
      number: row.index + 1,
      government: {
        ko: government.text,
        places: split(government, spec.government.separator).map((part) => named(linker.link(part.text, GOVERNMENT_KINDS, { place: placeOf(part), table }))),
      },
      initiative: cell('initiative').text,
      area: { ko: area.text, places: areaPlaces(area).map((part) => named(linker.link(part.text, PLACE_KINDS, { place: placeOf(part), table }))) },
      field: cell('field').text,
      themes: readThemes(cell('theme').text, spec.themes),
      coreOrganization: named(linker.link(organization.text, ORGANISATION_KINDS, { place: placeOf(organization), table })),
      institutions: institutions.map((institution) => named(linkInstitution(linker, institution.text, placeOf(institution), table))),
      cluster: cluster ? { number: cluster.number, ko: cluster.cluster } : null,
      trial: Boolean(trial),
      group: row.group ? row.group.text : null,
      source: {
        line: row.line,
        cells: {
          government: lineOfCell(lines, row.start),
          initiative: lineOfCell(lines, cell('initiative')),
          area: lineOfCell(lines, area),
          field: lineOfCell(lines, cell('field')),
          themes: lineOfCell(lines, cell('theme')),
          coreOrganization: lineOfCell(lines, organization),
          institutions: institutions.map((institution) => lineOfCell(lines, institution)),
        },
      },
    } satisfies MextClusterRow;
  });

  for (const row of out) {
    if (row.cluster) clusters.find((entry) => entry.number === row.cluster!.number)?.tableRows.push(row.number);
    if (!row.trial && !row.cluster) {
      findings.push(
        finding('table-cluster-unlinked', `"${row.initiative}" (${row.area.ko}) is not a trial region and matches no numbered cluster of the figure`, {
          place: { line: row.source.cells.area as number, column: 1 },
          table,
          actual: row.area.ko,
          args: { row: row.number, area: row.area.ko },
        }),
      );
    }
  }
  for (const entry of clusters) {
    if (entry.tableRows.length === 0) {
      findings.push(
        finding('table-cluster-unlinked', `cluster ${entry.number} (${entry.cluster}) of the figure has no row in the table`, {
          place: { line: entry.source.line, column: 1 },
          table,
          actual: entry.cluster,
          args: { cluster: entry.number, name: entry.cluster },
        }),
      );
    }
  }
  for (const trial of trialKeys) {
    if (!trial.used) {
      findings.push(finding('table-cluster-unlinked', `the trial region "${trial.text}" of the figure's note has no row in the table`, { table, actual: trial.text, args: { trial: trial.text } }));
    }
  }
  return { rows: out, findings };
}

function findCluster(key: string, group: string | undefined, clusters: readonly MextClusterMapRow[]): MextClusterMapRow | undefined {
  if (key.length >= 2) {
    const exact = clusters.find((entry) => entry.areas.some((area) => areaKey(area.ko) === key));
    if (exact) return exact;
    const prefix = clusters.filter((entry) =>
      entry.areas.some((area) => {
        const other = areaKey(area.ko);
        return other.length >= 2 && (key.startsWith(other) || other.startsWith(key));
      }),
    );
    if (prefix.length === 1) return prefix[0];
  }
  if (group) return clusters.find((entry) => looseKey(entry.cluster) === looseKey(group));
  return undefined;
}

/** The first theme and the number of themes: "… 외 3개" is four themes, "… 3개 연구" three. */
export function readThemes(text: string, patterns: CellSequenceSpec['themes']): MextClusterRow['themes'] {
  const more = patterns.more.exec(text);
  if (more?.groups) {
    const extra = parseNumber(more.groups.n) ?? 0;
    return { first: more.groups.first.trim(), count: extra + 1, more: extra };
  }
  const total = patterns.total.exec(text);
  if (total?.groups) return { first: text.trim(), count: parseNumber(total.groups.n) ?? 1, more: null };
  return { first: text.trim(), count: text.trim() ? 1 : 0, more: null };
}

/**
 * An institution as printed may name a department ("규슈대학 약학부"): it is linked by its full
 * name, else its first word, else its name up to 대학; only a name none of these finds is reported.
 */
function linkInstitution(linker: Linker, text: string, place: Place | undefined, table: string): LinkedName {
  const tries = [text, text.split(/\s+/u)[0], /^.+?대학/u.exec(text)?.[0]].filter((form): form is string => Boolean(form));
  for (const form of [...new Set(tries)]) {
    const linked = linker.link(form, INSTITUTION_KINDS, { place, table, report: false });
    if (linked.link) return { text, link: linked.link };
  }
  return linker.link(text, INSTITUTION_KINDS, { place, table });
}

export type { Named };
