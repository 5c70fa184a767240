import { wrapsSentence } from '../wrapsSentence.js';
import type { Lexicon } from './types.js';

/** Who a time phrase is about: the employer's promise, a request to the candidate, an interview slot, or something else. */
export type TimePhraseRole = 'promise' | 'request' | 'slot' | 'other';

/** At most this many characters of a phrase's sentence are searched for cues, so the work stays linear. */
const CONTEXT_BEFORE = 200;
const CONTEXT_AFTER = 120;
/** At most this many characters between a promise ("we will") and a request verb it governs ("confirm"). */
const SUBJECT_GAP = 12;
/**
 * At most this many characters between a promise or a request and a subject word it governs ("we will send you the
 * contract", "bitte senden Sie uns den unterschriebenen Vertrag").
 */
const OBJECT_GAP = 40;

/** Whether the character at `i` ends a sentence (a line break that does not just wrap a long line, "!", "?", ";", or a full stop that is not part of a date, a time or an address). */
export function isBoundary(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10) return !wrapsSentence(text, i);
  if (c === 33 || c === 63 || c === 59) return true;
  if (c !== 46) return false;
  // "4.12." and "10.30" do not end a sentence; "Dec. 4" neither; nor the dots of "careers.example.com", "jobs@acme.io".
  const prev = text.charCodeAt(i - 1);
  const next = text.charCodeAt(i + 1);
  if ((next >= 97 && next <= 122) || next === 95) return false;
  return !(prev >= 48 && prev <= 57 && ((next >= 48 && next <= 57) || next === 32)) && !(next === 32 && text.charCodeAt(i + 2) >= 48 && text.charCodeAt(i + 2) <= 57);
}

/**
 * The text of the phrase's sentence before and after it (bounded). A full stop right after the phrase ends it too, even
 * after a number ("starts on February 1. We'll be in touch", "el 18/01. Le contactaremos"): a date's own dots ("bis
 * zum 11.", "Do., 7.1.", "Dec. 4") are the phrase's.
 */
