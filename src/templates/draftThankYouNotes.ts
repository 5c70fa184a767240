import { arrayAt, optionalTextAt, optionsAt, own, recordAt, textAt } from '../_lib/check.js';
import { knownKeys } from '../_lib/knownKeys.js';
import { duplicateId } from '../_lib/duplicateId.js';
import { InvalidArgumentError, InvalidInputError, type InputIssue } from '../errors.js';
import type { PolicyOverrides } from '../policy.js';
import { checkMessageLimits, checkMessageLimitsOption, policyLimits, type LimitWarning, type MessageLimits } from './checkMessageLimits.js';
import { RENDER_OPTION_KEYS, renderBuiltIn, type RenderMessageOptions } from './renderMessage.js';
import type { RenderedMessage } from './types.js';

/** One interviewer as {@link draftThankYouNotes} reads it; a model `Interviewer` fits. */
export interface ThankYouInterviewer {
  readonly id: string;
  readonly name: string;
  readonly title?: string | undefined;
  readonly email?: string | undefined;
  /** Points discussed with this interviewer; the first one is the note's personal point (R1.3b). */
  readonly points: readonly string[];
}

/** The interview as {@link draftThankYouNotes} reads it; a model `Interview` fits. */
export interface ThankYouInterview {
  readonly company: string;
  readonly role: string;
  readonly interviewers: readonly ThankYouInterviewer[];
}

/** The sender of the notes. */
export interface ThankYouCandidate {
  readonly name: string;
  /**
   * How the points connect to the candidate's skills or experience (R1.3c), used for every
   * interviewer without an entry in `options.connections`.
   */
  readonly connection?: string | undefined;
}

/** Options of {@link draftThankYouNotes}. */
export interface DraftThankYouNotesOptions extends RenderMessageOptions {
  /** The connection to the candidate's experience per interviewer id (R1.3c). */
  readonly connections?: Readonly<Record<string, string>> | undefined;
  /**
   * Length limits (R1.4); they replace the policy's.
   * @defaultValue the policy's `{ maxBodyWords: thankYouMaxWords, maxSubjectChars: thankYouSubjectMaxChars }`: `150` and `60` by default
   */
  readonly limits?: MessageLimits | undefined;
  /** Policy overrides: `thankYouMaxWords` and `thankYouSubjectMaxChars` are the limits when `limits` is not given. */
  readonly policy?: PolicyOverrides | undefined;
  /**
   * What a note over a limit does: `'warn'` lists it in the note's `warnings`, `'throw'` raises
   * {@link InvalidInputError}.
   * @defaultValue `'warn'`
   */
  readonly onLimit?: 'warn' | 'throw' | undefined;
}

/** One drafted thank-you note, addressed to one interviewer (R1.1). */
export interface ThankYouNote extends RenderedMessage {
  readonly interviewerId: string;
  readonly to: { readonly name: string; readonly email?: string };
  /** Limits of R1.4 this note exceeds; empty when it fits. */
  readonly warnings: readonly LimitWarning[];
}

/** A point as two notes would read alike: case, spacing and a closing full stop or other mark left out (R1.5). */
function normalise(point: string): string {
  return point.trim().replace(/[\s.!?;:,\u2026]+$/u, '').replace(/\s+/g, ' ').toLowerCase();
}

function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * Drafts one personalised thank-you note per interviewer (R1.1, R1.3): thanks for discussing the
 * role, the point discussed with that interviewer, how it connects to the candidate's experience,
 * and a closing that restates enthusiasm, in the recipient's language.
 *
 * Two interviewers never receive the same text (R1.5): when two of them have the same first point,
 * this throws rather than altering the wording. Notes are checked against the R1.4 limits.
 *
 * @param interview - Company, role and the interviewers with the points recorded per interviewer.
 * @param candidate - The sender's name and, optionally, a default connection.
 * @param options - `locale`, per-interviewer `connections`, `limits` and `onLimit`.
 * @returns One {@link ThankYouNote} per interviewer, in the interview's order.
 * @throws {@link InvalidInputError} listing every interviewer without a point or a connection,
 *   every interviewer listed twice (the same `id`, or the same `email`: R1.1, one note per person),
 *   every repeated point, and (with `onLimit: 'throw'`) every note over a limit;
 *   {@link InvalidArgumentError} naming the path of a value of the wrong type or a blank `company`,
 *   `role`, interviewer `name` or `candidate.name` (e.g. `interview.interviewers.0.name`).
 * @example
 * ```ts
 * const notes = draftThankYouNotes(
 *   { company: 'Acme', role: 'Data Engineer', interviewers: [
 *     { id: 'a', name: 'Ana Ruiz', points: ['your plans for the data platform'] },
 *     { id: 'b', name: 'Tom Li', points: ['the on-call rotation'] },
 *   ] },
 *   { name: 'Ada Lovelace', connection: 'I ran a similar platform at my last job' },
 *   { locale: 'en' },
 * )
 * notes.map((n) => n.to.name) //=> ["Ana Ruiz", "Tom Li"]
 * ```
 */
