import { describe, expectTypeOf, it } from 'vitest';
import { createCalendar } from '../calendar/createCalendar.js';
import type { CivilDate } from '../calendar/types.js';
import type { DeepReadonly, Interview, Reflection, Timeline } from '../model/index.js';
import { candidateExpectations } from './candidateExpectations.js';
import { earliestFollowUp } from './earliestFollowUp.js';
import { planFollowUp } from './planFollowUp.js';
import { reflectionToMarkdown } from './reflectionToMarkdown.js';
import { resolveTimeline } from './resolveTimeline.js';
import type { FollowUpWindowWithoutTimeline, FollowUpWindowWithTimeline } from './index.js';
import type { CandidateExpectations, FollowUpPlan, FollowUpWindow } from './types.js';

const calendar = createCalendar();

/** The interview of the first example of docs/getting-started.md, written `as const` as there. */
const interview = {
  id: 'round-1', company: 'Northwind', role: 'Data Engineer', round: 1, format: 'video',
  startedAt: '2026-11-24T10:00:00-05:00', endedAt: '2026-11-24T11:00:00-05:00',
  candidateTimeZone: 'America/New_York', employerTimeZone: 'America/New_York',
  interviewers: [{ id: 'lee', name: 'Lee Park', points: ['the move to event streaming'] }],
} as const;

describe('the planner takes its inputs read-only (it never changes them)', () => {
  it('R4.3: an interview written as const is accepted, as in docs/getting-started.md', () => {
    expectTypeOf(planFollowUp(interview, { calendar })).toEqualTypeOf<FollowUpPlan>();
    expectTypeOf(earliestFollowUp(interview, { calendar })).toEqualTypeOf<CivilDate>();
    expectTypeOf(candidateExpectations(interview, { calendar })).toEqualTypeOf<CandidateExpectations>();
    // The guide's second plan: the same interview with the promised date (R4.1, R4.2).
    expectTypeOf(planFollowUp({ ...interview, timeline: { kind: 'date', date: '2026-12-04' } }, { calendar })).toEqualTypeOf<FollowUpPlan>();
    expectTypeOf(planFollowUp).parameter(0).toEqualTypeOf<DeepReadonly<Interview>>();
  });

  it('R4.3: so is an interview annotated as Interview, or frozen', () => {
    const annotated: Interview = { ...interview, interviewers: [{ id: 'lee', name: 'Lee Park', points: ['streaming'] }] };
    expectTypeOf(planFollowUp(annotated, { calendar })).toEqualTypeOf<FollowUpPlan>();
    expectTypeOf(planFollowUp(Object.freeze(annotated), { calendar })).toEqualTypeOf<FollowUpPlan>();
  });

  it('R4.3: a read-only input is checked as strictly: a wrong format or a missing field is still an error', () => {
    // @ts-expect-error: "zoom" is not an interview format
    planFollowUp({ ...interview, format: 'zoom' } as const, { calendar });
    // @ts-expect-error: "zoom" is not an interview format
    earliestFollowUp({ ...interview, format: 'zoom' }, { calendar });
    // @ts-expect-error: "zoom" is not an interview format
    candidateExpectations({ ...interview, format: 'zoom' } as const, { calendar });
    const loose = { ...interview, format: 'video' as string };
    // @ts-expect-error: a format widened to string is not an interview format
    planFollowUp(loose, { calendar });
    const noEnd: Omit<typeof interview, 'endedAt'> = interview;
    // @ts-expect-error: endedAt is required
    planFollowUp(noEnd, { calendar });
    // @ts-expect-error: an interviewer's points are texts
    planFollowUp({ ...interview, interviewers: [{ id: 'lee', name: 'Lee Park', points: [1] }] } as const, { calendar });
  });

  it('R4.5, R2: a timeline and reflection notes written as const are accepted, and checked', () => {
    const timeline = { kind: 'business-days', days: 5 } as const;
    expectTypeOf(resolveTimeline(timeline, { interviewEndedOn: '2026-12-03', calendar })).toEqualTypeOf<CivilDate | null>();
    expectTypeOf(resolveTimeline).parameter(0).toEqualTypeOf<DeepReadonly<Timeline>>();
    // @ts-expect-error: "fortnights" is not a timeline kind
    resolveTimeline({ kind: 'fortnights', days: 2 } as const, { interviewEndedOn: '2026-12-03', calendar });
    const notes = {
      interviewId: 'r1', writtenAt: '2026-12-01T18:00:00Z',
      questions: [{ question: 'Why us?', answer: 'The product.' }], roleTakeaways: ['on-call is shared'],
    } as const;
    expectTypeOf(reflectionToMarkdown(notes)).toEqualTypeOf<string>();
    expectTypeOf(reflectionToMarkdown).parameter(0).toEqualTypeOf<DeepReadonly<Reflection>>();
    // @ts-expect-error: a question is a text
    reflectionToMarkdown({ ...notes, questions: [{ question: 42 }] } as const);
  });

  it('R4: options that are `undefined` are accepted as absent (exactOptionalPropertyTypes)', () => {
    const overrides = undefined as Parameters<typeof planFollowUp>[1]['policy'];
    expectTypeOf(planFollowUp(interview, { calendar, policy: overrides })).toEqualTypeOf<FollowUpPlan>();
    expectTypeOf(candidateExpectations(interview, { calendar, policy: undefined, notificationRule: undefined })).toEqualTypeOf<CandidateExpectations>();
    const locale = undefined as string | undefined;
    expectTypeOf(reflectionToMarkdown({ interviewId: 'r1', writtenAt: '2026-12-01T18:00:00Z', questions: [] }, { locale, interview: undefined })).toEqualTypeOf<string>();
  });
});