export function sentenceAround(text: string, start: number, end: number): { before: string; after: string } {
  let from = start;
  while (from > 0 && start - from < CONTEXT_BEFORE && !isBoundary(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < CONTEXT_AFTER && !isBoundary(text, to) && text.charCodeAt(end) !== 46) to++;
  return { before: text.slice(from, start), after: text.slice(end, to) };
}

type Cue = 'promise' | 'request' | 'deadline' | 'slot' | 'absence' | 'other' | 'subject';
const CUES: readonly Cue[] = ['promise', 'request', 'deadline', 'slot', 'absence', 'other', 'subject'];

interface Hit {
  readonly cue: Cue;
  readonly start: number;
  readonly end: number;
}

function hits(pattern: RegExp, text: string, cue: Cue): Hit[] {
  // The lexicon's own pattern, searched from the start (nothing else searches with it meanwhile).
  const re = pattern;
  re.lastIndex = 0;
  const out: Hit[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ cue, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** At most this many characters between a subject's future tense and its date (" be ", " end "). */
const MODAL_GAP = 5;

/** How far before the day of writing a request may end and still set it as its limit (characters). */
const NEAR_REQUEST = 30;

/** The role of a time phrase and whether a cue word backed it. */
export interface RoleReading {
  readonly role: TimePhraseRole;
  readonly cue: boolean;
  readonly deadline: boolean;
}

/**
 * Reads a phrase's role from its sentence: the nearest cue before it (else the first after it)
 * decides. A promise ("we will let you know", "they said they'd get back to me") makes a promise; a
 * request ("please reply", "bitte", "merci de") with a deadline preposition, a deadline noun
 * ("Deadline:", "Frist") or a time limit in the phrase itself ("valid for 7 days") makes a request; an
 * interview word or a time of day next to the phrase ("Tuesday at 2pm") makes a slot; an absence
 * notice, a start date, an opening to come ("similar positions in the coming weeks") or no cue at all makes `other`.
 * `null` when the sentence names no date to act on: data deleted, an appointment missed, the day of writing.
 */
export function classifyRole(text: string, start: number, end: number, prep: string | undefined, relative: boolean, lex: Lexicon, sameDay = false): RoleReading | null {
  // long: one reading of the phrase's sentence: the nearest cue, then each rule that refines it in turn, in reading order
  // "valid for 7 days", "you have 48 hours": the words of the phrase itself set the candidate's time limit; so do they
  // right before it ("you will have until Friday", "Sie haben bis Freitag Zeit", "vous avez jusqu'au vendredi").
  if ([...lex.requestPrepositions].some((w) => w === prep || text.endsWith(`${w} `, start))) return { role: 'request', cue: true, deadline: true };
  const { before, after } = sentenceAround(text, start, end);
  if (lex.noDate.test(before) || lex.noDate.test(after)) return null;
  // "by 5pm Friday", "by 3pm ET tomorrow": a deadline preposition before a time before the phrase makes it a deadline.
  const time = lex.timeBefore.exec(before);
  const deadline = [prep, time && /\S*(?= $)/.exec(before.slice(0, time.index))?.[0]].some((w) => lex.deadlinePrepositions.has(w ?? ''));
  const timed = lex.timeAfter.test(text[end - 1] + after) || time !== null;
  // A promise in the phrase's own words counts as one before it ("give me a couple of days", "einige Tage in Anspruch
  // nehmen").
  const lead = `${before}${text.slice(start, end)}`;
  const found = new Map<Cue, Hit[]>(CUES.map((c) => [c, hits(lex[c], c === 'promise' ? lead : before, c)]));
  // "this may take a few days", "puede tardar unas semanas": the time the employer's step takes is a promise.
  if (prep !== undefined && lex.durationWords.has(prep)) found.get('promise')?.push({ cue: 'promise', start: before.length, end: before.length + prep.length });
  let nearest: Hit | undefined;
  for (const list of found.values()) {
    for (const h of list) if (nearest === undefined || h.end > nearest.end || (h.end === nearest.end && h.start < nearest.start)) nearest = h;
  }
  // "please return the signed contract by Friday", "we will let you know your start date by Friday", "you will receive
  // the contract shortly": a promise or a request just before a subject word governs a deadline or a relative time,
  // and the word is only what it is about. A date that is neither is the subject's own ("we will confirm your start
  // date, Monday 2 March").
  if (nearest?.cue === 'subject' && (deadline || relative)) {
    const word = nearest;
    let governing: Hit | undefined;
    for (const c of ['promise', 'request'] as const) {
      for (const h of found.get(c) ?? []) {
        if (h.end <= word.start && word.start - h.end <= OBJECT_GAP && (governing === undefined || h.end > governing.end)) governing = h;
      }
    }
    if (governing !== undefined) nearest = governing;
  }
  // "your start date will be Monday", "your contract will end on December 31", "votre premier jour de travail sera le
  // lundi", "las entrevistas serán el 7": a future tense right after a subject word or an interview word (a plural
  // ending between), and a word at most before the date, tells of that, not of the employer's next step. So does an
  // event's own future ("the interview will take place on", "tendrá lugar el": an `other` cue). Not with a deadline or
  // a relative time ("your contract will be sent by Friday"), nor with more words between ("feedback from the
  // interview will be shared with you on Monday").
  if ((nearest?.cue === 'promise' || nearest?.cue === 'other') && !deadline && !relative && before.length - nearest.end <= MODAL_GAP) {
    const modal = nearest;
    for (const c of ['subject', 'slot'] as const) for (const h of found.get(c) ?? []) if (h.end <= modal.start && /^[a-z]{0,2}\W?$/.test(before.slice(h.end, modal.start))) nearest = h;
  }
  const cueBefore = nearest !== undefined;
  if (nearest === undefined) {
    for (const c of CUES) {
      for (const h of hits(lex[c], after, c)) if (nearest === undefined || h.start < nearest.start || (h.start === nearest.start && h.end > nearest.end)) nearest = h;
    }
  }
  // "we must inform you today that …", "thanks for chatting today": the day of writing is no date to act on. It is one
  // after a promise or a request ("we will let you know today", "please reply today"), before a deadline ("today is the
  // last day to …") or with a time ("today at 2 pm").
  const dayToActOn = cueBefore ? nearest?.cue !== 'slot' : nearest?.cue === 'deadline' || nearest?.cue === 'request';
  if (sameDay && !deadline && !timed && !dayToActOn) return null;
  const has = (c: Cue): boolean => (found.get(c)?.length ?? 0) > 0;
  // "we will confirm", "wir werden … zurücksenden": a request verb right after the employer's own promise is the employer's act.
  if (nearest?.cue === 'request' && nearest !== undefined) {
    const verb = nearest;
    // Not when the promise word is part of a request ("you will need to submit").
    const requests = found.get('request') ?? [];
    const governs = (h: Hit): boolean => h.end <= verb.start && verb.start - h.end <= SUBJECT_GAP && !requests.some((r) => r !== verb && r.start <= h.start && r.end >= h.end);
    if ((found.get('promise') ?? []).some(governs)) nearest = { ...verb, cue: 'promise' };
  } else if (nearest?.cue === 'promise') {
    // "please respond by", "bitte antworten Sie bis", "merci de nous répondre avant", "por favor, danos una respuesta
    // antes", "we need an answer by": a reply word right after a request that opens its clause (two short words at most
    // between) and right before the date is the candidate's to give. Not after a request further in ("the company must
    // respond"), nor with more words before the date ("please confirm and we'll send you the contract by Friday"), nor
    // when the word asks for the employer's time ("please give us until Friday": a count preposition).
    const word = nearest;
    const opens = (r: Hit): boolean => r.end <= word.start && /(?:^|[,:])\W*$/.test(before.slice(0, r.start)) && /^\W*(?:\w{1,5}\W+){0,2}$/.test(lead.slice(r.end, word.start));
    if (before.length - word.end <= SUBJECT_GAP && !lex.countPrepositions.has(lead.slice(word.start, word.end)) && (found.get('request') ?? []).some(opens)) nearest = { ...word, cue: 'request' };
  }
  // A clause that ends with its verb (German): a promise, request or deadline word closing it right after the phrase (no
  // comma before it, a word at most after it) is the phrase's verb. It overrides an interview word before ("nach den
  // Gesprächen bis Freitag Bescheid geben"; not one right before a day: "nach dem Gespräch am Freitag"), and a deadline
  // word a promise before a deadline ("wir werden Ihre Unterlagen bis Freitag benötigen").
  const slot = nearest?.cue === 'slot' && (deadline || relative || before.length - nearest.end > 3);
  if (lex.verbFinal && (slot || (deadline && nearest?.cue === 'promise'))) {
    // CUES begins with 'promise', 'request', 'deadline'.
    for (const c of CUES.slice(slot ? 0 : 2, 3)) for (const h of hits(lex[c], after, c)) if (/^[^,]{0,12}$/.test(after.slice(0, h.start)) && /^\S*\s?\S*$/.test(after.slice(h.end))) nearest = h;
  }
  // "please reply today", "respóndenos hoy mismo": the day of writing right after a request is the request's limit
  // (not after a "please note that …" that began the sentence).
  const reading = roleOf(nearest?.cue, nearest !== undefined, deadline, timed, relative || (sameDay && cueBefore && before.length - (nearest?.end ?? 0) <= NEAR_REQUEST), has);
  // The day of writing as a date no one acts on ("this morning, a candidate accepted …") is none.
  return sameDay && !deadline && !timed && reading.role === 'other' ? null : reading;
}

function roleOf(nearest: Cue | undefined, cue: boolean, deadline: boolean, timed: boolean, relative: boolean, has: (c: Cue) => boolean): RoleReading {
  switch (nearest) {
    case 'absence':
    case 'other':
    case 'subject':
      return { role: 'other', cue, deadline };
    case 'promise':
      return { role: timed && !deadline ? 'slot' : 'promise', cue, deadline };
    case 'deadline':
      // "Deadline: Friday", "Prazo de conclusão: 03/04": a date after a deadline noun is the candidate's limit.
      return { role: 'request', cue, deadline: true };
    case 'request':
      // "please reply as soon as possible", "the link expires in 4 weeks": a vague or counted time after a request is its
      // deadline; so is any date in a sentence that names a deadline ("the deadline to accept this offer is December 10").
      return { role: deadline || relative || has('deadline') ? 'request' : timed || has('slot') ? 'slot' : 'other', cue, deadline };
    case 'slot':
      if (deadline && has('request')) return { role: 'request', cue, deadline };
      if (deadline && has('promise')) return { role: 'promise', cue, deadline };
      return { role: 'slot', cue, deadline };
    default:
      return { role: timed && !deadline ? 'slot' : deadline ? 'promise' : 'other', cue, deadline };
  }
}
