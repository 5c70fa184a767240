/**
 * The real-mail corpus of employer replies (`corpus/replies/*.jsonl`): loading, validation, near-duplicate
 * grouping and the sealed train/test split. Used by the training, evaluation and timeline scripts and by tests;
 * never bundled. The labelling guide is `docs/labelling.md`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, type Language } from '../../src/languages/index.js';

export const CORPUS_DIR = fileURLToPath(new URL('../../corpus/replies/', import.meta.url));

export const LABELS = ['offer', 'rejection', 'next_round', 'reference_check', 'pending', 'other'] as const;
export type CorpusLabel = (typeof LABELS)[number];
/** The corpus's languages: every language with a pack (src/languages/), so a new language needs no change here. */
export const LANGS = LANGUAGES;
export type CorpusLang = Language;

/** Topics by label, as in docs/labelling.md. */
export const TOPICS_BY_LABEL: Readonly<Record<CorpusLabel, readonly string[]>> = {
  offer: ['offer_details'],
  rejection: ['not_selected', 'position_filled', 'talent_pool'],
  next_round: ['interview_invitation', 'assessment'],
  reference_check: ['references', 'background_check'],
  pending: ['on_hold', 'under_review'],
  other: ['application_received', 'scheduling', 'interview_confirmation', 'onboarding', 'documents', 'general'],
};
export const TOPICS = Object.values(TOPICS_BY_LABEL).flat();
export const REQUESTS = [
  'send_availability', 'book_slot', 'send_references', 'send_documents', 'complete_assessment', 'respond_to_offer',
  'sign_offer', 'confirm_attendance',
] as const;
export const KINDS = ['real', 'repo-template', 'web-template'] as const;
export const ROLES = ['promise', 'request', 'slot', 'other'] as const;

export interface CorpusTimeline {
  readonly text: string;
  readonly role: (typeof ROLES)[number];
}

export interface CorpusItem {
  readonly id: string;
  readonly lang: CorpusLang;
  readonly label: CorpusLabel;
  readonly topic: string;
  readonly requests: readonly string[];
  readonly kind: (typeof KINDS)[number];
  readonly source: string;
  readonly subject?: string;
  readonly text: string;
  readonly note?: string;
  readonly group?: string;
  readonly timelines: readonly CorpusTimeline[];
  /** The file it came from (added on load). */
  readonly file: string;
}

function fail(file: string, line: number, message: string): never {
  throw new Error(`${file}:${line}: ${message}`);
}

/** Every item of every `*.jsonl` file in `dir`, validated against the labelling guide; throws on the first bad line. */
export function loadCorpus(dir: string = CORPUS_DIR): CorpusItem[] {
  const items: CorpusItem[] = [];
  const ids = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((raw, i) => {
      if (raw.trim() === '') return;
      let o: Record<string, unknown>;
      try {
        o = JSON.parse(raw) as Record<string, unknown>;
      } catch (e) {
        fail(file, i + 1, `not JSON: ${(e as Error).message}`);
      }
      const str = (k: string): string => {
        const v = o[k];
        if (typeof v !== 'string' || v.trim() === '') fail(file, i + 1, `${k} must be a non-empty string`);
        return v;
      };
      const id = str('id');
      if (ids.has(id)) fail(file, i + 1, `duplicate id ${id}`);
      ids.add(id);
      const lang = str('lang');
      if (!(LANGS as readonly string[]).includes(lang)) fail(file, i + 1, `lang ${lang}`);
      const label = str('label');
      if (!(LABELS as readonly string[]).includes(label)) fail(file, i + 1, `label ${label}`);
      const topic = str('topic');
      if (!TOPICS_BY_LABEL[label as CorpusLabel].includes(topic)) fail(file, i + 1, `topic ${topic} is not a topic of ${label}`);
      const kind = str('kind');
      if (!(KINDS as readonly string[]).includes(kind)) fail(file, i + 1, `kind ${kind}`);
      const requests = o.requests ?? [];
      if (!Array.isArray(requests) || !requests.every((r) => (REQUESTS as readonly string[]).includes(r as string))) {
        fail(file, i + 1, `requests ${JSON.stringify(requests)}`);
      }
      const timelines = o.timelines ?? [];
      if (!Array.isArray(timelines) || !timelines.every((t: { text?: unknown; role?: unknown }) =>
        typeof t === 'object' && t !== null && typeof t.text === 'string' && (ROLES as readonly string[]).includes(t.role as string))) {
        fail(file, i + 1, `timelines ${JSON.stringify(timelines)}`);
      }
      items.push({
        id, lang: lang as CorpusLang, label: label as CorpusLabel, topic, requests: requests as string[], kind: kind as CorpusItem['kind'],
        source: str('source'), text: str('text'), timelines: timelines as CorpusTimeline[], file,
        ...(typeof o.subject === 'string' && o.subject.trim() !== '' ? { subject: o.subject } : {}),
        ...(typeof o.note === 'string' ? { note: o.note } : {}),
        ...(typeof o.group === 'string' ? { group: o.group } : {}),
      });
    });
  }
  return items;
}

