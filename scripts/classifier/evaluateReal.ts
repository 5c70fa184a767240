/**
 * Figures of the reply reader on real employer mail: the sealed test split of `corpus/replies`, read through the
 * public `classifyReply` exactly as users call it.
 */
import { classifyReply } from '../../src/classifier/classifyReply.js';
import { REVIEW_THRESHOLDS } from '../../src/classifier/model/weights.generated.js';
import type { Classification, ReplyRequest } from '../../src/classifier/types.js';
import { KINDS, LABELS, LANGS, loadCorpus, REQUESTS, sourceFoldKeys, testSplit } from '../corpus/load.js';
import type { CorpusItem } from '../corpus/load.js';
import { seededRandom } from '../../bench/harness.js';
import { expectedCalibrationError } from './softmax.js';

export interface Rate {
  readonly correct: number;
  readonly total: number;
}

export interface RealEvaluation {
  readonly overall: Rate;
  /**
   * A 95% interval of the accuracy, from resampling whole sources ({@link sourceFoldKeys}) with replacement
   * ({@link groupedInterval}): messages of one product or site are read right or wrong together, so the messages are not
   * independent draws and the interval is wider than one over messages would be.
   */
  readonly interval: Interval;
  /** How many sources (groups of messages sharing a source or a split key) the evaluated messages come from. */
  readonly sources: number;
  /** The same kind of interval for each label's recall and each language's accuracy (absent where there is no message). */
  readonly recallInterval: Readonly<Record<string, Interval | undefined>>;
  readonly languageInterval: Readonly<Record<string, Interval | undefined>>;
  readonly perLabel: Readonly<Record<string, { readonly precision: number; readonly recall: number; readonly support: number }>>;
  readonly perLanguage: Readonly<Record<string, Rate>>;
  readonly perKind: Readonly<Record<string, Rate>>;
  readonly confusion: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly ece: number;
  readonly reliability: readonly { readonly from: number; readonly to: number; readonly count: number; readonly accuracy: number; readonly confidence: number }[];
  /** Predictions at or above their label's review threshold (not flagged for review): how many, and how precise. */
  readonly confident: Rate;
  /** The same, per predicted label. */
  readonly confidentPerLabel: Readonly<Record<string, Rate>>;
  readonly topic: Rate;
  readonly topicGivenLabel: Rate;
  readonly requests: Readonly<Record<string, { readonly tp: number; readonly fp: number; readonly fn: number }>>;
  /** The same counts with the answer every offer waits for left out where no phrase asks for it ({@link impliedAnswer}). */
  readonly askedRequests: Readonly<Record<string, { readonly tp: number; readonly fp: number; readonly fn: number }>>;
  readonly misses: readonly { readonly id: string; readonly expected: string; readonly got: string; readonly confidence: number }[];
}

const rate = (): { correct: number; total: number } => ({ correct: 0, total: 0 });

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/**
 * The central 95% of the accuracy over `rounds` resamplings of `groups` with replacement (a cluster bootstrap): each
 * round draws as many groups as there are, and its accuracy is their right messages over their messages. Deterministic
 * for a `seed`. Throws on no groups or a group with no messages.
 */
export function groupedInterval(groups: readonly Rate[], rounds = 2000, seed = 1): Interval {
  if (groups.length === 0 || groups.some((g) => g.total <= 0 || g.correct < 0 || g.correct > g.total)) {
    throw new RangeError('groupedInterval needs at least one group, each with 0 <= correct <= total and total > 0');
  }
  const next = seededRandom(seed);
  const accuracies = new Float64Array(rounds);
  for (let r = 0; r < rounds; r++) {
    let correct = 0;
    let total = 0;
    for (let i = 0; i < groups.length; i++) {
      const g = groups[Math.floor(next() * groups.length)]!;
      correct += g.correct;
      total += g.total;
    }
    accuracies[r] = correct / total;
  }
  accuracies.sort();
  return { low: accuracies[Math.floor(0.025 * (rounds - 1))]!, high: accuracies[Math.ceil(0.975 * (rounds - 1))]! };
}

/**
 * The `respond_to_offer` request the reader adds to an offer that asks for no answer in words (R8, `implied`). The
 * corpus marks a request only when the message asks for it, so the figures for phrases leave this one out.
 */
export function impliedAnswer(c: Classification): ReplyRequest | undefined {
  return c.requests.find((r) => r.implied === true);
}

/** Adds one message's requests to per-kind counts. */
function countRequests(counts: Record<string, { tp: number; fp: number; fn: number }>, got: ReadonlySet<string>, want: ReadonlySet<string>): void {
  for (const r of REQUESTS) {
    if (got.has(r) && want.has(r)) counts[r]!.tp++;
    else if (got.has(r)) counts[r]!.fp++;
    else if (want.has(r)) counts[r]!.fn++;
  }
}

