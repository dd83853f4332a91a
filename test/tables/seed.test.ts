// The tables stage over the seed paper: the row counts, the held-out kind of checks (counts,
// links, cluster numbers, trial flags), the findings the issue lists, the schemas, the files.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { loadGlossary } from '../../pipeline/glossary/load.js';
import { extractTables, loadTableSpec, TABLE_RULES, type TableSpec } from '../../pipeline/tables/index.js';
import type { MetiMapRow, MetiProjectRow, MextClusterRow } from '../../pipeline/tables/rows.js';
import { loadDocument } from '../../pipeline/corpus/document.js';
import { applyBlockRepairs } from '../../pipeline/edition/block-repairs.js';
import { stringifyEdition } from '../../pipeline/edition/stringify.js';
import { editionToMdast } from '../../pipeline/edition/to-mdast.js';
import { SEED, seedEdition } from './helpers.js';

type Result = ReturnType<typeof extractTables>;
let spec: TableSpec;
let result: Result;
let bare: Result;
let file: VFile;
let lines: Awaited<ReturnType<typeof seedEdition>>['edition']['lines'];

beforeAll(async () => {
  spec = (await loadTableSpec(SEED))!;
  const { edition, file: source } = await seedEdition();
  lines = edition.lines;
  file = new VFile({ path: source.path, value: source.value });
  result = extractTables(edition, spec, { glossary: await loadGlossary('glossary'), file });
  bare = extractTables(edition, spec, {});
});

const rowsOf = <T>(name: string, from: Result = result): T[] => JSON.parse(from.files.get(`tables/${name}.json`)!).rows as T[];
const fired = (ruleId: string, text?: RegExp) => result.findings.filter((item) => item.ruleId === ruleId && (!text || text.test(item.message)));

describe('meti-projects (Table 1)', () => {
  it('has the 19 projects of the 9 bureaus', () => {
    const rows = rowsOf<MetiProjectRow>('meti-projects');
    expect(rows).toHaveLength(19);
    expect(new Set(rows.map((row) => row.region.ko)).size).toBe(9);
  });

  it('reads the counts and whether they are approximate', () => {
    const rows = rowsOf<MetiProjectRow>('meti-projects');
    const by = (name: string) => rows.find((row) => row.project.ko === name)!;
    expect(by('홋카이도 슈퍼 클러스터 진흥전략')).toMatchObject({ firms: 280, firmsApproximate: true, universities: 15, universitiesApproximate: false, fields: ['바이오', 'IT'] });
    expect(by('지역산업 활성화 프로젝트')).toMatchObject({ firms: 1590, universities: 50 });
    expect(by('수도권 정보벤처 포럼')).toMatchObject({ firms: null, universities: 170, universitiesApproximate: true });
    expect(by('토우카이 모노즈쿠리 창생 프로젝트').project.ja).toBe('東海ものづくり');
  });

  it('links regions and bureaus to the glossary, keeping the paper\'s Japanese', () => {
    const rows = rowsOf<MetiProjectRow>('meti-projects');
    const chubu = rows.find((row) => row.region.ko === '츄부')!;
    expect(chubu.region).toMatchObject({ ja: '中部', romaji: 'Chūbu', standardKo: '주부', status: 'nonstandard' });
    expect(rows.find((row) => row.region.ko === '간토')!.region).toMatchObject({ ja: '關東', romaji: 'Kantō' });
    expect(rows.every((row) => row.bureau.glossaryId !== null)).toBe(true);
    expect(rows.every((row) => row.source.line > 0 && Object.values(row.source.cells).every((line) => typeof line === 'number' && line > 0))).toBe(true);
  });
});

describe('meti-map (Figure 2)', () => {
  it('links each label to a Table 1 row, except the fourth Kanto label', () => {
    const rows = rowsOf<MetiMapRow>('meti-map');
    expect(rows).toHaveLength(20);
    expect(rows.filter((row) => row.tableRow === null).map((row) => row.project)).toEqual(['수도권 정보벤처 육성']);
  });
});

