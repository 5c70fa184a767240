/**
 * `npm run eval:classifier`: measures classifyReply and extractTimeline on the development corpus
 * in test/fixtures/replies and, separately, on the second set in test/fixtures/replies/set2
 * (R7, R4.5). Prints accuracy, per-label precision/recall/F1, a confusion matrix, a per-language
 * table and timeline-extraction figures for each, as Markdown, then one line for both together.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { classifyReply } from '../src/classifier/classifyReply.js';
import { extractTimeline } from '../src/classifier/extractTimeline.js';
import { REPLY_LABELS, REPLY_LANGUAGES } from '../src/classifier/types.js';
import type { ReplyInput, ReplyLabel, ReplyLanguage } from '../src/classifier/types.js';
import { loadExamples } from './classifier/dataset.js';
import { evaluateItems, reportReal, sealedTestItems } from './classifier/evaluateReal.js';
import { reportThreads, threadFigures } from './classifier/threads.js';
import { crossValidate } from './classifier/trainModel.js';
import { KINDS, LABELS, LANGS, loadCorpus, testSplit } from './corpus/load.js';

/** One line of the corpus. */
export interface CorpusReply {
  readonly id: string;
  readonly language: ReplyLanguage;
  readonly label: ReplyLabel;
  readonly subject?: string;
  readonly text?: string;
  readonly html?: string;
  readonly timeline?: string;
  readonly tags?: readonly string[];
}

export interface LabelFigures {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

export interface Evaluation {
  readonly total: number;
  readonly correct: number;
  readonly accuracy: number;
  readonly perLabel: Readonly<Record<ReplyLabel, LabelFigures>>;
  /** confusion[actual][predicted] */
  readonly confusion: Readonly<Record<ReplyLabel, Readonly<Record<ReplyLabel, number>>>>;
  readonly perLanguage: Readonly<Record<ReplyLanguage, { readonly total: number; readonly correct: number; readonly accuracy: number; readonly detected: number }>>;
  readonly timeline: { readonly promised: number; readonly found: number; readonly silent: number; readonly spurious: number; readonly vague: number };
  readonly misses: readonly { readonly id: string; readonly expected: ReplyLabel; readonly got: ReplyLabel }[];
}

const here = dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = join(here, '..', 'test', 'fixtures', 'replies');
/** The second, independently written set: 200 replies, 80 English and 40 in each other language. */
export const SET2_DIR = join(CORPUS_DIR, 'set2');

export function readCorpus(dir = CORPUS_DIR): CorpusReply[] {
  const out: CorpusReply[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (line.trim() !== '') out.push(JSON.parse(line) as CorpusReply);
    }
  }
  return out;
}

export function inputOf(r: CorpusReply): ReplyInput {
  const subject = r.subject === undefined ? {} : { subject: r.subject };
  if (r.html !== undefined) return { ...subject, html: r.html };
  return { ...subject, text: r.text ?? '' };
}

/** A fixed reference: corpus messages carry no received date. */
const REFERENCE = '2026-11-25T10:00:00Z';

