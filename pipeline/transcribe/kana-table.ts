/**
 * One row per mora: its modified-Hepburn spelling and its Korean spelling under the
 * 외래어 표기법 (제3장 제6절 일본어의 표기).
 *
 * Why a TypeScript table and not a TSV: it is the orthography itself, fixed by the standard,
 * and both transcribers read it as a typed constant. The reference file
 * (shared/reference/ja-ko-transcription.md §1) is what the tests check it against.
 */

/** Romaji and Hangul for one mora. */
export interface KanaRow {
  /** Modified Hepburn, lower case, without long marks. */
  readonly romaji: string;
  /** Hangul syllable as the first mora of a word. */
  readonly initial: string;
  /** Hangul syllable anywhere else; equal to `initial` for most rows. */
  readonly medial: string;
  /** Whether the row is outside the standard's table (extended katakana: common practice). */
  readonly extended?: true;
}

// Compact source: "kana romaji hangul" or "kana romaji initial/medial". Only the カ, タ, キャ
// and チャ rows change with position (the standard's word-initial unaspirated rule).
const STANDARD = `
ア a 아|イ i 이|ウ u 우|エ e 에|オ o 오
カ ka 가/카|キ ki 기/키|ク ku 구/쿠|ケ ke 게/케|コ ko 고/코
サ sa 사|シ shi 시|ス su 스|セ se 세|ソ so 소
タ ta 다/타|チ chi 지/치|ツ tsu 쓰|テ te 데/테|ト to 도/토
ナ na 나|ニ ni 니|ヌ nu 누|ネ ne 네|ノ no 노
ハ ha 하|ヒ hi 히|フ fu 후|ヘ he 헤|ホ ho 호
マ ma 마|ミ mi 미|ム mu 무|メ me 메|モ mo 모
ヤ ya 야|ユ yu 유|ヨ yo 요
ラ ra 라|リ ri 리|ル ru 루|レ re 레|ロ ro 로
ワ wa 와|ヰ i 이|ヱ e 에|ヲ o 오
ガ ga 가|ギ gi 기|グ gu 구|ゲ ge 게|ゴ go 고
ザ za 자|ジ ji 지|ズ zu 즈|ゼ ze 제|ゾ zo 조
ダ da 다|ヂ ji 지|ヅ zu 즈|デ de 데|ド do 도
バ ba 바|ビ bi 비|ブ bu 부|ベ be 베|ボ bo 보
パ pa 파|ピ pi 피|プ pu 푸|ペ pe 페|ポ po 포
キャ kya 갸/캬|キュ kyu 규/큐|キョ kyo 교/쿄
ギャ gya 갸|ギュ gyu 규|ギョ gyo 교
シャ sha 샤|シュ shu 슈|ショ sho 쇼
ジャ ja 자|ジュ ju 주|ジョ jo 조
ヂャ ja 자|ヂュ ju 주|ヂョ jo 조
チャ cha 자/차|チュ chu 주/추|チョ cho 조/초
ニャ nya 냐|ニュ nyu 뉴|ニョ nyo 뇨
ヒャ hya 햐|ヒュ hyu 휴|ヒョ hyo 효
ビャ bya 뱌|ビュ byu 뷰|ビョ byo 뵤
ピャ pya 퍄|ピュ pyu 퓨|ピョ pyo 표
ミャ mya 먀|ミュ myu 뮤|ミョ myo 묘
リャ rya 랴|リュ ryu 류|リョ ryo 료
`;

// Outside the standard's Japanese table; the reference notes common practice (ティ 티, ファ 파,
// ヴ ㅂ). Kept apart so a checker can say "not covered by the standard". ヴ with no small vowel
// after it is the consonant ㅂ alone, written 브 as the reference implementation (hangulize's
// Japanese spec) writes it (네게브, 모루지브): 부 would invent a vowel that ヴ only borrows.
const EXTENDED = `
ヴ vu 브|ヴァ va 바|ヴィ vi 비|ヴェ ve 베|ヴォ vo 보
ファ fa 파|フィ fi 피|フェ fe 페|フォ fo 포|フュ fyu 퓨
ティ ti 티|ディ di 디|トゥ tu 투|ドゥ du 두|テュ tyu 튜|デュ dyu 듀
シェ she 셰|ジェ je 제|チェ che 체|イェ ye 예
ウィ wi 위|ウェ we 웨|ウォ wo 워
ツァ tsa 차|ツィ tsi 치|ツェ tse 체|ツォ tso 초
クァ kwa 콰|グァ gwa 과
`;

function parseTable(source: string, extended: boolean): Array<[string, KanaRow]> {
  return source
    .split(/[|\n]/)
    .map((cell) => cell.trim())
    .filter((cell) => cell.length > 0)
    .map((cell) => {
      const [kana, romaji, hangul] = cell.split(' ');
      const [initial, medial = initial] = hangul.split('/');
      const row: KanaRow = extended ? { romaji, initial, medial, extended: true } : { romaji, initial, medial };
      return [kana, row];
    });
}

/** Every mora the transcribers know, keyed by its katakana (one or two characters). */
export const KANA_TABLE: ReadonlyMap<string, KanaRow> = new Map([
  ...parseTable(STANDARD, false),
  ...parseTable(EXTENDED, true),
]);

/** Small kana that stand alone (no mora to combine with) read as their full-size forms. */
export const SMALL_TO_FULL: ReadonlyMap<string, string> = new Map([
  ['ァ', 'ア'],
  ['ィ', 'イ'],
  ['ゥ', 'ウ'],
  ['ェ', 'エ'],
  ['ォ', 'オ'],
  ['ャ', 'ヤ'],
  ['ュ', 'ユ'],
  ['ョ', 'ヨ'],
  ['ヮ', 'ワ'],
  ['ヵ', 'カ'],
  ['ヶ', 'ケ'],
]);

/** The vowel a mora ends in ('a' | 'i' | 'u' | 'e' | 'o'), from its romaji. */
export function vowelOf(kana: string): string | undefined {
  const row = KANA_TABLE.get(kana);
  return row ? row.romaji.at(-1) : undefined;
}