export function draftThankYouNotes(interview: ThankYouInterview, candidate: ThankYouCandidate, options: DraftThankYouNotesOptions): ThankYouNote[] {
  const { onLimit, limits, connections } = checkArguments(interview, candidate, options);
  const plans = planNotes(interview, candidate, connections);
  const notes: ThankYouNote[] = plans.map(({ person, point, connection }) => {
    const rendered = renderBuiltIn(
      'thankYou',
      {
        candidate: { name: candidate.name },
        interviewer: { name: person.name, title: person.title },
        company: interview.company,
        role: interview.role,
        point,
        connection,
      },
      options,
    );
    return {
      interviewerId: person.id,
      to: person.email === undefined ? { name: person.name } : { name: person.name, email: person.email },
      ...rendered,
      warnings: checkMessageLimits(rendered, limits),
    };
  });
  const issues = noteIssues(notes, onLimit);
  if (issues.length > 0) throw new InvalidInputError('thank-you notes', issues);
  return notes;
}

/** The arguments checked field by field (for callers without types), and the options resolved. */
function checkArguments(interview: unknown, candidate: unknown, options: unknown): { onLimit: 'warn' | 'throw'; limits: MessageLimits; connections: Readonly<Record<string, unknown>> } {
  const iv = recordAt(interview, 'interview', 'an object { company, role, interviewers: [...] }');
  textAt(own(iv, 'company'), 'interview.company', true);
  textAt(own(iv, 'role'), 'interview.role', true);
  arrayAt(own(iv, 'interviewers'), 'interview.interviewers', 'an array of interviewers { id, name, points }').forEach((p, i) => {
    const at = `interview.interviewers.${i}`;
    const person = recordAt(p, at, 'an interviewer { id, name, points, title?, email? }');
    textAt(own(person, 'id'), `${at}.id`);
    textAt(own(person, 'name'), `${at}.name`, true);
    optionalTextAt(own(person, 'title'), `${at}.title`);
    optionalTextAt(own(person, 'email'), `${at}.email`);
    const points = own(person, 'points');
    if (points !== undefined) arrayAt(points, `${at}.points`, 'an array of texts').forEach((x, j) => textAt(x, `${at}.points.${j}`));
  });
  const cand = recordAt(candidate, 'candidate', 'an object { name, connection? }');
  textAt(own(cand, 'name'), 'candidate.name', true);
  optionalTextAt(own(cand, 'connection'), 'candidate.connection');
  const opts = recordAt(options, 'options', 'an object with at least { locale }');
  knownKeys(opts, [...RENDER_OPTION_KEYS, 'connections', 'limits', 'policy', 'onLimit'], 'options key');
  const onLimit = own(opts, 'onLimit') ?? 'warn';
  if (onLimit !== 'warn' && onLimit !== 'throw') throw new InvalidArgumentError('options.onLimit', onLimit, '"warn" or "throw"');
  const limits: MessageLimits = (own(opts, 'limits') as MessageLimits | undefined) ?? policyLimits('thankYou', own(opts, 'policy') as PolicyOverrides | undefined);
  checkMessageLimitsOption(limits, 'options.limits');
  const connections = optionsAt(own(opts, 'connections'), 'options.connections', 'an object of texts by interviewer id');
  return { onLimit, limits, connections };
}

