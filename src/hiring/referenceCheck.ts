import { formatEpochDay } from '../calendar/epochDay.js';
import { describe, InvalidArgumentError, InvalidInputError } from '../errors.js';
import type { InputIssue } from '../errors.js';
import type { Referee, ReferenceCheck } from '../model/hiring/ReferenceCheck.js';
import { age, checkNotAfter, clockOptions, dayOf } from './hiringClock.js';
import { checkRecord, textFields, unknownFields } from './hiringOptions.js';
import type { Blocker, HiringClockOptions, RefereeProgress, RefereeStatus, ReferenceReport } from './types.js';
import { duplicateId } from '../_lib/duplicateId.js';
import type { DeepReadonly } from '../model/DeepReadonly.js';

const STATUS_FIELDS = [['declinedOn', 'declined'], ['completedOn', 'completed'], ['contactedOn', 'contacted']] as const;

/**
 * Where the reference checks of the leading candidate stand on `now` (R3.4): each referee's status
 * (requested → contacted → completed, or declined), its age in business days of the employer's
 * calendar, and whether it is overdue; and whether every required reference is in.
 *
 * A reference is overdue once `referenceOverdueBusinessDays` (default 3, a *policy* choice) whole
 * business days have passed since the day it was requested without an answer: requested on a
 * Monday, it is overdue from Friday. A declined required reference blocks until another referee is
 * made required in its place (or the requirement dropped).
 *
 * A check with no required referee (none listed yet, or only optional ones) is never complete: its
 * only blocker is `{ kind: 'reference', id: 'no-required-referee', status: 'no-required-referee' }`,
 * since R3.4 checks the leading candidate's references before an offer. Every date must be on or
 * before `now`: a reference completed "next week" has not been completed.
 *
 * @example
 * ```ts
 * const report = referenceCheck(
 *   { candidateId: 'c-17', referees: [{ id: 'r1', name: 'Jo Smith', requestedOn: '2026-12-07' }] },
 *   '2026-12-11', { calendar },
 * )
 * report.referees[0].overdue //=> true (Tue, Wed, Thu passed; overdue from Friday 2026-12-11)
 * ```
 * @param state - The candidate's {@link ReferenceCheck} records.
 * @param now - Today, as a civil date or an instant, a `Date` included (then `timeZone` is required).
 * @param options - The employer's `calendar`, `timeZone` and `policy` overrides.
 * @returns A plain-data {@link ReferenceReport}.
 * @throws {@link InvalidInputError} for referee dates out of order (contacted or answered before the
 *   request, answered before the contact) or after `now`, both completed and declined, or duplicate referee ids;
 *   {@link InvalidDateError} for a malformed or missing date, named by its path (`referees.0.requestedOn`);
 *   {@link InvalidArgumentError} for records that are not an object, a `candidateId` that is not a
 *   non-empty text or `referees` not an array (naming `references.candidateId` or `references.referees`), a bad
 *   calendar, zone, policy or option key, or an instant without `timeZone`.
 */