describe('the follow-up window is tagged by its rule', () => {
  const { followUp } = planFollowUp(interview, { calendar });

  it('R4.2: after checking the rule, the promised date is a date and there is no last day', () => {
    if (followUp.rule === 'R4.2') {
      expectTypeOf(followUp).toEqualTypeOf<FollowUpWindowWithTimeline>();
      expectTypeOf(followUp.promisedDate).toEqualTypeOf<CivilDate>();
      expectTypeOf(followUp.latest).toEqualTypeOf<null>();
    }
  });

  it('R4.3: after checking the rule, the last day is a date and there is no promised date', () => {
    if (followUp.rule === 'R4.3') {
      expectTypeOf(followUp).toEqualTypeOf<FollowUpWindowWithoutTimeline>();
      expectTypeOf(followUp.latest).toEqualTypeOf<CivilDate>();
      expectTypeOf(followUp.promisedDate).toEqualTypeOf<null>();
    }
    // Checking either date narrows the same way.
    if (followUp.promisedDate === null) expectTypeOf(followUp.latest).toEqualTypeOf<CivilDate>();
    if (followUp.latest === null) expectTypeOf(followUp.promisedDate).toEqualTypeOf<CivilDate>();
  });

  it('R4.2, R4.3: before the check either may be null, and a window that mixes the two is rejected', () => {
    expectTypeOf(followUp).toEqualTypeOf<FollowUpWindow>();
    expectTypeOf(followUp.latest).toEqualTypeOf<CivilDate | null>();
    expectTypeOf(followUp.promisedDate).toEqualTypeOf<CivilDate | null>();
    const accept = (window: FollowUpWindow): FollowUpWindow => window;
    accept({ rule: 'R4.3', promisedDate: null, earliest: '2026-12-10', latest: '2026-12-15' });
    accept({ rule: 'R4.2', promisedDate: '2026-12-04', earliest: '2026-12-08', latest: null });
    // @ts-expect-error: an R4.3 window has no promised date
    accept({ rule: 'R4.3', promisedDate: '2026-12-04', earliest: '2026-12-10', latest: '2026-12-15' });
    // @ts-expect-error: an R4.2 window has no last day
    accept({ rule: 'R4.2', promisedDate: '2026-12-04', earliest: '2026-12-08', latest: '2026-12-15' });
  });
});
