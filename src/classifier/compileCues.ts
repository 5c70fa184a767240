import { foldWord } from './foldText.js';
import { interned } from './interned.js';
import type { CueDefinition, CueLabel, CueTable, RequestCue } from './cues/types.js';
import { fnv } from './model/fnv.js';
import { REPLY_LABELS } from './types.js';
import type { RequestKind } from './types.js';
import type { ReplyLanguage } from './types.js';

/** Lower-case ASCII letters, digits and the stem mark: already folded. */
const PLAIN_PATTERN = /^[a-z0-9*]*$/;

/** Sets of at most this many exact words are scanned as a list: a cue's slot holds a handful of words. */
const SHORT_SET = 8;

/** A set of folded words and word prefixes (`stem*`), with prefixes bucketed by their first three letters. */
export class WordSet {
  private readonly exact = new Set<string>();
  /**
   * The exact words, interned, when they are few, with their {@link fnv} hashes: scanning them reads one small array
   * (and compares a word only when its hash is there) instead of probing a hash table.
   */
  private readonly list: readonly string[] | null;
  private readonly hashes: Int32Array | null;
  /** Bit `h & 31` set for the hash `h` of each listed word: most words not listed are told apart with one test. */
  private readonly bits: number;
  private readonly buckets = new Map<string, string[]>();
  /** Whether {@link WordSet.buckets} holds any stem (read on every look-up, so kept apart from the map). */
  private readonly stemmed: boolean;
  private readonly short: string[] = [];

  constructor(items: readonly string[]) {
    for (let i = 0; i < items.length; i++) {
      const raw = items[i]!;
      // Most list words are already folded (lower-case ASCII): only the others go through the fold table.
      const item = PLAIN_PATTERN.test(raw) ? raw : foldWord(raw);
      if (item.charCodeAt(item.length - 1) !== 42 /* * */) {
        this.exact.add(item);
        continue;
      }
      const stem = item.slice(0, -1);
      if (stem.length < 3) {
        this.short.push(stem);
        continue;
      }
      const key = stem.slice(0, 3);
      const bucket = this.buckets.get(key);
      if (bucket === undefined) this.buckets.set(key, [stem]);
      else bucket.push(stem);
    }
    this.list = this.exact.size <= SHORT_SET ? [...this.exact].map(interned) : null;
    this.hashes = this.list === null ? null : Int32Array.from(this.list, (w) => fnv(w));
    let bits = 0;
    for (const h of this.hashes ?? []) bits |= 1 << (h & 31);
    this.bits = bits;
    this.stemmed = this.buckets.size > 0;
  }

  /**
   * Whether `word` is in the set; `key` may pass `word.slice(0, 3)` and `hash` the word's {@link fnv} when the caller
   * has them.
   */
  has(word: string, key?: string, hash?: number): boolean {
    const { list, hashes } = this;
    if (list !== null && hashes !== null) {
      if (hash === undefined) {
        for (let i = 0; i < list.length; i++) if (list[i] === word) return true;
      } else if ((this.bits & (1 << (hash & 31))) !== 0) {
        for (let i = 0; i < hashes.length; i++) if (hashes[i] === hash && list[i] === word) return true;
      }
    } else if (this.exact.has(word)) return true;
    if (this.stemmed && word.length >= 3) {
      const bucket = this.buckets.get(key ?? word.slice(0, 3));
      if (bucket !== undefined) for (const p of bucket) if (word.startsWith(p)) return true;
    }
    for (let i = 0; i < this.short.length; i++) if (word.startsWith(this.short[i]!)) return true;
    return false;
  }
}

interface Slot {
  readonly words: WordSet;
  readonly optional: boolean;
  /** For a gap slot, how many words it may skip; 0 otherwise. */
  readonly gap: number;
}

