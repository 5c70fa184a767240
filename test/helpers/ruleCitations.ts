// The rule ids a sentence of ours cites in its text ("… (R4.1).", "(R11.2, R11.4)", "(R4.1–R4.3)"), for tests that
// check a reason's or an action's `rule` against its words.

/** One id (`R4`, `R4.1`, `R1.3a`) or a range of them (`R4.1–R4.3`, `R8–R10`), as docs/rules.md writes them. */
const CITATION = /\bR(\d+)(?:\.(\d+))?[a-d]?(?:\s*[–-]\s*R(\d+)(?:\.(\d+))?[a-d]?)?\b/g;

/** An id as [rule, sub-rule]: `R4.1` → [4, 1], `R8` → [8, undefined]; a part letter (`R1.3a`) is left out. */
function parts(id: string): readonly [number, number | undefined] {
  const m = /^R(\d+)(?:\.(\d+))?[a-d]?$/.exec(id);
  if (m === null) throw new Error(`not a rule id: ${id}`);
  return [Number(m[1]), m[2] === undefined ? undefined : Number(m[2])];
}

/** Every id or range `text` cites, as written (`["R4.1", "R8–R10"]`). */
export function citedRules(text: string): string[] {
  return [...text.matchAll(CITATION)].map((m) => m[0].replace(/\s+/g, ''));
}

/**
 * Whether the citation `cited` covers `rule`: the same id, a rule of which `rule` is a sub-rule (`R8` covers `R8.3`),
 * or a range that `rule` lies in (`R4.1–R4.3` covers `R4.2`; `R8–R10` covers `R9` and `R10.1`).
 */
export function covers(cited: string, rule: string): boolean {
  const [first, last = first] = cited.split(/[–-]/) as [string, string?];
  const [lo, loSub] = parts(first), [hi, hiSub] = parts(last), [r, rSub] = parts(rule);
  const at = r + (rSub ?? 0) / 1000;
  return lo + (loSub ?? 0) / 1000 <= at && at <= hi + (hiSub ?? 999) / 1000;
}

/**
 * What is wrong with a `rule` given the `text` that goes with it: `undefined` when the text cites no rule or cites
 * one that covers `rule`, else a line naming both, for a test's failure message.
 */
export function ruleMismatch(rule: string, text: string): string | undefined {
  const cited = citedRules(text);
  if (cited.length === 0 || cited.some((c) => covers(c, rule))) return undefined;
  return `rule ${rule}, but the text cites ${cited.join(', ')}: ${text}`;
}
