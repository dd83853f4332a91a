/**
 * Administrative suffixes that Korean text reads with their Korean hanja sound: 도야마현
 * (富山県), 도쿄도 (東京都), 기타큐슈시 (北九州市), 신주쿠구 (新宿区).
 *
 * 道 is deliberately absent: the only 道 is 北海道, which IPADIC keeps as one word and Korean
 * writes 홋카이도 from its Japanese reading; reading 道 as 도 would give the same syllable by
 * accident and wrongly split the name. 町 and 村 follow the usual Korean practice (하코네정).
 */
export const ADMIN_SUFFIXES: ReadonlyMap<string, string> = new Map([
  ['県', '현'],
  ['都', '도'],
  ['府', '부'],
  ['市', '시'],
  ['区', '구'],
  ['町', '정'],
  ['村', '촌'],
]);

/** IPADIC's tag (first three fields) for a place suffix (県, 市, 区 …) after a place name. */
export const PLACE_SUFFIX_POS = '名詞,接尾,地域,';

/** Korean hanja sound of an administrative suffix, or undefined when `surface` is not one. */
export function koreanSuffix(surface: string): string | undefined {
  return ADMIN_SUFFIXES.get(surface);
}
