/**
 * Numbers as the paper writes them: Arabic digits with thousands commas and decimals, optionally
 * followed by a Korean unit of magnitude (5천 = 5,000; 3만 = 30,000).
 */

const UNITS: Record<string, number> = { 십: 10, 백: 100, 천: 1000, 만: 10_000 };

/** The pattern source of one number, for building larger patterns. */
export const NUMBER_SOURCE = String.raw`\d[\d,]*(?:\.\d+)?[십백천만]?`;

/** Parse "1,590", "116.1", "5천"; undefined when the text is not a number. */
export function parseNumber(text: string): number | undefined {
  const match = /^(\d[\d,]*(?:\.\d+)?)([십백천만]?)$/u.exec(text.trim());
  if (!match) return undefined;
  const base = Number(match[1].replace(/,/g, ''));
  if (!Number.isFinite(base)) return undefined;
  const value = match[2] ? base * UNITS[match[2]] : base;
  // Decimal fractions such as 116.1 × 1 stay exact; a unit multiplication is rounded back to
  // the precision it was written with so 1.5천 is 1500 and not 1499.9999.
  return Math.round(value * 1000) / 1000;
}

/** Round to one decimal place, as the budgets are printed. */
export function roundTenth(value: number): number {
  return Math.round(value * 10) / 10;
}