/** 32-bit FNV-1a of a string, as an unsigned integer. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The word 4-grams of a text, accents and case folded (the whole text when it has fewer than four words). */
function shingles(text: string): Set<string> {
  const words = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[a-z0-9]+/g) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 4 <= words.length; i++) out.add(words.slice(i, i + 4).join(' '));
  if (words.length < 4) out.add(words.join(' '));
  return out;
}

/** The 4-grams near-duplicates are found by: those of the subject and the text together. */
export function itemShingles(item: Pick<CorpusItem, 'subject' | 'text'>): Set<string> {
  return shingles(`${item.subject ?? ''} ${item.text}`);
}

/** Items whose word 4-gram sets overlap this much (Jaccard) are one template, whatever their ids. */
export const NEAR_DUPLICATE_JACCARD = 0.5;

/**
 * The split key of every item: its `group` when it has one, and items that are near-duplicates of one another
 * (same language, Jaccard of word 4-grams ≥ {@link NEAR_DUPLICATE_JACCARD}) share one key, so a template
 * published on several sites never sits on both sides of the split.
 */
export function splitKeys(items: readonly CorpusItem[]): Map<string, string> {
  const known = splitKeysOf.get(items);
  if (known !== undefined) return new Map(known);
  const keys = findSplitKeys(items);
  splitKeysOf.set(items, keys);
  return new Map(keys);
}

/** The split keys found for each list of items (the tests and the training ask several times for the same list). */
const splitKeysOf = new WeakMap<readonly CorpusItem[], Map<string, string>>();

function findSplitKeys(items: readonly CorpusItem[]): Map<string, string> {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byGroup = new Map<string, number>();
  items.forEach((it, i) => {
    if (it.group === undefined) return;
    const j = byGroup.get(it.group);
    if (j === undefined) byGroup.set(it.group, i);
    else union(i, j);
  });
  // Each item's 4-grams as sorted numbers, so that two items' shared 4-grams are counted in one merge. Two sets whose
  // sizes differ more than twofold cannot reach a Jaccard of one half, and are not compared. (Each group's key is its
  // lowest item, so the order of the unions does not matter.)
  const numbers = new Map<string, number>();
  const sh = items.map((it) => Int32Array.from(itemShingles(it), (g) => {
    let n = numbers.get(g);
    if (n === undefined) numbers.set(g, (n = numbers.size));
    return n;
  }).sort());
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (items[i]!.lang !== items[j]!.lang) continue;
      const a = sh[i]!;
      const b = sh[j]!;
      if (Math.min(a.length, b.length) < NEAR_DUPLICATE_JACCARD * Math.max(a.length, b.length)) continue;
      let inter = 0;
      for (let x = 0, y = 0; x < a.length && y < b.length;) {
        if (a[x]! < b[y]!) x++;
        else if (a[x]! > b[y]!) y++;
        else {
          inter++;
          x++;
          y++;
        }
      }
      const jac = inter / (a.length + b.length - inter || 1);
      if (jac >= NEAR_DUPLICATE_JACCARD) union(i, j);
    }
  }
  const keys = new Map<string, string>();
  items.forEach((it, i) => keys.set(it.id, items[find(i)]!.group ?? items[find(i)]!.id));
  return keys;
}

/** The split's seed. Changing it unseals the test split: never do that. */
export const SPLIT_SEED = 'interview-followup/replies/2026-12';
/** Share of split keys that go to the sealed test split. */
export const TEST_SHARE = 0.33;

/**
 * Whether each item belongs to the sealed test split. A split key is a test key when its seeded hash falls in the
 * lowest {@link TEST_SHARE} of the hash range: membership depends on the key alone, so adding messages to the corpus
 * never moves an existing one across the split (the split stays sealed as the corpus grows). The same share applies
 * in every (label, language) stratum, so each is split in about that proportion; `npm run eval:classifier` prints them.
 */
export function testSplit(items: readonly CorpusItem[]): Set<string> {
  const keys = splitKeys(items);
  const limit = TEST_SHARE * 2 ** 32;
  return new Set(items.filter((it) => fnv1a(`${SPLIT_SEED}:${keys.get(it.id)!}`) < limit).map((it) => it.id));
}

/**
 * Five folds for cross-validation over the training items, by seeded hash of a key: a split key, or a source fold key
 * ({@link sourceFoldKeys}).
 */
export function foldOf(key: string): number {
  return fnv1a(`${SPLIT_SEED}:fold:${key}`) % 5;
}

/** The repository (`github:owner/name`) or web site an item comes from. */
export function sourceOf(item: CorpusItem): string {
  if (item.source.startsWith('github:')) return item.source.split(':').slice(0, 2).join(':');
  return /^https?:\/\/(?:www\.)?([^/]+)/.exec(item.source)?.[1] ?? item.source;
}

/**
 * The source fold key of every item: items of one source (a repository or a web site), and items that share a split
 * key, share one. Cross-validation over these keys always predicts mail from a source it did not train on, as the
 * reader meets mail from senders it never saw: the status mails of one product share their frame and differ in a
 * word, and folds that split them make held-out predictions confident where fresh mail is not.
 */
export function sourceFoldKeys(items: readonly CorpusItem[]): Map<string, string> {
  const keys = splitKeys(items);
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const it of items) union(`key:${keys.get(it.id)!}`, `source:${sourceOf(it)}`);
  return new Map(items.map((it) => [it.id, find(`key:${keys.get(it.id)!}`)]));
}
