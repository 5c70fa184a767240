import type { CountUnit, PeriodPart } from '../../languages/timelineVocabulary.js';
import type { PromiseKind, ReplyLanguage } from '../types.js';

/** The phrase families the reader knows; each has its own resolver. */
export type RuleKind =
  | 'count' | 'count-unit' | 'weekday' | 'week' | 'calendar-week' | 'period-word' | 'month-period' | 'month'
  | 'month-day' | 'day-month' | 'numeric' | 'iso' | 'ordinal' | 'day-word' | 'holidays' | 'vague';

/** One compiled phrase family of one language. */
export interface TimelineRule {
  readonly id: string;
  readonly language: ReplyLanguage;
  readonly kind: RuleKind;
  readonly pattern: RegExp;
  /**
   * Patterns that each occur in any text the rule matches (the words it cannot match without, as bare substrings): a
   * text that lacks one is not searched with the rule. Rules share them, so a text is tested once per pattern.
   */
  readonly needs: readonly RegExp[];
  /** Base confidence before context. */
  readonly base: number;
}

/** The named groups of a match. */
export type Groups = Readonly<Record<string, string | undefined>>;

/** A phrase resolved to epoch days. */
export interface Resolved {
  readonly kind: PromiseKind;
  readonly date: number;
  readonly earliest?: number;
  readonly count?: number;
  readonly unit?: 'days' | 'weeks' | 'business-days';
  /** The hours of a count in hours ("in 2 hours"), before they are rounded up to days. */
  readonly hours?: number;
}

/** The folded lookup tables and compiled rules of one language. */
export interface Lexicon {
  readonly language: ReplyLanguage;
  readonly numericDateOrder: 'month-day' | 'day-month';
  readonly weekdays: ReadonlyMap<string, number>;
  readonly months: ReadonlyMap<string, number>;
  readonly numbers: ReadonlyMap<string, number>;
  readonly units: ReadonlyMap<string, CountUnit>;
  readonly countUnits: ReadonlyMap<string, readonly [number, CountUnit]>;
  readonly parts: ReadonlyMap<string, PeriodPart>;
  readonly periodWords: ReadonlyMap<string, readonly [unit: 'week' | 'month' | 'year', part: PeriodPart]>;
  readonly next: ReadonlySet<string>;
  readonly afterNext: ReadonlySet<string>;
  /** {@link TimelineVocabulary.afterNext}'s `or`: "next week or the week after". */
  readonly orAfterNext: ReadonlySet<string>;
  /** {@link TimelineVocabulary.verbFinal}. */
  readonly verbFinal: boolean;
  readonly following: ReadonlySet<string>;
  /** {@link TimelineVocabulary.holidays}: each word before the holidays with what it does, and the names of the new year. */
  readonly holidayWords: ReadonlyMap<string, 'before' | 'after' | 'in'>;
  readonly newYear: ReadonlySet<string>;
  readonly monthPlurals: ReadonlySet<string>;
  readonly current: ReadonlySet<string>;
  readonly nextWeekday: ReadonlySet<string>;
  readonly dayWords: ReadonlyMap<string, number>;
  readonly nextBusinessDay: ReadonlySet<string>;
  readonly vague: ReadonlyMap<string, 'days' | 'weeks'>;
  readonly deadlinePrepositions: ReadonlySet<string>;
  readonly countPrepositions: ReadonlySet<string>;
  readonly requestPrepositions: ReadonlySet<string>;
  readonly durationWords: ReadonlySet<string>;
  readonly rollingPrepositions: ReadonlySet<string>;
  readonly rules: readonly TimelineRule[];
  /** Cue patterns, matched at word starts in the phrase's sentence. */
  readonly promise: RegExp;
  readonly request: RegExp;
  readonly deadline: RegExp;
  readonly slot: RegExp;
  readonly absence: RegExp;
  readonly other: RegExp;
  /** {@link TimelineVocabulary.subjects}: a contract, a salary, a start date (see {@link classifyRole}). */
  readonly subject: RegExp;
  readonly noDate: RegExp;
  /** A weekday that is one end of a range of weekdays ("Monday to Friday", "lunes a viernes"): a schedule, not a day. */
  readonly weekdayRangeAfter: RegExp;
  /**
   * What may stand between days offered as alternatives (", ", " or ", ", and ") when no deadline word follows, sticky:
   * searched from the end of the first day, it must end where the second begins.
   */
  readonly alternatives: RegExp;
  /** A week word and a link right before a date ("the week of", "semaine du"), and a link the date's phrase may begin with. */
  readonly weekBefore: RegExp;
  readonly weekLink: RegExp;
  readonly weekdayRangeBefore: RegExp;
  /**
   * The first day of a range of days before a date that names the last ("9–14 June", "du 9 au 14 juin", "vom 9. bis
   * 14. Juni", "del 9 al 14 de junio", "between 9 and 14 June"), read back from the date; and the last day after a date
   * that names the first ("June 9–14", "June 9 to 14").
   */
  readonly dayRangeBefore: RegExp;
  readonly dayRangeAfter: RegExp;
  /** Words tying a count to another event than the email ("of receiving the link", "a partir de [data]"), or making it a rate ("a week"). */
  readonly eventAfter: RegExp;
  /** An event anchor opening the sentence ("After the application deadline, mentors will take two weeks"). */
  readonly eventBefore: RegExp;
  /**
   * A time of day right after a phrase ("at 10am", "um 14 Uhr", "à 14h30", "a las 10:00"), tested on the phrase's last
   * character and the text after it: a date in parentheses may close first ("quarta-feira (28/10) às 14h").
   */
  readonly timeAfter: RegExp;
  /** A time of day right before a phrase ("at 10am on Friday"). */
  readonly timeBefore: RegExp;
}
