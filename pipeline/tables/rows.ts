/**
 * The shapes of the output rows (tables/<name>.json), shared by the builders, the renderers and
 * the JSON Schemas in schemas/tables/. Every row carries `source`: the 1-based source line of
 * the row and of each of its cells.
 */
import type { MappedText } from '../text/mapped-text.js';
import type { LineIndex } from '../text/positions.js';
import type { Place } from './findings.js';
import { firstOffset } from './lines.js';
import type { LinkedName } from './link.js';

/** Where a row and its cells are printed (1-based lines). */
export interface RowSource {
  readonly line: number;
  readonly cells: Record<string, number | number[]>;
}

/** A place or organisation as printed, with what the glossary says about it (nulls without an entry). */
export interface Named {
  /** As printed. */
  readonly ko: string;
  /** The paper's Japanese, else the glossary's; null when neither gives it. */
  readonly ja: string | null;
  readonly romaji: string | null;
  /** The glossary's standard Korean form. */
  readonly standardKo: string | null;
  readonly glossaryId: string | null;
  /** How the printed form relates to the glossary entry. */
  readonly status: 'standard' | 'accepted' | 'nonstandard' | null;
}

export interface MetiProjectRow {
  readonly number: number;
  readonly region: Named;
  readonly bureau: Named;
  readonly project: { readonly ko: string; readonly ja: string | null; readonly printed: string; readonly places: Named[] };
  readonly fields: string[];
  readonly firms: number | null;
  readonly firmsApproximate: boolean | null;
  readonly universities: number | null;
  readonly universitiesApproximate: boolean | null;
  readonly source: RowSource;
}

export interface MetiMapRow {
  readonly number: number;
  readonly bureau: string;
  readonly mark: string | null;
  readonly project: string;
  /** The Table 1 row drawn here, by its number, with how closely the names agree (0..1). */
  readonly tableRow: number | null;
  readonly similarity: number | null;
  readonly source: RowSource;
}

export interface MetiCategoryRow {
  readonly id: string;
  readonly name: string;
  readonly budget: BudgetCells;
  readonly source: RowSource;
}

export interface BudgetCells {
  /** 억 엔: FY2003 budget with the FY2002 supplementary budget. */
  readonly amount: number;
  /** 억 엔: the FY2002 supplementary budget included in `amount`. */
  readonly supplementary: number | null;
  /** 억 엔: FY2002 initial budget (the figure in parentheses). */
  readonly initial: number | null;
  /** "(신규)": new in FY2003, so no FY2002 figure. */
  readonly isNew: boolean;
}

export interface MetiMeasureRow {
  readonly number: number;
  readonly category: string | null;
  readonly categoryName: string | null;
  readonly measure: string;
  readonly support: string | null;
  readonly mark: string | null;
  readonly budget: BudgetCells;
  readonly description: string[];
  readonly source: RowSource;
}

export interface MextCriteriaRow {
  readonly number: number;
  readonly item: string;
  readonly criteria: string[];
  readonly source: RowSource;
}

export interface MextClusterMapRow {
  readonly number: number;
  readonly cluster: string;
  readonly areas: Array<{ readonly ko: string; readonly places: Named[] }>;
  /** Numbers of the Table 4 rows in this cluster. */
  readonly tableRows: number[];
  readonly source: RowSource;
}

export interface MextClusterRow {
  readonly number: number;
  readonly government: { readonly ko: string; readonly places: Named[] };
  readonly initiative: string;
  readonly area: { readonly ko: string; readonly places: Named[] };
  readonly field: string;
  readonly themes: { readonly first: string; readonly count: number; readonly more: number | null };
  readonly coreOrganization: Named;
  readonly institutions: Named[];
  readonly cluster: { readonly number: number; readonly ko: string } | null;
  readonly trial: boolean;
  /** The wide-area cluster label printed over this row, if any. */
  readonly group: string | null;
  readonly source: RowSource;
}

/** A Named from a link; `ja` is the paper's Japanese when it gives one. */
export function named(linked: LinkedName, ja?: string): Named {
  const link = linked.link;
  return {
    ko: linked.text,
    ja: ja ?? link?.ja ?? null,
    romaji: link?.romaji ?? null,
    standardKo: link?.ko ?? null,
    glossaryId: link?.id ?? null,
    status: link?.status ?? null,
  };
}

/** 1-based source line of a cell (0 when the cell is empty or wholly inserted). */
export function lineOfCell(lines: LineIndex, cell: MappedText | undefined): number {
  if (!cell) return 0;
  const offset = firstOffset(cell);
  return offset < 0 ? 0 : lines.point(offset).line;
}

/** 1-based place of a cell's first character. */
export function placeOfCell(lines: LineIndex, cell: MappedText | undefined): Place | undefined {
  if (!cell) return undefined;
  const offset = firstOffset(cell);
  if (offset < 0) return undefined;
  const point = lines.point(offset);
  return { line: point.line, column: point.column };
}
