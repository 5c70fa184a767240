import type { Language } from './index.js';

/** A part of a week or month: "end of", "early", "mid", "late", "the rest of". */
export type PeriodPart = 'end' | 'early' | 'mid' | 'late' | 'rest';

/** A unit of a count ("3 business days", "two weeks"). */
export type CountUnit = 'days' | 'business-days' | 'weeks' | 'months' | 'hours' | 'business-hours';

/**
 * Every word the timeline reader (R4.5) needs for one language. Words are written as people
 * write them (accents and capitals are folded when the rules are compiled); a multi-word entry is
 * one phrase ("no later than"). A cue (`promise`, `request`, `slot`, `absence`) matches at the
 * start of a word, so a stem ("entscheid") covers its forms. The logic holds no words of its own: each
 * language pack fills one (`timeline` in `src/languages/<code>/reading.ts`). Every entry is required; a
 * language without such words gives an empty list or map.
 */
export interface TimelineVocabulary {
  readonly language: Language;
  /** How a numeric date like `4/12` reads: `month-day` (4 December is `12/4`) or `day-month`. */
  readonly numericDateOrder: 'month-day' | 'day-month';
  /** Weekday names and abbreviations, 0 = Sunday. */
  readonly weekdays: Readonly<Record<string, number>>;
  /** Month names and abbreviations, 1 = January. */
  readonly months: Readonly<Record<string, number>>;
  /** Month names that are also common words ("may"): read only after a preposition or next to a day. */
  readonly ambiguousMonths: readonly string[];
  /** Count words ("two", "zwei", "deux", "dos", "a couple of"). */
  readonly numbers: Readonly<Record<string, number>>;
  /** Counts that give no number ("a few", "ein paar", "quelques", "unos"): the phrase is vague. */
  readonly fewWords: readonly string[];
  /** "about", "etwa", "environ", "aproximadamente": allowed before a count. */
  readonly about: readonly string[];
  /** Words joining the two ends of a count range ("to" in "one to three days"). */
  readonly rangeJoiners: readonly string[];
  /** Words joining two weekdays of a schedule besides `rangeJoiners` ("through", "au"). */
  readonly weekdayRangeJoiners: readonly string[];
  /**
   * Words after a count that tie it to another event than the email ("within 48 hours of receiving the link", "5 days
   * from the date of your application", "7 dias a partir de [data]"), or that open its sentence ("After that, we will get
   * back to you within a week", "Danach melden wir uns innerhalb einer Woche"): such a count gives no date. In a
   * `verbFinal` language, one after the count with no word after it is a verb's particle ("schließen Sie den Test
   * innerhalb von 3 Tagen ab."), not an anchor.
   */
  readonly eventAnchors: readonly string[];
  /** Words after a count that make it a rate, not a time ("32-40 hours a week", "20 Stunden pro Woche"). */
  readonly rateWords: readonly string[];
  /**
   * What after an event anchor still means the email itself ("of receiving this email", "from today", "a partir de hoy"); a
   * count before the two needs no preposition ("two weeks from today", "dos semanas después de hoy").
   */
  readonly selfAnchors: readonly string[];
  /** Words for "or" ("a day or two", "two or three weeks"). */
  readonly orWords: readonly string[];
  /** "between" … "and" around a count range ("between 2 and 3 weeks"). */
  readonly between: readonly string[];
  readonly and: readonly string[];
  /** Unit words by unit. */
  readonly units: Readonly<Record<CountUnit, readonly string[]>>;
  /** Words that are a count and a unit at once ("fortnight", "huitaine", "quinzaine"). */
  readonly countUnits: Readonly<Record<string, readonly [count: number, unit: CountUnit]>>;
  /** Words after a count that change nothing ("time" in "two weeks' time"). */
  readonly countSuffixes: readonly string[];
  /** Words between a preposition and a count ("more" in "in 2 more days"). */
  readonly countInfixes: readonly string[];
  /** The words for a week and a month. */
  readonly weekWords: readonly string[];
  /** Words between a week word and a date that name the date's week ("the week of", "starting", "Woche vom", "semaine du", "semana del"). */
  readonly weekOf: readonly string[];
  readonly monthWords: readonly string[];
  /** Words that make a month word plural where it has one form for both (French "dans les prochains mois"). */
  readonly monthPlurals: readonly string[];
  /** Words for the year after a part of it: "the end of the year", "Ende des Jahres", "fin de l'année" (only its end is a day). */
  readonly yearWords: readonly string[];
  /**
   * The year-end holidays, read in November and December only: words that make them a deadline ("before Christmas",
   * "vor Weihnachten"), put the news after them ("after the holidays", "nach den Feiertagen", "après les fêtes") or in
   * the new year ("in the new year", "im neuen Jahr"; with the holidays, "in the holidays", they name no day), and the
   * names of the holidays and of the new year.
   */
  readonly holidays: {
    readonly before: readonly string[];
    readonly after: readonly string[];
    readonly in: readonly string[];
    readonly christmas: readonly string[];
    readonly newYear: readonly string[];
  };
  /** Single words naming a part of a week, month or year ("EOW", "Monatsende", "Jahresende"). */
  readonly periodWords: Readonly<Record<string, readonly [unit: 'week' | 'month' | 'year', part: PeriodPart]>>;
  /** "KW 49", "Kalenderwoche 49". */
  readonly calendarWeekWords: readonly string[];
  /** Words pointing at the following week, month or weekday, before or after the noun. */
  readonly next: { readonly before: readonly string[]; readonly after: readonly string[] };
  /**
   * The `next` words that may count from a day the sentence named before ("interviews on December 7, and a decision the
   * following week"): then the week, weekday or month after that day's.
   */
  readonly following: readonly string[];
  /**
   * Words pointing at the week after the next one, before or after the noun ("übernächste Woche", "the week after next");
   * `or`: words offering next week or the one after, from next week to the end of the week after ("next week or the week
   * after", "nächste oder übernächste Woche", "la semaine prochaine ou la suivante", "la próxima semana o la siguiente").
   */
  readonly afterNext: { readonly before: readonly string[]; readonly after: readonly string[]; readonly or: readonly string[] };
  /** Words pointing at the current week, month or weekday. */
  readonly current: { readonly before: readonly string[]; readonly after: readonly string[] };
  /**
   * The `next.before` words that make a weekday next week's (English "next Friday"); with the others it is the coming
   * one ("this coming Friday", "nächsten Freitag", "el próximo lunes").
   */
  readonly nextWeekday: readonly string[];
  /** Period words by the part they name: "end", "Anfang", "début", "mediados". */
  readonly parts: { readonly [P in PeriodPart]?: readonly string[] };
  /** Words between a period word and its noun ("of the", "der", "de la", "del"). */
  readonly partLinks: readonly string[];
  /** Articles allowed before a noun phrase ("the", "der", "la", "el"). */
  readonly articles: readonly string[];
  /** Days named relative to today, with their offset ("tomorrow" 1, "this evening" 0). */
  readonly dayWords: Readonly<Record<string, number>>;
  /** Names of the next business day ("the next business day", "am nächsten Werktag", "el siguiente día hábil"), counted in the calendar. */
  readonly nextBusinessDay: readonly string[];
  /** Phrases that contain a day word or a weekday name but name no day ("guten Morgen", "por la mañana", "segunda etapa"). */
  readonly notDayWords: readonly string[];
  /** Prepositions that make a phrase a deadline ("by", "bis", "d'ici", "antes del"). */
  readonly deadlinePrepositions: readonly string[];
  /** Other prepositions a phrase may start with ("on", "am", "le", "el"). */
  readonly prepositions: readonly string[];
  /** Prepositions before a count ("within", "in", "innerhalb von", "dans", "en un plazo de"). */
  readonly countPrepositions: readonly string[];
  /**
   * Words before a count that make it the candidate's time limit ("valid for 7 days", "you have 48 hours", "válido por 7
   * días"), or right before any other phrase ("you will have until Friday", "Sie haben bis Freitag Zeit"): the phrase
   * is a request whatever the words around it say.
   */
  readonly requestPrepositions: readonly string[];
  /**
   * Verbs before a count that say how long the employer's step takes ("this may take a few days", "cela peut prendre
   * quelques jours", "puede tardar unas semanas", "please allow 5-7 business days"): a count of days or weeks after them
   * is a wait; hours and minutes after them are the length of a task ("the test takes 4 hours", "please allow 1-2 hours
   * for your interview") and give no date.
   */
  readonly durationWords: readonly string[];
  /** Prepositions that make "the next week" the next seven days rather than next calendar week ("over the next week"). */
  readonly rollingPrepositions: readonly string[];
  /** Ordinal endings after a day number ("th", "er"). */
  readonly ordinalSuffixes: readonly string[];
  /** Nouns after an ordinal that make it no day ("the 4th floor", "1er étage", "the 2nd round"). */
  readonly ordinalNouns: readonly string[];
  /** Words between a day number and a month ("of", "de"), and between a date and its year. */
  readonly dayMonthLinks: readonly string[];
  /** Words between a weekday and its day number other than articles (Portuguese "sexta-feira, dia 11"). */
  readonly weekdayDayLinks: readonly string[];
  readonly yearLinks: readonly string[];
  /** Time-of-day words after a number ("am", "Uhr", "h", "horas"). */
  readonly timeOfDay: readonly string[];
  /** Phrases that promise nothing firm ("soon", "zeitnah", "prochainement"), by the unit they suggest. */
  readonly vague: { readonly days: readonly string[]; readonly weeks: readonly string[] };
  /** An employer saying when it will act ("let you know", "melden", "revenir", "contactaremos"). */
  readonly promise: readonly string[];
  /**
   * Asking the candidate to act ("please", "bitte", "merci de", "por favor", "we need"), or waiting for the candidate
   * ("we don't hear", "si no recibimos"). A `promise` word right after one that opens its clause, and right before the
   * date, is the candidate's answer ("please respond by Friday", "bitte antworten Sie bis Freitag").
   */
  readonly request: readonly string[];
  /**
   * Nouns naming a deadline ("deadline", "Frist", "date limite", "plazo", "prazo") and words of an offer held open
   * ("hold", "open for", "offen") or of what the employer needs ("benötigen"): a date after one in its sentence (or before
   * one, when none comes before it, or when it closes a {@link TimelineVocabulary.verbFinal} clause) is the candidate's
   * time limit ("Deadline: Friday", "Prazo de conclusão: 03/04", "Wir halten das Angebot bis Freitag offen", "Wir werden
   * Ihre Unterlagen bis Freitag benötigen").
   */
  readonly deadlineWords: readonly string[];
  /** A proposed or confirmed interview time ("interview", "Termin", "entretien", "entrevista"). */
  readonly slot: readonly string[];
  /** Out-of-office and leaving notices, absences ("out of office", "away", "PTO", "Urlaub", "en congés"). */
  readonly absence: readonly string[];
  /**
   * Dates about something else: a job starting, openings to come ("starting on", "similar positions"), an event's own
   * future ("will take place", "tendrá lugar"; after an interview word, a slot), a step of the onboarding with its own
   * future ("payroll will", "formación será", "onboarding wird", "reopen"), news from the candidate ("von Ihnen", "de
   * votre part").
   */
  readonly other: readonly string[];
  /**
   * What a date may be about without being a step of the hiring: a contract, a salary, a start date. A date after one
   * of these words is about something else, as after {@link TimelineVocabulary.other}, unless it is a deadline or a
   * vague time and a promise or a request just before the word governs it: "the contract runs until June 30" and "your
   * start date is Monday, March 2" are neither, "please return the signed contract by Friday" asks for it by Friday,
   * "we will let you know your start date by Friday" promises news by then.
   */
  readonly subjects?: readonly string[];
  /**
   * Words that leave a sentence with no date to act on, wherever they stand in it: data kept or deleted ("your data will
   * be deleted in 4 weeks"), an appointment missed ("we were expecting you today at 2 pm").
   */
  readonly noDate: readonly string[];
  /**
   * Whether a clause may end with its verb (German): a promise, request or deadline word closing the clause right after a
   * phrase is its verb ("nach den Gesprächen bis Freitag Bescheid geben", "Ihre Unterlagen bis Freitag benötigen").
   */
  readonly verbFinal: boolean;
}