/**
 * Per interviewer: the first point recorded (R1.3b) and the connection to the candidate's
 * experience (R1.3c). Throws one {@link InvalidInputError} listing every interviewer without a
 * point or a connection, and every point already given to another interviewer (R1.5).
 */
function planNotes(interview: ThankYouInterview, candidate: ThankYouCandidate, connections: Readonly<Record<string, unknown>>): { person: ThankYouInterviewer; point: string; connection: string }[] {
  const issues: InputIssue[] = [];
  if (interview.interviewers.length === 0) {
    issues.push({ path: ['interviewers'], message: 'No interviewers: R1.1 asks for one note per interviewer, so list at least one.' });
  }
  const firstWithPoint = new Map<string, number>();
  const ids = new Set<string>();
  const emails = new Map<string, number>();
  const plans = interview.interviewers.map((person, i) => {
    issues.push(...samePerson(person, i, ids, emails, interview.interviewers));
    const point = Array.isArray(person.points) ? person.points.find(hasText) : undefined;
    if (point === undefined) {
      issues.push({ path: ['interviewers', i, 'points'], message: `No point recorded for ${JSON.stringify(person.name)}: each note names something discussed with that interviewer (R1.3b).` });
    } else {
      const key = normalise(point);
      const earlier = firstWithPoint.get(key);
      if (earlier === undefined) {
        firstWithPoint.set(key, i);
      } else {
        const other = interview.interviewers[earlier]?.name ?? '';
        issues.push({
          path: ['interviewers', i, 'points', person.points.indexOf(point)],
          message: `${JSON.stringify(person.name)} has the same point as ${JSON.stringify(other)} (${JSON.stringify(point)}): two interviewers must not receive the same note (R1.5); record a point specific to each.`,
        });
      }
    }
    const personal = Object.hasOwn(connections, person.id) ? connections[person.id] : undefined;
    const connection = hasText(personal) ? personal : candidate.connection;
    if (!hasText(connection)) {
      issues.push({ path: ['interviewers', i], message: `No connection for ${JSON.stringify(person.name)}: give candidate.connection or options.connections[${JSON.stringify(person.id)}] (R1.3c).` });
    }
    return { person, point: point as string, connection: connection as string };
  });
  if (issues.length > 0) throw new InvalidInputError('thank-you notes', issues);
  return plans;
}

/**
 * An interviewer listed twice (R1.1: one note per person): an id already given, or an email already given to another
 * interviewer (ignoring case and surrounding spaces).
 */
function samePerson(person: ThankYouInterviewer, i: number, ids: Set<string>, emails: Map<string, number>, all: readonly ThankYouInterviewer[]): InputIssue[] {
  const issues: InputIssue[] = [];
  const again = ' R1.1 asks for one note per person: list each interviewer once.';
  if (ids.has(person.id)) issues.push({ path: ['interviewers', i, 'id'], message: `${duplicateId('interviewer')(person.id)}${again}` });
  ids.add(person.id);
  if (person.email !== undefined && person.email.trim() !== '') {
    const key = person.email.trim().toLowerCase();
    const earlier = emails.get(key);
    if (earlier === undefined) {
      emails.set(key, i);
    } else {
      const other = all[earlier]?.name ?? '';
      issues.push({ path: ['interviewers', i, 'email'], message: `${JSON.stringify(person.name)} has the same email as ${JSON.stringify(other)} (${JSON.stringify(person.email)}): they would receive two notes.${again}` });
    }
  }
  return issues;
}

/** Notes over a limit (R1.4, with `onLimit: 'throw'`) and notes identical to an earlier one (R1.5). */
function noteIssues(notes: readonly ThankYouNote[], onLimit: 'warn' | 'throw'): InputIssue[] {
  const issues: InputIssue[] = [];
  notes.forEach((note, i) => {
    if (onLimit === 'throw') {
      for (const w of note.warnings) issues.push({ path: ['interviewers', i], message: `Note to ${JSON.stringify(note.to.name)}: ${w.message} (R1.4)` });
    }
    for (let j = 0; j < i; j++) {
      if (notes[j]?.text === note.text) {
        issues.push({ path: ['interviewers', i], message: `The note to ${JSON.stringify(note.to.name)} is identical to another one (R1.5).` });
      }
    }
  });
  return issues;
}
