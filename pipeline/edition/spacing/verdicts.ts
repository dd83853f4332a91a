/**
 * The rules' verdicts on the spaces of one text, evaluated on demand and remembered.
 *
 * A paragraph's spaces are judged three times: to measure the column (sure line ends), to
 * price the line model's skips (pressure), and to decide (repair). The verdicts depend only on
 * the text and the document's lexicon and dictionary, never on the measured widths, so each
 * rule runs at most once per space; a CPU profile of the seed's build had the spacing stage
 * spend two thirds of its time re-running rules.
 */
import { fragmentsAt } from './fragments.js';
import { RULES, type RuleInput, type SpacingRule, type Verdict } from './rules.js';
import type { Lexicon } from './lexicon.js';
import type { SpacingContext } from './types.js';

/** One space's verdicts, rule by rule, in RULES order. */
export class SpaceVerdicts {
  readonly input: RuleInput;
  /** undefined: not asked yet; null: the rule has nothing to say. */
  private readonly verdicts: (Verdict | null | undefined)[] = [];

  constructor(text: string, index: number, context: SpacingContext) {
    this.input = { text, fragments: fragmentsAt(text, index), context };
  }

  /** The first rule with a verdict, skipping rules that apply only at a line end unless `atWrap`. */
  first(atWrap: boolean, skip?: ReadonlySet<string>): { readonly rule: SpacingRule; readonly verdict: Verdict } | undefined {
    for (let k = 0; k < RULES.length; k++) {
      const rule = RULES[k];
      if (rule.scope === 'wrap' && !atWrap) continue;
      if (skip?.has(rule.id)) continue;
      let verdict = this.verdicts[k];
      if (verdict === undefined) {
        verdict = rule.apply(this.input);
        this.verdicts[k] = verdict;
      }
      if (verdict) return { rule, verdict };
    }
    return undefined;
  }
}

// Keyed by the lexicon, which both the measuring and the final context share, and which lives
// as long as the document's build: the memo goes when the document does.
const memo = new WeakMap<Lexicon, { dictionary: unknown; attached: number; texts: Map<string, Map<number, SpaceVerdicts>> }>();

/** The verdicts of the space at `index` of `text` under `context`, shared across passes. */
export function verdictsAt(text: string, index: number, context: SpacingContext): SpaceVerdicts {
  let entry = memo.get(context.lexicon);
  // A context with the same lexicon but another dictionary or parenthesis habit is another memo.
  if (!entry || entry.dictionary !== context.dictionary || entry.attached !== context.attachedParenShare) {
    entry = { dictionary: context.dictionary, attached: context.attachedParenShare, texts: new Map() };
    memo.set(context.lexicon, entry);
  }
  let spaces = entry.texts.get(text);
  if (!spaces) {
    spaces = new Map();
    entry.texts.set(text, spaces);
  }
  let verdicts = spaces.get(index);
  if (!verdicts) {
    verdicts = new SpaceVerdicts(text, index, context);
    spaces.set(index, verdicts);
  }
  return verdicts;
}
