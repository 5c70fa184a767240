import type { ReplyLabel, ReplyLanguage, RequestKind } from '../types.js';

/** A label a cue can vote for. */
export type CueLabel = ReplyLabel;

/**
 * One phrase of the built-in lexicon (R7): a word pattern and the label it speaks for. The reader learns how much each
 * phrase counts from real mail; the lexicon only says where to look.
 *
 * Pattern syntax, one slot per space-separated item, matched against folded words (lower case,
 * accents removed) inside one sentence:
 * - `offer` a word; `offer*` any word starting with `offer`; `offer|offers|job*` alternatives;
 * - `[the|a]` an optional slot;
 * - `..` up to 3 words of any kind, `...` up to 6.
 *
 * Every space starts the next slot, inside a list of alternatives too: `let you know|share` is three words in a row
 * ("let", "you", then "know" or "share"), never "let you know" or "share".
 */
export interface CueDefinition {
  /**
   * A name for the phrase in `evidence`, unique among its label's phrases (`"other-candidates"` shows as
   * `"c:en.rejection.other-candidates"`). Without it the first word of each required slot of the pattern names it
   * (`"c:en.rejection.move-forward-other-candidate"`): the built-in lexicon ships without ids, which would take the room
   * of some 570 learned weights.
   */
  readonly id?: string;
  readonly label: CueLabel;
  readonly pattern: string;
  /**
   * What the cue votes for when a negator precedes it in the same clause ("not able to offer"):
   * another label, or `null` to ignore it. Defaults: offer and next_round → rejection;
   * reference_check, rejection → ignored; pending → pending.
   */
  readonly negated?: CueLabel | null;
  /**
   * A contrast word that is also a weak cue ("unfortunately", "leider"). The cues of the two sentences after a contrast
   * word count once more, as what the message says after it; such a cue does not, being the contrast itself.
   */
  readonly contrast?: boolean;
}

/** Everything the classifier knows about one language: cues and the word lists around them. */
export interface CueTable {
  readonly language: ReplyLanguage;
  readonly cues: readonly CueDefinition[];
  /** Words (or `stem*`) that negate a cue when they precede it in the same clause. */
  readonly negators: readonly string[];
  /**
   * Words that make a following offer, rejection, next-round or reference cue hypothetical
   * ("before we can make an offer", "if you are selected"): such a cue is ignored.
   */
  readonly conditionals: readonly string[];
  /** Words that end the negation window ("and", "but"). */
  readonly clauseBreaks: readonly string[];
  /** Contrast words after which the rest of the message dominates ("however", "leider"). */
  readonly contrast: readonly string[];
  /** Phrases that ask the candidate to do something, in the cue pattern syntax (no weights: a match is a request). */
  readonly requests: readonly RequestCue[];
  /** Frequent function words, for language detection. */
  readonly stopWords: readonly string[];
  /**
   * The language's words for what hiring mail talks about, by concept (`offer`, `interview`, `regret` …): the same
   * concept names in every language, so that what the reader learns of a word from mail in one language holds for its
   * counterparts in the others. Its forms, separated by spaces, are folded single words; `stem*` matches every word
   * starting with `stem`.
   */
  readonly concepts: Readonly<Record<string, string>>;
}

/**
 * The words of one language that the reply reader looks for in every reply, whatever its language (a pack's
 * `everyReply`): its stop words, which tell the language, and its contrast words, which count in any reply. Apart from
 * the rest of the lexicon ({@link LexiconWords}), which is made for a reply's own language and English only.
 */
export type EveryReplyWords = Pick<CueTable, 'language' | 'stopWords' | 'contrast'>;

/** A cue as a pack writes it in a {@link CueRun}: its pattern, or the cue but its label. */
export type CueEntry = string | Omit<CueDefinition, 'label'>;

/**
 * Cues of one label in a row, as a pack writes its lexicon: the label once for the run rather than with each cue (a
 * label and a `pattern` key per cue took 1.7 kB of the reader's 80 kB, the room of some 330 learned weights). The runs
 * keep the order of the cues.
 */
export type CueRun = readonly [label: CueLabel, cues: readonly CueEntry[]];

/** Request patterns of one kind in a row, as a pack writes them (see {@link CueRun}). */
export type RequestRun = readonly [kind: RequestKind, patterns: readonly string[]];

/** One language's lexicon but its {@link EveryReplyWords} (a pack's `reading`), its cues and requests in runs. */
export interface LexiconWords extends Omit<CueTable, 'stopWords' | 'contrast' | 'cues' | 'requests'> {
  readonly cues: readonly CueRun[];
  readonly requests: readonly RequestRun[];
}

/** A phrase that asks the candidate to do something (what {@link classifyReply} reports as `requests`). */
export interface RequestCue {
  /** A name for the phrase, unique among its kind's phrases; made from its pattern when there is none (as {@link CueDefinition.id}). */
  readonly id?: string;
  readonly kind: RequestKind;
  /** The same syntax as {@link CueDefinition.pattern}. */
  readonly pattern: string;
}
