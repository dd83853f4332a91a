export function buildSpacingContext(_p: readonly string[]) { return {}; }
export function repairSpacing(text: string, _c: unknown, o?: { joins?: readonly number[] }) {
  const decisions = [] as Array<{ index: number; action: 'keep' | 'remove'; rule: string; evidence: string }>;
  for (let i = 0; i < text.length; i++) if (text[i] === ' ') decisions.push({ index: i, action: 'keep', rule: 'stub', evidence: '' });
  void o; return { text, removed: [] as number[], decisions };
}
