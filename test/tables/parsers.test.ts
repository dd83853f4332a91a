// Each parser on a few lines shaped like the seed's blocks, with the seed's own cues, so the
// cases show what the general code does with wrapped and merged lines.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAnchoredList, splitCriteria } from '../../pipeline/tables/parse-anchored-list.js';
import { parseBudgetTree } from '../../pipeline/tables/parse-budget-tree.js';
import { parseCellSequence, segment, splitInstitutions } from '../../pipeline/tables/parse-cell-sequence.js';
import { parseFigureGroups } from '../../pipeline/tables/parse-figure-groups.js';
import { parseGroupedList } from '../../pipeline/tables/parse-grouped-list.js';
import { parseNumberedList, trialRegions } from '../../pipeline/tables/parse-numbered-list.js';
import { loadTableSpecFile, type TableDescription, type TableSpec } from '../../pipeline/tables/spec.js';
import { inserted } from '../../pipeline/text/mapped-text.js';
import { blockLines, SEED } from './helpers.js';

let spec: TableSpec;
beforeAll(async () => {
  spec = (await loadTableSpecFile(SEED))!;
});
function table<K extends TableDescription['parser']>(id: string, parser: K): Extract<TableDescription, { parser: K }> {
  const found = spec.tables.get(id)!;
  expect(found.parser).toBe(parser);
  return found as Extract<TableDescription, { parser: K }>;
}

describe('parseGroupedList', () => {
  it('reads several items from one line and items cut across lines, each under its heading', () => {
    // Why: Table 1 puts a bureau heading, its items and the next heading on one flattened line.
    const { lines, index } = blockLines(
      '홋카이도(北海道) 경제산업국 홋카이도 슈퍼 클러스터 진흥전략(바이오 및 IT분야, 약 280개사, 15개 대학) 도호쿠(東北) 경제산업국 고령화사회대응 산업진흥 프로젝트(건강복지분야, 약 180개사, 19개 대학)',
      '오키나와(沖繩) 종합사무국',
      '경제산업부',
      'OKINAWA형 산업진흥 프로젝트',
      '(정보, 건강, 환경 및 가공교역분야, 약 110개사, 1개 대학)',
    );
    const { items, findings } = parseGroupedList(lines, table('meti-projects', 'grouped-list'), index);
    expect(findings).toEqual([]);
    expect(items.map((item) => [item.region.text, item.regionJa?.text, item.bureau.text, item.nameKo.text])).toEqual([
      ['홋카이도', '北海道', '경제산업국', '홋카이도 슈퍼 클러스터 진흥전략'],
      ['도호쿠', '東北', '경제산업국', '고령화사회대응 산업진흥 프로젝트'],
      ['오키나와', '沖繩', '종합사무국 경제산업부', 'OKINAWA형 산업진흥 프로젝트'],
    ]);
    expect(items[0].fields.map((field) => field.text)).toEqual(['바이오', 'IT']);
    expect([items[0].firms?.value, items[0].firms?.approximate, items[0].universities?.value, items[0].universities?.approximate]).toEqual([280, true, 15, false]);
    expect(items[2].fields.map((field) => field.text)).toEqual(['정보', '건강', '환경', '가공교역']);
    // Every cell keeps its source line.
    expect(index.point(items[2].details.offsets[0]).line).toBe(9);
  });

  it('separates a Japanese gloss from the name and leaves a missing count undefined', () => {
    // Why: "(東海ものづくり)" is part of the name's Japanese, not the details; "약 170개 대학" has no firm count.
    const { lines, index } = blockLines(
      '츄부(中部) 경제산업국',
      '토우카이 모노즈쿠리(東海ものづくり) 창생 프로젝트(생산분야, 약 480개사, 28개 대학) 수도권 정보벤처 포럼(IT분야, 약 170개 대학)',
    );
    const { items } = parseGroupedList(lines, table('meti-projects', 'grouped-list'), index);
    expect(items[0].nameKo.text).toBe('토우카이 모노즈쿠리 창생 프로젝트');
    expect(items[0].nameJa?.text).toBe('東海ものづくり');
    expect(items[1].firms).toBeUndefined();
    expect([items[1].universities?.value, items[1].universities?.approximate]).toEqual([170, true]);
  });
});