export function evaluate(corpus: readonly CorpusReply[]): Evaluation {
  const zero = (): Record<ReplyLabel, number> => ({ offer: 0, rejection: 0, next_round: 0, reference_check: 0, pending: 0, other: 0 });
  const confusion = Object.fromEntries(REPLY_LABELS.map((l) => [l, zero()])) as Record<ReplyLabel, Record<ReplyLabel, number>>;
  const perLanguage = Object.fromEntries(REPLY_LANGUAGES.map((l) => [l, { total: 0, correct: 0, accuracy: 0, detected: 0 }])) as Record<
    ReplyLanguage,
    { total: number; correct: number; accuracy: number; detected: number }
  >;
  const misses: { id: string; expected: ReplyLabel; got: ReplyLabel }[] = [];
  const timeline = { promised: 0, found: 0, silent: 0, spurious: 0, vague: 0 };
  let correct = 0;
  for (const r of corpus) {
    const input = inputOf(r);
    const c = classifyReply(input);
    confusion[r.label][c.label]++;
    const lang = perLanguage[r.language];
    lang.total++;
    if (c.language === r.language) lang.detected++;
    if (c.label === r.label) {
      correct++;
      lang.correct++;
    } else misses.push({ id: r.id, expected: r.label, got: c.label });
    const t = extractTimeline(input, { reference: REFERENCE, timeZone: 'UTC' });
    if (r.timeline !== undefined) {
      timeline.promised++;
      const phrase = r.timeline.toLowerCase();
      const got = t?.span.text.toLowerCase() ?? '';
      if (t !== null && (got.includes(phrase) || phrase.includes(got))) timeline.found++;
    } else {
      timeline.silent++;
      if (t !== null && t.kind === 'vague') timeline.vague++;
      else if (t !== null) timeline.spurious++;
    }
  }
  for (const l of REPLY_LANGUAGES) perLanguage[l].accuracy = perLanguage[l].total === 0 ? 0 : perLanguage[l].correct / perLanguage[l].total;
  const perLabel = {} as Record<ReplyLabel, LabelFigures>;
  for (const l of REPLY_LABELS) {
    const tp = confusion[l][l];
    const predicted = REPLY_LABELS.reduce((s, a) => s + confusion[a][l], 0);
    const support = REPLY_LABELS.reduce((s, p) => s + confusion[l][p], 0);
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = support === 0 ? 0 : tp / support;
    perLabel[l] = { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), support };
  }
  return { total: corpus.length, correct, accuracy: corpus.length === 0 ? 0 : correct / corpus.length, perLabel, confusion, perLanguage, timeline, misses };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

export function report(e: Evaluation, title = 'the development corpus'): string {
  const lines: string[] = [];
  lines.push(`## Reply classifier on ${title}\n`);
  lines.push(`Accuracy: **${pct(e.accuracy)}** (${e.correct}/${e.total})\n`);
  lines.push('| label | precision | recall | F1 | support |');
  lines.push('|---|---:|---:|---:|---:|');
  for (const l of REPLY_LABELS) {
    const f = e.perLabel[l];
    lines.push(`| ${l} | ${pct(f.precision)} | ${pct(f.recall)} | ${pct(f.f1)} | ${f.support} |`);
  }
  lines.push('\nConfusion matrix (rows: expected, columns: predicted)\n');
  lines.push(`| expected \\ predicted | ${REPLY_LABELS.join(' | ')} |`);
  lines.push(`|---|${REPLY_LABELS.map(() => '---:').join('|')}|`);
  for (const a of REPLY_LABELS) lines.push(`| ${a} | ${REPLY_LABELS.map((p) => String(e.confusion[a][p])).join(' | ')} |`);
  lines.push('\n| language | messages | accuracy | language detected |');
  lines.push('|---|---:|---:|---:|');
  for (const l of REPLY_LANGUAGES) {
    const f = e.perLanguage[l];
    lines.push(`| ${l} | ${f.total} | ${pct(f.accuracy)} | ${pct(f.total === 0 ? 0 : f.detected / f.total)} |`);
  }
  const t = e.timeline;
  if (t.promised === 0) {
    lines.push('\nTimeline extraction: no promises are annotated in this set.');
    if (e.misses.length > 0) lines.push(`\nMisclassified: ${e.misses.map((m) => `${m.id} (${m.expected} → ${m.got})`).join(', ')}`);
    return lines.join('\n');
  }
  lines.push('\n| timeline extraction | value |');
  lines.push('|---|---:|');
  lines.push(`| promises found (span covers the annotated phrase) | ${t.found}/${t.promised} (${pct(t.promised === 0 ? 0 : t.found / t.promised)}) |`);
  lines.push(`| messages without an annotated promise where a firm date was reported | ${t.spurious}/${t.silent} (${pct(t.silent === 0 ? 0 : t.spurious / t.silent)}) |`);
  lines.push(`| … where a vague promise ("soon") was reported | ${t.vague}/${t.silent} (${pct(t.silent === 0 ? 0 : t.vague / t.silent)}) |`);
  if (e.misses.length > 0) lines.push(`\nMisclassified: ${e.misses.map((m) => `${m.id} (${m.expected} → ${m.got})`).join(', ')}`);
  return lines.join('\n');
}

