import { foldWord } from './foldText.js';
import type { CueDefinition, CueLabel, CueTable, RequestCue } from './cues/types.js';
import type { RequestKind } from './types.js';
import type { Tokens } from './tokenize.js';
import type { ReplyLanguage } from './types.js';

/** Lower-case ASCII letters, digits and the stem mark: already folded. */
const PLAIN_PATTERN = /^[a-z0-9*]*$/;

/** A set of folded words and word prefixes (`stem*`), with prefixes bucketed by their first three letters. */
export class WordSet {
  private readonly exact = new Set<string>();
  private readonly buckets = new Map<string, string[]>();
  private readonly short: string[] = [];

  constructor(items: readonly string[]) {
    for (const raw of items) {
      // Most list words are already folded (lower-case ASCII): only the others go through the fold table.
      const item = PLAIN_PATTERN.test(raw) ? raw : foldWord(raw);
      if (!item.endsWith('*')) {
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
  }

  /** Whether `word` is in the set; `key` may pass `word.slice(0, 3)` when the caller has it. */
  has(word: string, key?: string): boolean {
    if (this.exact.has(word)) return true;
    if (word.length >= 3 && this.buckets.size > 0) {
      const bucket = this.buckets.get(key ?? word.slice(0, 3));
      if (bucket !== undefined) for (const p of bucket) if (word.startsWith(p)) return true;
    }
    for (const p of this.short) if (word.startsWith(p)) return true;
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
  readonly key: string;
  readonly language: ReplyLanguage;
  readonly id: string;
  readonly label: CueLabel;
  readonly negated: CueLabel | null;
  readonly contrast: boolean;
  readonly slots: readonly Slot[];
}

const DEFAULT_NEGATED: Readonly<Record<CueLabel, CueLabel | null>> = {
  offer: 'rejection',
  next_round: 'rejection',
  reference_check: null,
  rejection: null,
  pending: 'pending',
  other: null,
};

function indexKeys(source: string): string[] {
  const keys: string[] = [];
  for (const alt of source.split('|')) {
    const stem = alt.endsWith('*');
    const bare = stem ? alt.slice(0, -1) : alt;
    const w = PLAIN_PATTERN.test(bare) ? bare : foldWord(bare);
    if (stem && w.length < 3) throw new Error(`cue stem "${alt}" is shorter than 3 letters`);
    keys.push(w.slice(0, 3));
  }
  return keys;
}

/**
 * Compiles cue tables into an index from a word's first three letters to the cues that can start
 * there. Throws on a malformed pattern (a table bug, caught by the tests).
 */
export function compileCues(tables: readonly CueTable[]): Map<string, CompiledCue[]> {
  const index = new Map<string, CompiledCue[]>();
  for (const table of tables) {
    const seen = new Set<string>();
    for (const def of table.cues) {
      if (seen.has(def.id)) throw new Error(`duplicate cue id ${table.language}.${def.id}`);
      seen.add(def.id);
      const { slots, firstSource } = compilePattern(def);
      if (slots.length === 0) throw new Error(`empty cue ${def.id}`);
      const compiled: Omit<CompiledCue, 'key'> = {
        language: table.language,
        id: `${table.language}.${def.label}.${def.id}`,
        label: def.label,
        negated: def.negated === undefined ? DEFAULT_NEGATED[def.label] : def.negated,
        contrast: def.contrast === true,
        slots,
      };
      for (const key of new Set(indexKeys(firstSource))) {
        const list = index.get(key) ?? [];
        list.push({ ...compiled, key });
        index.set(key, list);
      }
    }
  }
  return index;
}

function compilePattern(def: Pick<CueDefinition, 'id' | 'pattern'>): { slots: Slot[]; firstSource: string } {
  const slots: Slot[] = [];
  let firstSource = '';
  for (const item of def.pattern.split(' ')) {
    if (item === '') continue;
    if (/^\.+$/.test(item) && item !== '..' && item !== '...') throw new Error(`cue ${def.id}: "${item}" is not a gap (write .. or ...)`);
    if (item === '..' || item === '...') {
      if (slots.length === 0) throw new Error(`cue ${def.id} starts with a gap`);
      slots.push({ words: new WordSet([]), optional: false, gap: item === '..' ? 3 : 6 });
      continue;
    }
    const optional = item.startsWith('[') && item.endsWith(']');
    const source = optional ? item.slice(1, -1) : item;
    if (slots.length === 0) {
      if (optional) throw new Error(`cue ${def.id} starts with an optional slot`);
      firstSource = source;
    }
    slots.push({ words: new WordSet(source.split('|')), optional, gap: 0 });
  }
  return { slots, firstSource };
}

/**
 * Matches `cue` at word `at`; returns the index after its last word, or -1. All words must lie in
 * one sentence. The work is bounded by the pattern (at most 7 tries per gap, 2 per optional slot),
 * so matching every cue at every word stays linear in the text.
 */
export function matchCue(cue: CompiledCue, tokens: Tokens, at: number): number {
  return matchFrom(cue.slots, tokens, tokens.sentences[at] ?? 0, 0, at);
}

function matchFrom(slots: readonly Slot[], tokens: Tokens, sentence: number, slotIndex: number, t: number): number {
  const slot = slots[slotIndex];
  if (slot === undefined) return t;
  if (slot.gap > 0) {
    for (let g = 0; g <= slot.gap; g++) {
      const pos = t + g;
      if (pos > tokens.count) break;
      if (g > 0 && tokens.sentences[pos - 1] !== sentence) break;
      const r = matchFrom(slots, tokens, sentence, slotIndex + 1, pos);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (t < tokens.count && tokens.sentences[t] === sentence && slot.words.has(tokens.words[t] ?? '', tokens.keys[t])) {
    const r = matchFrom(slots, tokens, sentence, slotIndex + 1, t + 1);
    if (r >= 0) return r;
  }
  return slot.optional ? matchFrom(slots, tokens, sentence, slotIndex + 1, t) : -1;
}

/** A request phrase ready to match (same matcher as the cues). */
export interface CompiledRequest {
  readonly id: string;
  readonly kind: RequestKind;
  readonly slots: readonly Slot[];
}

/** Compiles a table's request phrases into an index by first three letters, like {@link compileCues}. */
export function compileRequests(table: CueTable): Map<string, CompiledRequest[]> {
  const index = new Map<string, CompiledRequest[]>();
  const seen = new Set<string>();
  for (const def of table.requests as readonly RequestCue[]) {
    if (seen.has(def.id)) throw new Error(`duplicate request id ${table.language}.${def.id}`);
    seen.add(def.id);
    const { slots, firstSource } = compilePattern(def);
    const compiled: CompiledRequest = { id: `${table.language}.${def.kind}.${def.id}`, kind: def.kind, slots };
    for (const key of new Set(indexKeys(firstSource))) {
      const list = index.get(key) ?? [];
      list.push(compiled);
      index.set(key, list);
    }
  }
  return index;
}

/** Matches a compiled request phrase at word `at` (see {@link matchCue}). */
export function matchRequest(request: CompiledRequest, tokens: Tokens, at: number): number {
  return matchFrom(request.slots, tokens, tokens.sentences[at] ?? 0, 0, at);
}
