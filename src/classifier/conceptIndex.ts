import { foldWord } from './foldText.js';
import { fnv } from './model/fnv.js';

/**
 * A concept of the reply reader (R7): what hiring mail talks about (`offer`, `interview`, `regret` …), named alike in
 * every language, with the feature names and ids a word of it gives in the body (`k:`), negated (`kn:`) and in the
 * subject (`ks:`).
 */
export interface Concept {
  readonly names: readonly [string, string, string];
  readonly ids: readonly [number, number, number];
}

/** One language's concept words, ready for look-up: exact forms, and stems by their first three letters. */
export class ConceptIndex {
  private readonly exact = new Map<string, Concept>();
  private readonly stems = new Map<string, [string, Concept][]>();

  /** `concepts`: each concept's forms, separated by spaces. */
  constructor(concepts: Readonly<Record<string, string>>) {
    for (const name of Object.keys(concepts)) {
      const forms = (concepts[name] ?? '').split(' ').filter((f) => f !== '');
      if (forms.length === 0) continue;
      const names = [`k:${name}`, `kn:${name}`, `ks:${name}`] as const;
      const concept: Concept = { names, ids: [fnv(names[0]), fnv(names[1]), fnv(names[2])] };
      for (const raw of forms) {
        const form = foldWord(raw);
        if (form.charCodeAt(form.length - 1) !== 42 /* * */) {
          this.exact.set(form, concept);
          continue;
        }
        const stem = form.slice(0, -1);
        if (stem.length < 3) throw new Error(`concept stem "${raw}" of ${name} is shorter than 3 letters`);
        const bucket = this.stems.get(stem.slice(0, 3));
        if (bucket === undefined) this.stems.set(stem.slice(0, 3), [[stem, concept]]);
        else bucket.push([stem, concept]);
      }
    }
    // The longest stem that matches wins.
    for (const bucket of this.stems.values()) bucket.sort((a, b) => b[0].length - a[0].length);
  }

  /** The concept of a folded word (`key`: its first three letters), if any. */
  of(word: string, key: string): Concept | undefined {
    const exact = this.exact.get(word);
    if (exact !== undefined) return exact;
    const bucket = this.stems.get(key);
    if (bucket !== undefined) for (const [stem, concept] of bucket) if (word.startsWith(stem)) return concept;
    return undefined;
  }
}