/** A cue ready to match. */
export interface CompiledCue {
  readonly language: ReplyLanguage;
  readonly id: string;
  readonly label: CueLabel;
  readonly negated: CueLabel | null;
  readonly contrast: boolean;
  readonly slots: readonly Slot[];
  /** Index in REPLY_LABELS of `label`, and of `negated` (-1 for none). */
  readonly labelIndex: number;
  readonly negatedIndex: number;
  /** The feature names of a match (`c:<id>`, negated `c:<id>!`, hypothetical `c:<id>?`) and their ids. */
  readonly names: readonly [string, string, string];
  readonly ids: readonly [number, number, number];
  /** Whether the pattern has neither gaps nor optional slots (it is matched word after word). */
  readonly simple: boolean;
}

const DEFAULT_NEGATED: Readonly<Record<CueLabel, CueLabel | null>> = {
  offer: 'rejection',
  next_round: 'rejection',
  reference_check: null,
  rejection: null,
  pending: 'pending',
  other: null,
};

/**
 * The first three letters of each alternative of a slot, each once, in order. (This and the two functions below run
 * for every phrase of a language the first time a reply in it is read, before the engine optimises them: they keep to
 * few calls.)
 */
function indexKeys(source: string): string[] {
  const keys: string[] = [];
  const alts = source.split('|');
  for (let a = 0; a < alts.length; a++) {
    const alt = alts[a]!;
    const stem = alt.charCodeAt(alt.length - 1) === 42; // *
    const bare = stem ? alt.slice(0, -1) : alt;
    const w = PLAIN_PATTERN.test(bare) ? bare : foldWord(bare);
    const key = w.length > 3 ? w.slice(0, 3) : w;
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** The first slot of a pattern, which a match starts with (see {@link checkPattern} for the patterns that are valid). */
function firstSource(def: Pick<CueDefinition, 'id' | 'pattern'>): string {
  const { pattern } = def;
  let start = 0;
  while (pattern.charCodeAt(start) === 32) start++;
  const space = pattern.indexOf(' ', start);
  return pattern.slice(start, space < 0 ? pattern.length : space);
}

/**
 * Throws on a malformed pattern: empty, a run of dots other than the gaps `..` and `...`, a stem of fewer than 3
 * letters, or a first slot that is a gap or optional (a match must start with a word). The tables are data shipped with
 * the reader, so they are checked by {@link compileAll} in the tests, not each time a reader is made.
 */
function checkPattern(def: Pick<CueDefinition, 'id' | 'pattern'>): void {
  const items = def.pattern.split(' ').filter((item) => item !== '');
  const bad = (what: string): never => {
    throw new Error(`cue ${phraseName(def)} ${what}`);
  };
  const first = items[0];
  if (first === undefined) bad('is empty');
  else if (first === '..' || first === '...') bad('starts with a gap');
  else if (first.startsWith('[') && first.endsWith(']')) bad('starts with an optional slot');
  for (const item of items) {
    if (/^\.+$/.test(item)) {
      if (item !== '..' && item !== '...') bad(`has "${item}", which is not a gap (write .. or ...)`);
      continue;
    }
    for (const alt of item.replace(/^\[(.*)\]$/, '$1').split('|')) {
      if (alt.endsWith('*') && foldWord(alt.slice(0, -1)).length < 3) bad(`has the stem "${alt}", shorter than 3 letters`);
    }
  }
}

/** A phrase of the lexicon, compiled the first time a word it may start with is read. */
export type LexiconEntry<T> = () => T;

function once<T>(make: () => T): LexiconEntry<T> {
  let value: T | undefined;
  return () => (value ??= make());
}

/** Indexes entries by the first three letters of each alternative of their first slot, in table order. */
function indexByFirstLetters<T>(defs: readonly Pick<CueDefinition, 'id' | 'pattern'>[], entry: (i: number) => LexiconEntry<T>): Map<string, LexiconEntry<T>[]> {
  const index = new Map<string, LexiconEntry<T>[]>();
  for (let i = 0; i < defs.length; i++) {
    const e = entry(i);
    const keys = indexKeys(firstSource(defs[i]!));
    for (let k = 0; k < keys.length; k++) {
      const list = index.get(keys[k]!);
      if (list === undefined) index.set(keys[k]!, [e]);
      else list.push(e);
    }
  }
  return index;
}

function compileCue(table: CueTable, def: CueDefinition): CompiledCue {
  const slots = compilePattern(def);
  const id = `${table.language}.${def.label}.${phraseName(def)}`;
  const negated = def.negated === undefined ? DEFAULT_NEGATED[def.label] : def.negated;
  const names = [`c:${id}`, `c:${id}!`, `c:${id}?`] as const;
  return {
    language: table.language,
    id,
    label: def.label,
    negated,
    contrast: def.contrast === true,
    slots,
    labelIndex: REPLY_LABELS.indexOf(def.label),
    negatedIndex: negated === null ? -1 : REPLY_LABELS.indexOf(negated),
    names,
    ids: [fnv(names[0]), fnv(names[1]), fnv(names[2])],
    simple: isSimple(slots),
  };
}

/**
 * Indexes a cue table from a word's first three letters to the cues that can start there, each compiled when first
 * needed (a reply reads only a few dozen distinct first letters). {@link compileAll} checks the table (a malformed
 * pattern or a duplicate id is a table bug, caught by the tests).
 */
export function indexCues(table: CueTable): Map<string, LexiconEntry<CompiledCue>[]> {
  return indexByFirstLetters(table.cues, (i) => once(() => compileCue(table, table.cues[i]!)));
}

/**
 * A phrase's name in evidence and in the weights: its id, or else the first word of each required slot of its pattern
 * ("move|moving forward|ahead .. other|another candidate*" is "move-forward-other-candidate"). The built-in lexicon
 * has no ids: they would take the room of some 570 learned weights in the reader's 80 kB.
 */
export function phraseName(def: { readonly id?: string; readonly pattern: string }): string {
  return def.id ?? def.pattern.split(' ').filter((s) => s !== '' && s[0] !== '[' && s[0] !== '.').map((s) => s.split('|')[0]!.replace(/\*$/, '')).join('-');
}

/** Throws on two phrases of one label (or request kind) and one name in a table. */
function checkIds(defs: readonly { readonly id?: string; readonly pattern: string; readonly label?: string; readonly kind?: string }[], what: string): void {
  const seen = new Set<string>();
  for (const def of defs) {
    const name = `${def.label ?? def.kind}.${phraseName(def)}`;
    if (seen.has(name)) throw new Error(`duplicate ${what} ${name}`);
    seen.add(name);
  }
}

function compilePattern(def: Pick<CueDefinition, 'id' | 'pattern'>): Slot[] {
  const slots: Slot[] = [];
  for (const item of def.pattern.split(' ')) {
    if (item === '') continue;
    if (item === '..' || item === '...') {
      slots.push({ words: new WordSet([]), optional: false, gap: item === '..' ? 3 : 6 });
      continue;
    }
    const optional = item.startsWith('[') && item.endsWith(']');
    const source = optional ? item.slice(1, -1) : item;
    slots.push({ words: new WordSet(source.split('|')), optional, gap: 0 });
  }
  return slots;
}

/** A word as the matcher reads it: the folded word and its first three letters (the index key). */
export interface MatchWord {
  readonly word: string;
  readonly key: string;
  /** The word's {@link fnv}, when known. */
  readonly hash?: number;
}

/** A field's words as the matcher reads them, with the sentence of each. */
export interface MatchTokens {
  readonly infos: readonly MatchWord[];
  readonly sentences: ArrayLike<number>;
  readonly count: number;
}

/** Whether `cue` can start at a word: its first slot holds the word (the index only narrows by the first letters). */
export function startsWith(cue: { readonly slots: readonly Slot[] }, info: MatchWord): boolean {
  return cue.slots[0]?.words.has(info.word, info.key, info.hash) === true;
}

/**
 * Matches `cue` at word `at`, whose first slot the word is known to fill ({@link startsWith}); returns the index after
 * its last word, or -1. All words must lie in one sentence. The work is bounded by the pattern (at most 7 tries per
 * gap, 2 per optional slot), so matching every cue at every word stays linear in the text.
 */
export function matchCue(cue: { readonly slots: readonly Slot[]; readonly simple?: boolean }, tokens: MatchTokens, at: number): number {
  const { slots } = cue;
  const sentence = tokens.sentences[at] ?? 0;
  if (cue.simple !== true) return matchFrom(slots, tokens, tokens.infos, sentence, 1, at + 1);
  // Neither gaps nor optional slots: each slot takes the next word, so no other way to match needs trying.
  for (let s = 1; s < slots.length; s++) {
    const t = at + s;
    const info = tokens.infos[t];
    if (t >= tokens.count || tokens.sentences[t] !== sentence || info === undefined) return -1;
    if (!slots[s]!.words.has(info.word, info.key, info.hash)) return -1;
  }
  return at + slots.length;
}

/** Whether a pattern has neither gaps nor optional slots (see {@link matchCue}). */
function isSimple(slots: readonly Slot[]): boolean {
  return slots.every((slot) => slot.gap === 0 && !slot.optional);
}

function matchFrom(slots: readonly Slot[], tokens: MatchTokens, infos: readonly MatchWord[], sentence: number, slotIndex: number, t: number): number {
  const slot = slots[slotIndex];
  if (slot === undefined) return t;
  if (slot.gap > 0) {
    for (let g = 0; g <= slot.gap; g++) {
      const pos = t + g;
      if (pos > tokens.count) break;
      if (g > 0 && tokens.sentences[pos - 1] !== sentence) break;
      const r = matchFrom(slots, tokens, infos, sentence, slotIndex + 1, pos);
      if (r >= 0) return r;
    }
    return -1;
  }
  const info = infos[t];
  if (t < tokens.count && tokens.sentences[t] === sentence && info !== undefined && slot.words.has(info.word, info.key, info.hash)) {
    const r = matchFrom(slots, tokens, infos, sentence, slotIndex + 1, t + 1);
    if (r >= 0) return r;
  }
  return slot.optional ? matchFrom(slots, tokens, infos, sentence, slotIndex + 1, t) : -1;
}

/** A request phrase ready to match (same matcher as the cues). */
export interface CompiledRequest {
  readonly id: string;
  readonly kind: RequestKind;
  readonly slots: readonly Slot[];
  /** As {@link CompiledCue.simple}. */
  readonly simple: boolean;
}

/** Indexes a table's request phrases by first three letters, like {@link indexCues}. */
export function indexRequests(table: CueTable): Map<string, LexiconEntry<CompiledRequest>[]> {
  const defs = table.requests as readonly RequestCue[];
  return indexByFirstLetters(defs, (i) => once(() => {
    const def = defs[i]!;
    const slots = compilePattern(def);
    return { id: `${table.language}.${def.kind}.${phraseName(def)}`, kind: def.kind, slots, simple: isSimple(slots) };
  }));
}

/** Checks and compiles every phrase and request phrase of a table: throws on a duplicate id or a malformed pattern. */
export function compileAll(table: CueTable): { readonly cues: readonly CompiledCue[]; readonly requests: readonly CompiledRequest[] } {
  checkIds(table.cues, `${table.language} cue`);
  checkIds(table.requests, `${table.language} request`);
  for (const def of [...table.cues, ...table.requests]) checkPattern(def);
  const all = <T>(index: Map<string, LexiconEntry<T>[]>): T[] => [...new Set([...index.values()].flat())].map((e) => e());
  return { cues: all(indexCues(table)), requests: all(indexRequests(table)) };
}