describe('mext-clusters (Table 4)', () => {
  it('has 18 initiatives, three of them trials without a cluster', () => {
    const rows = rowsOf<MextClusterRow>('mext-clusters');
    expect(rows).toHaveLength(18);
    const trials = rows.filter((row) => row.trial);
    expect(trials.map((row) => row.area.ko)).toEqual(['카네자와 지역(이시카 와 사이언스 파크)', '기후∙오가키 지역', '우베 지역']);
    expect(trials.every((row) => row.cluster === null)).toBe(true);
    expect(rows.filter((row) => !row.trial).every((row) => row.cluster !== null)).toBe(true);
    expect(new Set(rows.map((row) => row.cluster?.number).filter(Boolean)).size).toBe(13);
  });

  it('links rows to their numbered clusters of Figure 3', () => {
    const rows = rowsOf<MextClusterRow>('mext-clusters');
    const cluster = (area: string) => rows.find((row) => row.area.ko.startsWith(area))!.cluster?.number;
    expect(cluster('삿포로')).toBe(6);
    expect(cluster('센다이')).toBe(13);
    expect(cluster('토야마∙타카오카')).toBe(12);
    expect(cluster('오사카북부')).toBe(3);
    expect(cluster('고베')).toBe(3);
    expect(cluster('도쿠시마')).toBe(8);
    expect(cluster('키타규슈')).toBe(1);
  });

  it('reads themes, organisations and institutions', () => {
    const rows = rowsOf<MextClusterRow>('mext-clusters');
    const sapporo = rows[0];
    expect(sapporo.government.ko).toBe('홋카이도');
    expect(sapporo.themes).toEqual({ first: '차세대시스템개발 환경의 구축과 모델기기개발에 의한 기능평가', count: 4, more: 3 });
    expect(sapporo.coreOrganization.ko).toBe('(재)홋카이도 과학기술종합센터 (노스테크재단)');
    expect(sapporo.institutions.map((institution) => institution.glossaryId)).toEqual(['univ-hokkaido']);
    const hamamatsu = rows.find((row) => row.area.ko === '하마마츠 지역')!;
    expect(hamamatsu.themes).toEqual({ first: '기능집적 이미징 디바이스 개발', count: 1, more: null });
    const kansai = rows.find((row) => row.government.ko === '교토부, 오사카부, 나라현')!;
    expect(kansai.government.places.map((place) => place.glossaryId)).toEqual(['pref-kyoto', 'pref-osaka', 'pref-nara']);
    expect(kansai.institutions).toHaveLength(4);
  });
});

describe('the other tables', () => {
  it('reads the four evaluation items with their criteria', () => {
    const rows = rowsOf<{ item: string; criteria: string[] }>('mext-criteria');
    expect(rows.map((row) => [row.item, row.criteria.length])).toEqual([
      ['기술씨앗의 존재', 2],
      ['산업적 기초 및 특정영역의 관련기업 존재', 2],
      ['사업추진 체제', 2],
      ['지역의 노력', 3],
    ]);
  });

  it('reads the 20 measures in three categories and the category totals', () => {
    const table = JSON.parse(result.files.get('tables/meti-measures.json')!);
    expect(table.rows).toHaveLength(20);
    expect(table.rows.every((row: { category: string | null }) => row.category !== null)).toBe(true);
    expect(table.categories.map((category: { id: string; budget: { amount: number; initial: number } }) => [category.id, category.budget.amount, category.budget.initial])).toEqual([
      ['technology', 312, 229],
      ['incubators', 125, 77],
      ['networks', 39, 47],
    ]);
  });

  it('states each programme\'s ministry, start and budgets by year', () => {
    const { programmes } = JSON.parse(result.files.get('programmes.json')!);
    expect(programmes.map((programme: { ministry: { glossaryId: string }; start: { value: unknown }; budgets: Array<{ year: number; value: number }> }) => [programme.ministry.glossaryId, programme.start.value, programme.budgets.map((budget) => [budget.year, budget.value])])).toEqual([
      ['ministry-meti', { year: 2001, month: 4 }, [[2002, 353], [2003, 476]]],
      ['ministry-mext', { year: 2002, month: 4 }, [[2002, 69], [2004, 90]]],
    ]);
  });
});

describe('findings', () => {
  it('compares the figure with the table', () => {
    expect(fired('table-figure-count', /간토/)).toHaveLength(1);
    expect(fired('table-name-differs').some((item) => item.actual === '고령자' && item.expected === '고령화')).toBe(true);
    expect(fired('table-claim-differs', /projects 19.*meti-map: 20/)).toHaveLength(1);
  });

  it('reports the row with a missing and an out-of-line count', () => {
    expect(fired('table-count-missing').map((item) => item.place?.line)).toEqual([174]);
    expect(fired('table-count-outlier').map((item) => item.place?.line)).toEqual([174]);
  });

  it('checks the counts the text claims', () => {
    const agreed = fired('table-claim-agrees').map((item) => `${item.args.value}=${item.args.claimed}`);
    for (const claim of ['regions=9', 'projects=19', 'firms=5000', 'regions=12', 'clusters=10', 'regions=3', 'regions=15', 'clusters=13', 'regions=18']) expect(agreed).toContain(claim);
    // 200 universities against a column that counts participations (480): the column bounds
    // the number from above (`bound: upper`), so the claim agrees; it is no difference.
    expect(fired('table-claim-differs', /universities 200/)).toHaveLength(0);
    expect(agreed).toContain('universities=200');
  });

  it('checks the budget shares the text gives', () => {
    const shares = fired('table-claim-agrees').filter((item) => item.args.value === 'share').map((item) => item.args.claimed);
    expect(shares.sort()).toEqual([13, 22, 26, 65, 66]);
    expect(fired('table-sum-differs').map((item) => item.args.categoryId)).toEqual(['networks']);
  });

  it('puts every finding on the vfile with a registered rule id', () => {
    expect(file.messages.length).toBe(result.findings.length);
    for (const message of file.messages) expect(message.ruleId! in TABLE_RULES).toBe(true);
    expect(fired('table-claim-not-found')).toEqual([]);
    expect(fired('table-content-unparsed')).toEqual([]);
  });

  it('without a glossary, links are null and one finding says why', () => {
    expect(bare.findings.filter((item) => item.ruleId === 'table-glossary-missing')).toHaveLength(1);
    expect(rowsOf<MetiProjectRow>('meti-projects', bare).every((row) => row.region.glossaryId === null && row.region.ja !== null)).toBe(true);
    expect(rowsOf<MextClusterRow>('mext-clusters', bare).map((row) => row.cluster?.number ?? null)).toEqual(rowsOf<MextClusterRow>('mext-clusters').map((row) => row.cluster?.number ?? null));
  });
});