function corpusCounts(): string {
  const items = loadCorpus();
  const test = testSplit(items);
  const out: string[] = ['## The real-mail corpus (corpus/replies)', '', `${items.length} messages, ${test.size} in the sealed test split, ${new Set(items.map((i) => i.source.replace(/[#?].*$/, ''))).size} sources`, ''];
  out.push(`| | ${LANGS.join(' | ')} | all |`, `|---|${LANGS.map(() => '---:').join('|')}|---:|`);
  for (const l of LABELS) out.push(`| ${l} | ${LANGS.map((g) => items.filter((i) => i.label === l && i.lang === g).length).join(' | ')} | ${items.filter((i) => i.label === l).length} |`);
  out.push(`| **all** | ${LANGS.map((g) => items.filter((i) => i.lang === g).length).join(' | ')} | ${items.length} |`, '');
  out.push(`By kind: ${KINDS.map((k) => `${k} ${items.filter((i) => i.kind === k).length}`).join(', ')}`);
  return out.join('\n');
}

/** The index of the largest logit (the first of equal ones). */
function argmax(z: Float64Array): number {
  let best = 0;
  for (let k = 1; k < z.length; k++) if (z[k]! > z[best]!) best = k;
  return best;
}

function crossValidationReport(): string {
  const examples = loadExamples();
  const cv = crossValidate(examples);
  const labels = LABELS as readonly string[];
  let correct = 0;
  const perLabel = Object.fromEntries(labels.map((l) => [l, { tp: 0, support: 0, predicted: 0 }]));
  for (const h of cv.heldOut) {
    const want = h.example.label;
    const got = labels[argmax(h.z)]!;
    perLabel[want]!.support++;
    perLabel[got]!.predicted++;
    if (got === want) {
      correct++;
      perLabel[want]!.tp++;
    }
  }
  const pc = (x: number): string => `${(100 * x).toFixed(1)}%`;
  const out = ['## 5-fold cross-validation on the training split', '', `Accuracy: **${pc(correct / cv.heldOut.length)}** (${correct}/${cv.heldOut.length})`, '', '| label | precision | recall | support |', '|---|---:|---:|---:|'];
  for (const l of labels) {
    const f = perLabel[l]!;
    out.push(`| ${l} | ${pc(f.predicted === 0 ? 0 : f.tp / f.predicted)} | ${pc(f.support === 0 ? 0 : f.tp / f.support)} | ${f.support} |`);
  }
  // The same, with each source (a repository, a web site) in one fold: mail from senders the reader never saw.
  const bySource = crossValidate(examples, undefined, 'sourceFold').heldOut;
  const right = bySource.filter((h) => argmax(h.z) === h.example.labelIndex).length;
  out.push('', `With each source in one fold (every prediction for mail from sources the model did not train on): **${pc(right / bySource.length)}** (${right}/${bySource.length})`);
  return out.join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(corpusCounts());
  console.log(`\n${crossValidationReport()}`);
  if (process.argv.includes('--train')) {
    const items = loadCorpus();
    const test = testSplit(items);
    console.log(`\n${reportReal(evaluateItems(items.filter((i) => !test.has(i.id))), 'Training split (learned from: not a measure)')}`);
  }
  console.log(`\n${reportReal(evaluateItems(sealedTestItems()), 'Sealed test split of real mail (never trained or tuned on)')}`);
  console.log(`\n${reportThreads(threadFigures(sealedTestItems(), true), 'The sealed split as mail arrives: in a thread, signed, as HTML')}`);
  console.log('\nThe invented development sets below are training data (at a lower weight): their figures are not a measure.');

  const dev = evaluate(readCorpus());
  const set2 = evaluate(readCorpus(SET2_DIR));
  console.log(report(dev));
  console.log(`\n${report(set2, 'the second set (test/fixtures/replies/set2)')}`);
  const correct = dev.correct + set2.correct;
  const total = dev.total + set2.total;
  console.log(`\n## Both sets\n\nAccuracy: **${pct(total === 0 ? 0 : correct / total)}** (${correct}/${total})`);
}