export function referenceCheck(state: DeepReadonly<ReferenceCheck>, now: string | Date, options: HiringClockOptions): ReferenceReport {
  const { calendar, timeZone, policy } = clockOptions(options);
  checkRecord(state, 'references', 'reference-check records { candidateId, referees: [...] }', 'referees', 'referees { id, name, requestedOn, ... }');
  const today = dayOf(now, 'now', timeZone);
  const issues: InputIssue[] = [];
  const seen = new Set<string>();
  const counts: Record<RefereeStatus, number> = { requested: 0, contacted: 0, completed: 0, declined: 0 };
  const referees: RefereeProgress[] = [];
  // Array.from: a hole in the list is a referee `undefined`, reported as such rather than skipped.
  Array.from(state.referees).forEach((r, i) => {
    if (!checkReferee(r, i, seen, issues)) return;
    const requested = dayOf(r.requestedOn, `referees.${i}.requestedOn`, timeZone);
    checkNotAfter(requested, today, ['referees', i, 'requestedOn'], r.requestedOn, issues);
    let status: RefereeStatus = 'requested';
    let since = requested;
    // The answer (completed or declined) comes on or after the contact: contactedOn, when given, is read last.
    let answered: { readonly field: string; readonly day: number; readonly value: unknown } | undefined;
    for (const [field, s] of STATUS_FIELDS) {
      const v = r[field];
      if (v === undefined) continue;
      const day = dayOf(v, `referees.${i}.${field}`, timeZone);
      if (day < requested) issues.push({ path: ['referees', i, field], message: `${field} ${describe(v)} is before requestedOn ${describe(r.requestedOn)}: expected the same day or later.` });
      if (field !== 'contactedOn') answered ??= { field, day, value: v };
      else if (answered !== undefined && answered.day < day) {
        issues.push({ path: ['referees', i, answered.field], message: `${answered.field} ${describe(answered.value)} is before contactedOn ${describe(v)}: expected the same day or later.` });
      }
      checkNotAfter(day, today, ['referees', i, field], v, issues);
      if (status === 'requested') { status = s; since = day; }
    }
    const open = status === 'requested' || status === 'contacted';
    const a = age(calendar, requested, open ? today : since, open, policy.referenceOverdueBusinessDays);
    counts[status]++;
    referees.push({
      id: r.id,
      name: r.name,
      ...(r.relationship === undefined ? {} : { relationship: r.relationship }),
      required: r.required !== false,
      status,
      requestedOn: formatEpochDay(requested),
      since: formatEpochDay(since),
      ageBusinessDays: a.age,
      overdueOn: a.overdueOn === null ? null : formatEpochDay(a.overdueOn),
      overdue: a.overdue,
    });
  });
  if (issues.length > 0) throw new InvalidInputError('reference check', issues);
  const blocking = referees.some((r) => r.required) ? blockers(referees) : [noRequiredReferee(state.candidateId)];
  return { candidateId: state.candidateId, today: formatEpochDay(today), referees, counts, complete: blocking.length === 0, blocking };
}

/**
 * Adds to `issues` what is wrong with a referee's own fields (its shape, relationship, required, a
 * repeated id, both completed and declined); false when it is not a referee at all, or has no text `id` or `name`.
 */
const REFEREE_FIELDS = ['id', 'name', 'relationship', 'required', 'requestedOn', 'contactedOn', 'completedOn', 'declinedOn'];

function checkReferee(r: Referee, i: number, seen: Set<string>, issues: InputIssue[]): boolean {
  if (typeof r !== 'object' || r === null) {
    issues.push({ path: ['referees', i], message: `Expected a referee { id, name, requestedOn, ... }, got ${describe(r)}.` });
    return false;
  }
  unknownFields(r, REFEREE_FIELDS, ['referees', i], issues);
  if (!textFields(r, ['id', 'name'], ['referees', i], issues)) return false;
  textFields(r, ['relationship'], ['referees', i], issues, true);
  if (r.required !== undefined && typeof r.required !== 'boolean') {
    issues.push({ path: ['referees', i, 'required'], message: `Invalid required ${describe(r.required)}: expected true or false.` });
  }
  if (seen.has(r.id)) issues.push({ path: ['referees', i, 'id'], message: duplicateId('referee')(r.id) });
  seen.add(r.id);
  if (r.completedOn !== undefined && r.declinedOn !== undefined) {
    issues.push({ path: ['referees', i, 'declinedOn'], message: 'A referee cannot both complete and decline a reference: expected only one of completedOn and declinedOn.' });
  }
  return true;
}

/**
 * The blocker of a check with no required referee (none at all, or only optional ones): R3.4 checks
 * the leading candidate's references before an offer, so there is nothing yet to be complete.
 */
function noRequiredReferee(candidateId: string): Blocker {
  return {
    kind: 'reference',
    id: 'no-required-referee',
    name: 'Required referee',
    status: 'no-required-referee',
    overdue: false,
    overdueOn: null,
    text: `No referee is required for ${candidateId} yet: the leading candidate's references are checked before an offer, so add a referee or make one required.`,
  };
}

/** What the check waits on, overdue first: every required reference not completed. */
function blockers(referees: readonly RefereeProgress[]): Blocker[] {
  return referees
    .filter((r) => r.required && r.status !== 'completed')
    .map((r) => ({
      kind: 'reference' as const,
      id: r.id,
      name: r.name,
      status: r.status,
      overdue: r.overdue,
      overdueOn: r.overdueOn,
      text: r.status === 'declined'
        ? `${r.name} declined to give a reference on ${r.since}: make another referee required in their place, or drop the requirement.`
        : `The reference from ${r.name}, requested on ${r.requestedOn}, is ${r.status === 'contacted' ? `in progress (contacted on ${r.since})` : 'not answered yet'}${r.overdue ? ` and overdue since ${r.overdueOn}` : `; due before ${r.overdueOn}`}.`,
    }))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue));
}