export function evaluateItems(items: readonly CorpusItem[]): RealEvaluation {
  const confusion: Record<string, Record<string, number>> = Object.fromEntries(LABELS.map((a) => [a, Object.fromEntries(LABELS.map((p) => [p, 0]))]));
  const perLanguage: Record<string, { correct: number; total: number }> = Object.fromEntries(LANGS.map((l) => [l, rate()]));
  const perKind: Record<string, { correct: number; total: number }> = Object.fromEntries(KINDS.map((k) => [k, rate()]));
  const requests: Record<string, { tp: number; fp: number; fn: number }> = Object.fromEntries(REQUESTS.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
  const askedRequests: Record<string, { tp: number; fp: number; fn: number }> = Object.fromEntries(REQUESTS.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
  const overall = rate();
  const confident = rate();
  const confidentPerLabel: Record<string, { correct: number; total: number }> = Object.fromEntries(LABELS.map((l) => [l, rate()]));
  const topic = rate();
  const topicGivenLabel = rate();
  const preds: { confidence: number; correct: boolean }[] = [];
  const misses: { id: string; expected: string; got: string; confidence: number }[] = [];
  const sourceOf = sourceFoldKeys(items);
  // Per source, the messages of all (''), of each label (its recall) and of each language (its accuracy).
  const bySource = new Map<string, Map<string, { correct: number; total: number }>>();
  const tally = (group: string, source: string, ok: boolean): void => {
    let sources = bySource.get(group);
    if (sources === undefined) bySource.set(group, (sources = new Map()));
    let r = sources.get(source);
    if (r === undefined) sources.set(source, (r = rate()));
    r.total++;
    if (ok) r.correct++;
  };
  const intervalOf = (group: string): Interval | undefined => {
    const sources = bySource.get(group);
    return sources === undefined ? undefined : groupedInterval([...sources.values()]);
  };
  for (const it of items) {
    const c: Classification = classifyReply({ text: it.text, ...(it.subject !== undefined ? { subject: it.subject } : {}) });
    const ok = c.label === it.label;
    confusion[it.label]![c.label]!++;
    for (const group of ['', it.label, it.lang]) tally(group, sourceOf.get(it.id)!, ok);
    for (const r of [overall, perLanguage[it.lang]!, perKind[it.kind]!]) {
      r.total++;
      if (ok) r.correct++;
    }
    preds.push({ confidence: c.confidence, correct: ok });
    if (!c.needsReview) {
      for (const r of [confident, confidentPerLabel[c.label]!]) {
        r.total++;
        if (ok) r.correct++;
      }
    }
    topic.total++;
    if (c.topic === it.topic) topic.correct++;
    if (ok) {
      topicGivenLabel.total++;
      if (c.topic === it.topic) topicGivenLabel.correct++;
    }
    const want = new Set<string>(it.requests);
    countRequests(requests, new Set(c.requests.map((r) => r.kind)), want);
    const implied = impliedAnswer(c);
    countRequests(askedRequests, new Set(c.requests.filter((r) => r !== implied).map((r) => r.kind)), want);
    if (!ok) misses.push({ id: it.id, expected: it.label, got: c.label, confidence: c.confidence });
  }
  const perLabel: Record<string, { precision: number; recall: number; support: number }> = {};
  for (const l of LABELS) {
    const tp = confusion[l]![l]!;
    const predicted = LABELS.reduce((s, a) => s + confusion[a]![l]!, 0);
    const support = LABELS.reduce((s, p) => s + confusion[l]![p]!, 0);
    perLabel[l] = { precision: predicted === 0 ? 0 : tp / predicted, recall: support === 0 ? 0 : tp / support, support };
  }
  const reliability: { from: number; to: number; count: number; accuracy: number; confidence: number }[] = [];
  for (let b = 0; b < 10; b++) {
    const inBin = preds.filter((p) => Math.min(9, Math.floor(p.confidence * 10)) === b);
    if (inBin.length === 0) continue;
    reliability.push({
      from: b / 10, to: (b + 1) / 10, count: inBin.length,
      accuracy: inBin.filter((p) => p.correct).length / inBin.length,
      confidence: inBin.reduce((s, p) => s + p.confidence, 0) / inBin.length,
    });
  }
  return {
    overall, interval: intervalOf('') ?? { low: 0, high: 0 }, sources: bySource.get('')?.size ?? 0,
    recallInterval: Object.fromEntries(LABELS.map((l) => [l, intervalOf(l)])),
    languageInterval: Object.fromEntries(LANGS.map((l) => [l, intervalOf(l)])), perLabel, perLanguage, perKind, confusion, ece: expectedCalibrationError(preds), reliability, confident, confidentPerLabel, topic,
    topicGivenLabel, requests, askedRequests, misses,
  };
}

/** The sealed test split of the real corpus. */
export function sealedTestItems(): CorpusItem[] {
  const items = loadCorpus();
  const test = testSplit(items);
  return items.filter((it) => test.has(it.id));
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const ratio = (r: Rate): string => `${pct(r.total === 0 ? 0 : r.correct / r.total)} (${r.correct}/${r.total})`;

export function reportReal(e: RealEvaluation, title: string): string {
  const out: string[] = [`## ${title}`, '', `Accuracy: **${ratio(e.overall)}**; 95% interval ${pct(e.interval.low)}–${pct(e.interval.high)}, resampling its ${e.sources} sources (messages of one source are read right or wrong together)`, ''];
  const span = (i: Interval | undefined): string => (i === undefined ? '' : `${pct(i.low)}–${pct(i.high)}`);
  out.push('| label | precision | recall | recall, 95% interval | support |', '|---|---:|---:|---:|---:|');
  for (const l of LABELS) out.push(`| ${l} | ${pct(e.perLabel[l]!.precision)} | ${pct(e.perLabel[l]!.recall)} | ${span(e.recallInterval[l])} | ${e.perLabel[l]!.support} |`);
  out.push('', '| language | accuracy | 95% interval |', '|---|---:|---:|');
  for (const l of LANGS) out.push(`| ${l} | ${ratio(e.perLanguage[l]!)} | ${span(e.languageInterval[l])} |`);
  out.push('', '| source kind | accuracy |', '|---|---:|');
  for (const k of KINDS) out.push(`| ${k} | ${ratio(e.perKind[k]!)} |`);
  out.push('', 'Confusion matrix (rows: expected, columns: predicted)', '', `| | ${LABELS.join(' | ')} |`, `|---|${LABELS.map(() => '---:').join('|')}|`);
  for (const a of LABELS) out.push(`| ${a} | ${LABELS.map((p) => String(e.confusion[a]![p])).join(' | ')} |`);
  out.push('', `Calibration: expected calibration error **${e.ece.toFixed(3)}** (10 bins)`, '', '| confidence | messages | accuracy | mean confidence |', '|---|---:|---:|---:|');
  for (const b of e.reliability) out.push(`| ${b.from.toFixed(1)}–${b.to.toFixed(1)} | ${b.count} | ${pct(b.accuracy)} | ${pct(b.confidence)} |`);
  out.push('', `Not flagged for review (at or above their label's review threshold): ${e.confident.total}/${e.overall.total} messages (${pct(e.overall.total === 0 ? 0 : e.confident.total / e.overall.total)}), precision ${ratio(e.confident)}`);
  out.push('', '| predicted label | review threshold | not flagged | precision |', '|---|---:|---:|---:|');
  LABELS.forEach((l, k) => out.push(`| ${l} | ${REVIEW_THRESHOLDS[k]} | ${e.confidentPerLabel[l]!.total} | ${ratio(e.confidentPerLabel[l]!)} |`));
  out.push('', `Topic accuracy: ${ratio(e.topic)}; when the label is right: ${ratio(e.topicGivenLabel)}`);
  out.push('', '| request | precision | recall | tp | fp | fn |', '|---|---:|---:|---:|---:|---:|');
  const row = (name: string, f: { tp: number; fp: number; fn: number }): string =>
    `| ${name} | ${pct(f.tp + f.fp === 0 ? 0 : f.tp / (f.tp + f.fp))} | ${pct(f.tp + f.fn === 0 ? 0 : f.tp / (f.tp + f.fn))} | ${f.tp} | ${f.fp} | ${f.fn} |`;
  for (const r of REQUESTS) out.push(row(r, e.requests[r]!));
  // The corpus marks an answer to an offer only when the message asks for it in words; the reader adds one to every offer.
  out.push(row('respond_to_offer, asked in words', e.askedRequests['respond_to_offer']!));
  const sum = (counts: RealEvaluation['requests']): { tp: number; fp: number; fn: number } => {
    const all = { tp: 0, fp: 0, fn: 0 };
    for (const r of REQUESTS) {
      all.tp += counts[r]!.tp;
      all.fp += counts[r]!.fp;
      all.fn += counts[r]!.fn;
    }
    return all;
  };
  out.push(row('all', sum(e.requests)), row('all, asked in words', sum(e.askedRequests)));
  if (e.misses.length > 0) out.push('', `Misclassified: ${e.misses.map((m) => `${m.id} (${m.expected} → ${m.got}, ${m.confidence})`).join(', ')}`);
  return out.join('\n');
}
