import { TIMELINE_VOCABULARIES } from '../languages/index.js';
import type { ReplyLanguage } from '../types.js';
import { compileLexicon } from './compileLexicon.js';
import type { Lexicon } from './types.js';

// Compiled on first use, not at import, so importing the package stays cheap.
let compiled: ReadonlyMap<ReplyLanguage, Lexicon> | undefined;

/** The compiled lexicon of every language with a timeline vocabulary. */
export function timelineLexicons(): ReadonlyMap<ReplyLanguage, Lexicon> {
  compiled ??= new Map(TIMELINE_VOCABULARIES.map((v) => [v.language, compileLexicon(v)]));
  return compiled;
}
