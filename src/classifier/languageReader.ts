import { indexCues, indexRequests, WordSet } from './compileCues.js';
import type { CompiledCue, CompiledRequest, LexiconEntry } from './compileCues.js';
import { ConceptIndex } from './conceptIndex.js';
import { CUE_TABLES } from './cues/index.js';
import type { ReplyLanguage } from './types.js';

/**
 * One language's lexicon, ready for reading (R7): phrases and request phrases by first letters (each compiled when
 * first needed), and word lists.
 */
export interface LanguageReader {
  readonly language: ReplyLanguage;
  readonly cues: ReadonlyMap<string, readonly LexiconEntry<CompiledCue>[]>;
  readonly requests: ReadonlyMap<string, readonly LexiconEntry<CompiledRequest>[]>;
  readonly negators: WordSet;
  readonly conditionals: WordSet;
  readonly clauseBreaks: WordSet;
  readonly concepts: ConceptIndex;
}

const readers: (LanguageReader | undefined)[] = [];

/**
 * The lexicon of `CUE_TABLES[k]`, compiled on first use (not at import): a reply in one language compiles that
 * language and English only.
 */
export function languageReader(k: number): LanguageReader {
  const known = readers[k];
  if (known !== undefined) return known;
  const table = CUE_TABLES[k];
  if (table === undefined) throw new RangeError(`no cue table ${k}`);
  const reader: LanguageReader = {
    language: table.language,
    cues: indexCues(table),
    requests: indexRequests(table),
    negators: new WordSet(table.negators),
    conditionals: new WordSet(table.conditionals),
    clauseBreaks: new WordSet(table.clauseBreaks),
    concepts: new ConceptIndex(table.concepts),
  };
  readers[k] = reader;
  return reader;
}