describe('parseFigureGroups', () => {
  it('reads labels with numbered items and labels with their only item after " - "', () => {
    const { lines, index } = blockLines('간토 경제산업국', '① 지역산업 활성화 프로젝트', '② 바이오벤처 육성', '시코쿠 경제산업국 - 시코쿠 테크노브릿지 계획');
    const { items, findings } = parseFigureGroups(lines, table('meti-map', 'figure-groups'), index);
    expect(findings).toEqual([]);
    expect(items.map((item) => [item.group.text, item.mark ?? null, item.name.text, item.line])).toEqual([
      ['간토 경제산업국', '①', '지역산업 활성화 프로젝트', 3],
      ['간토 경제산업국', '②', '바이오벤처 육성', 5],
      ['시코쿠 경제산업국', null, '시코쿠 테크노브릿지 계획', 7],
    ]);
  });
});

describe('parseBudgetTree', () => {
  it('finds each measure by its budget, with its name on the same line or the line before', () => {
    // Why: Table 2 prints "name - budget" on one line, or the name alone and "- budget" below.
    const { lines, index } = blockLines(
      '지역특성을 활용한 기술개발 312억 엔 / 보정 38억 엔(229억 엔)',
      '지역에 있어서 산학관 컨소시엄에 의한 연구개발 위탁)',
      '- 116.1억 엔 / 보정 15억 엔(87.7억 엔) - 대학 등의 지식기술을 활용한 산학관 컨소시엄에',
      '의해 연구개발 실시',
      '포커스 21(1/2 보조) - 7.5억 엔(신규)',
      '- 지역에 있어서 대규모의 산학관 공동연구를 지원',
    );
    const { totals, measures, findings } = parseBudgetTree(lines, table('meti-measures', 'budget-tree'), index);
    expect(totals.map((total) => [total.category.id, total.budget.amount, total.budget.supplementary, total.budget.initial])).toEqual([['technology', 312, 38, 229]]);
    expect(measures.map((measure) => [measure.name.text, measure.support?.text, measure.category?.id, measure.budget.amount, measure.budget.supplementary ?? null, measure.budget.initial ?? null, measure.budget.isNew])).toEqual([
      ['지역에 있어서 산학관 컨소시엄에 의한 연구개발', '위탁', 'technology', 116.1, 15, 87.7, false],
      ['포커스 21', '1/2 보조', 'technology', 7.5, null, null, true],
    ]);
    expect(measures[0].description.map((piece) => piece.text)).toEqual(['대학 등의 지식기술을 활용한 산학관 컨소시엄에 의해 연구개발 실시']);
    // The lost "(" of "(위탁)" is repaired and reported; the other categories have no total here.
    expect(findings.map((item) => item.ruleId).sort()).toEqual(['table-cell-repaired', 'table-content-unparsed', 'table-content-unparsed']);
  });
});

describe('parseAnchoredList', () => {
  it('starts an item at its anchor, also when the first criterion follows on the same line', () => {
    const { lines, index } = blockLines('기술씨앗의 존재', '특정영역에 있어서 연구성과, 연구인재 등 지역의 연구개발 잠재력', '사업추진 체제 사업의 실시주체가 되는 중핵적 지원기관의 사무능력과 산학관 연계사업 실적 등 중핵적 지원기관의 조직과 인원, 지적 클러스터 본부의 인원배치 등');
    const { items } = parseAnchoredList(lines, { anchors: ['기술씨앗의 존재', '사업추진 체제'], split: { after: '등', minLength: 20 } }, index);
    expect(items.map((item) => [item.item.text, item.criteria.map((criterion) => criterion.text)])).toEqual([
      ['기술씨앗의 존재', ['특정영역에 있어서 연구성과, 연구인재 등 지역의 연구개발 잠재력']],
      ['사업추진 체제', ['사업의 실시주체가 되는 중핵적 지원기관의 사무능력과 산학관 연계사업 실적 등', '중핵적 지원기관의 조직과 인원, 지적 클러스터 본부의 인원배치 등']],
    ]);
  });

  it('does not split after 등 when a half is too short to be a criterion', () => {
    expect(splitCriteria(inserted('연구성과, 연구인재 등 지역의 잠재력'), { after: '등', minLength: 20 }).map((part) => part.text)).toEqual(['연구성과, 연구인재 등 지역의 잠재력']);
  });
});

