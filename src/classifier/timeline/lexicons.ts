import { LANGUAGES } from '../../languages/index.js';
import { TIMELINE_WORDS } from '../../languages/reading.js';
import type { ReplyLanguage } from '../types.js';
import { compileLexicon } from './compileLexicon.js';
import type { Lexicon } from './types.js';

// Compiled on first use, not at import, so importing the package stays cheap.
let compiled: ReadonlyMap<ReplyLanguage, Lexicon> | undefined;

/** The compiled lexicon of every language with a timeline vocabulary. */
export function timelineLexicons(): ReadonlyMap<ReplyLanguage, Lexicon> {
  compiled ??= new Map(LANGUAGES.map((l) => [l, compileLexicon(TIMELINE_WORDS[l])]));
  return compiled;
}