describe('outputs', () => {
  it('validates every JSON output against its schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    const names = [...result.files.keys()].filter((path) => path.endsWith('.json'));
    expect(names.sort()).toEqual(['programmes.json', ...[...spec.tables.keys()].map((name) => `tables/${name}.json`)].sort());
    for (const name of names) {
      const schemaName = name.replace(/^tables\//, '').replace(/\.json$/, '');
      const schema = JSON.parse(readFileSync(`schemas/tables/${schemaName}.schema.json`, 'utf8'));
      const validate = ajv.compile(schema);
      for (const output of [result, bare]) {
        const valid = validate(JSON.parse(output.files.get(name)!));
        expect(valid, `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      }
    }
  });

  it('writes CSV with a BOM and Markdown with a GFM table for every table', () => {
    for (const name of spec.tables.keys()) {
      expect(result.files.get(`tables/${name}.csv`)!.startsWith('\uFEFF')).toBe(true);
      expect(result.files.get(`tables/${name}.md`)).toMatch(/^# .+\n\n\|.+\|\n\| -/);
    }
  });

  it('gives the mdast Table of the blocks the edition shows, with source positions', () => {
    for (const key of ['table-1', 'table-3', 'table-4', 'figure-3']) expect(result.blockTables.has(key), key).toBe(true);
    const table4 = result.blockTables.get('table-4')!;
    // A header, the 18 printed rows and the 2 merged group cells printed between them.
    expect(table4.children).toHaveLength(21);
    expect(table4.children[1].children).toHaveLength(7);
    expect(table4.children[1].children[0].position?.start.line).toBe(628);
    expect(result.blockTables.get('figure-3')!.children).toHaveLength(14);
  });

  // Issue 10 item 5: the merged cells "칸사이 광역 클러스터" and "규슈 광역 클러스터" stand between
  // rows in print and were missing from the GFM table; each is now a row of its own, the label in
  // the first column (as printed, with its source line), just before the first row it spans.
  it("shows Table 4's merged group cells as rows of their own, where the print has them", () => {
    const table4 = result.blockTables.get('table-4')!;
    const text = (row: (typeof table4.children)[number]) => row.children.map((cell) => cell.children.map((child) => ('value' in child ? child.value : '')).join(''));
    const rows = table4.children.map(text);
    const groups = rows.map((cells, index) => ({ cells, index })).filter(({ cells }) => cells[0].includes('광역') && cells.slice(1).every((value) => value === ''));
    expect(groups.map(({ cells }) => cells[0])).toEqual(['칸사이 광역 클러 스터', '규슈 광역 클러 스터']);
    expect(rows[groups[0].index + 1][0]).toBe('오사 카부');
    expect(rows[groups[1].index + 1][0]).toBe('후쿠 오카현');
    expect(table4.children[groups[0].index].children[0].position?.start.line).toBe(782);
    expect(result.files.get('tables/mext-clusters.md')).toMatch(/^\| 칸사이 광역 클러 스터 \| \| \| \| \| \| \|$/m);
  });

  // Issue 10 item 5: the tables stage read "연구개발 위탁)" as the qualifier "(위탁)", but the
  // edition's printed lines of Table 2 still lacked the "(". The repair comes back to the edition
  // as an insertion before "위탁", with an apparatus entry, so both show the same decision.
  it("shows the \"(\" the tables stage restored in Table 2's printed lines, with an apparatus entry", async () => {
    expect(result.repairs.map((repair) => [repair.insert, lines.point(repair.offset).line])).toEqual([['(', 332]]);
    const { edition } = await seedEdition();
    const shown = applyBlockRepairs(edition, result.repairs.map((repair) => ({ ...repair, rule: 'table-cell-repaired' })));
    const markdown = stringifyEdition(editionToMdast(shown, (await loadDocument(SEED, 'corpus')).meta, { blockTables: result.blockTables }));
    expect(markdown).toContain('지역에 있어서 산학관 컨소시엄에 의한 연구개발 (위탁)\n');
    expect(markdown).not.toContain('연구개발 위탁)');
    expect(shown.apparatus.filter((entry) => entry.rule === 'table-cell-repaired').map((entry) => [entry.source.line, entry.source.column, entry.original, entry.result])).toEqual([[332, 27, '', '(']]);
    // Nothing else moved: the same entries plus one.
    expect(shown.apparatus).toHaveLength(edition.apparatus.length + 1);
  });

  it('is deterministic', async () => {
    const { edition } = await seedEdition();
    const again = extractTables(edition, spec, { glossary: await loadGlossary('glossary') });
    expect([...again.files]).toEqual([...result.files]);
  });
});