describe('parseNumberedList', () => {
  it('joins an entry cut after "∙" without a space and splits its areas', () => {
    const { lines, index } = blockLines('1', '규슈광역클러스터', '- 키타규슈학술연구 도시지역 - 후쿠오카지역', '12', '토야마∙', '타카오카클러스터 - 토야마∙타카오카지역');
    const { items } = parseNumberedList(lines, index);
    expect(items.map((item) => [item.number, item.name.text, item.areas.map((area) => area.text)])).toEqual([
      [1, '규슈광역클러스터', ['키타규슈학술연구 도시지역', '후쿠오카지역']],
      [12, '토야마∙타카오카클러스터', ['토야마∙타카오카지역']],
    ]);
  });

  it('reads the trial regions from the note', () => {
    const { lines } = blockLines('주: ◆는 시행지역으로서 왼쪽에서부터 우베, 기후∙오가키, 카네자와 지역임 출처: …');
    const trials = trialRegions([lines[0].text], table('mext-cluster-map', 'numbered-list').trial);
    expect(trials.map((trial) => trial.text)).toEqual(['우베', '기후∙오가키', '카네자와']);
  });
});

describe('parseCellSequence', () => {
  it('divides a row whose cells are cut and merged across lines', () => {
    // Why: the 센다이 row has the end of the initiative, the area and the start of the field on one line,
    // and the field's second word alone on the next.
    const { lines, index } = blockLines(
      '미야기현 및 센다이시',
      '센다이 사이버포레스트',
      '구상 센다이지역 인텔리전트',
      '일렉트로닉스',
      '파장 1.5㎛대 광주파수 고정도 제어기술의 개발 외 5개',
      '(주)인텔리전트 코스모스 연구기구',
      '토호쿠대학',
      '히로시마현 히로시마중앙 바이오클러스터 구상',
      '히로시마 지역',
      '의료 및 의약품 개발을 지원하기 위한 유전자기술 및 세포이용기술',
      '쥐를 매체로 증식시킨 인간 간세포를 이용한 바이오 산업의 창출 외 3개',
      '(재)히로시마 산업진흥기구',
      '히로시마현 산업과학기술 연구소',
    );
    const spec4 = table('mext-clusters', 'cell-sequence');
    const { rows, findings } = parseCellSequence(lines, spec4, index);
    expect(findings).toEqual([]);
    expect(rows.map((row) => [row.start.text, ...row.cells.values()].map((cell) => (typeof cell === 'string' ? cell : cell.text)))).toEqual([
      ['미야기현 및 센다이시', '센다이 사이버포레스트 구상', '센다이지역', '인텔리전트 일렉트로닉스', '파장 1.5㎛대 광주파수 고정도 제어기술의 개발 외 5개', '(주)인텔리전트 코스모스 연구기구', '토호쿠대학'],
      // "히로시마현 산업과학기술 연구소" looks like a row start, but the row has no institutions yet.
      ['히로시마현', '히로시마중앙 바이오클러스터 구상', '히로시마 지역', '의료 및 의약품 개발을 지원하기 위한 유전자기술 및 세포이용기술', '쥐를 매체로 증식시킨 인간 간세포를 이용한 바이오 산업의 창출 외 3개', '(재)히로시마 산업진흥기구', '히로시마현 산업과학기술 연구소'],
    ]);
  });

  it('reports a division it had to guess, and follows a hint', () => {
    // Why: field and theme on one line with nothing between them to say where one ends.
    const { lines } = blockLines('교토 나노테크사업', '창성클러스터 교토 지역 나노테크사업 창성 나노기반기술과 선진 나노프로세싱의 개발 외 4개', '(재)교토고도', '기술연구소 교토대학');
    const spec4 = table('mext-clusters', 'cell-sequence');
    const texts = lines.map((line) => line.text);
    const guessed = segment(texts, { ...spec4, hints: [] })!;
    expect(guessed.ambiguous).toBe(true);
    const hinted = segment(texts, spec4)!;
    expect(hinted.ambiguous).toBe(false);
    expect(hinted.cells.map((cell) => cell.text)).toEqual(['교토 나노테크사업 창성클러스터', '교토 지역', '나노테크사업 창성', '나노기반기술과 선진 나노프로세싱의 개발 외 4개', '(재)교토고도 기술연구소', '교토대학']);
  });

  it('splits institutions at commas and between two institution names left without one', () => {
    const { lines } = blockLines('나라첨단과학기술대학원대학, (재)지구환경산업기술연구기구 도시샤대학, 오사카전기통신대학,');
    const parts = splitInstitutions(lines[0].text, table('mext-clusters', 'cell-sequence').institutions);
    expect(parts.map((part) => part.text)).toEqual(['나라첨단과학기술대학원대학', '(재)지구환경산업기술연구기구', '도시샤대학', '오사카전기통신대학']);
    const single = splitInstitutions(blockLines('홋카이도대학 대학원 공학연구과').lines[0].text, table('mext-clusters', 'cell-sequence').institutions);
    expect(single.map((part) => part.text)).toEqual(['홋카이도대학 대학원 공학연구과']);
  });
});
