import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { classifyReply } from '../../src/classifier/classifyReply.js';
import { extractTimeline } from '../../src/classifier/extractTimeline.js';
import { createCalendar } from '../../src/calendar/createCalendar.js';
import { addDays, dayOfWeek } from '../../src/calendar/epochDay.js';
import type { Weekday } from '../../src/calendar/types.js';
import { REPLY_LABELS } from '../../src/classifier/types.js';
import type { ReplyInput, SourceSpan } from '../../src/classifier/types.js';
import { anyText, referenceInstant, replyInput } from '../arbitraries/classifier.js';
import { codePointString } from '../arbitraries/text.js';

function fieldText(input: ReplyInput, span: SourceSpan): string {
  if (typeof input === 'string') return input;
  const value = input[span.field];
  return typeof value === 'string' ? value : '';
}

describe('classifyReply properties (R7)', () => {
  test.prop([codePointString({ maxLength: 500 })])('R7: never throws on any string, full Unicode included', (s) => {
    const r = classifyReply(s);
    expect(REPLY_LABELS).toContain(r.label);
  });

  test.prop([fc.string({ unit: 'grapheme', maxLength: 200 })])('R7: never throws on grapheme strings', (s) => {
    expect(REPLY_LABELS).toContain(classifyReply(s).label);
  });

  test.prop([replyInput()])('R7: evidence spans lie inside the input and quote the cue text', (input) => {
    const r = classifyReply(input);
    for (const e of r.evidence) {
      const source = fieldText(input, e);
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeGreaterThanOrEqual(e.start);
      expect(e.end).toBeLessThanOrEqual(source.length);
      expect(source.slice(e.start, e.end)).toBe(e.text);
      expect(e.label).toBe(r.label);
    }
  });

  test.prop([replyInput()])('R7: evidence is at most six features, each adding at least a fifth of what the strongest added', (input) => {
    const weights = classifyReply(input).evidence.map((e) => e.weight);
    expect(weights.length).toBeLessThanOrEqual(6);
    // Weights are rounded to hundredths.
    for (const w of weights) expect(w).toBeGreaterThanOrEqual(0.2 * Math.max(...weights) - 0.01);
  });

  test.prop([replyInput()])('R7: scores are shares that sum to 1, and the label has the top score', (input) => {
    const r = classifyReply(input);
    const values = REPLY_LABELS.map((l) => r.scores[l]);
    for (const v of values) expect(v).toBeGreaterThanOrEqual(0);
    expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
    expect(Math.max(...values)).toBe(r.scores[r.label]);
    expect(r.confidence).toBe(r.scores[r.label]);
  });

  test.prop([anyText()])('R7: classification is deterministic and does not mutate its input', (s) => {
    const input = { subject: s, text: s };
    const copy = { ...input };
    expect(classifyReply(input)).toEqual(classifyReply(input));
    expect(input).toEqual(copy);
  });
});

describe('extractTimeline properties (R4.5)', () => {
  test.prop([replyInput(), referenceInstant(), fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Australia/Lord_Howe')])(
    'R4.5: never throws on any text; a result is on or after the reference day and its span quotes the input',
    (input, reference, timeZone) => {
      const r = extractTimeline(input, { reference, timeZone });
      if (r === null) return;
      const refDay = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(reference));
      expect(r.date >= refDay).toBe(true);
      if (r.earliest !== undefined) expect(r.earliest <= r.date).toBe(true);
      const source = fieldText(input, r.span);
      expect(source.slice(r.span.start, r.span.end)).toBe(r.span.text);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    },
  );

  // A naive oracle: next week starts on the first day after a weekend day, a week or more after the latest such day
  // up to the reference; its end is its last business day.
  test.prop([fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 2 }), fc.date({ min: new Date('2000-01-01T12:00:00Z'), max: new Date('2090-12-31T12:00:00Z'), noInvalidDate: true })], { numRuns: 200 })(
    'R4.4: "by the end of next week" is the last business day of the week after the reference\'s, weeks starting after the weekend',
    (first, length, at) => {
      const weekend = Array.from({ length }, (_, i) => ((first + i) % 7) as Weekday);
      const calendar = createCalendar({ weekend });
      const reference = `${at.toISOString().slice(0, 10)}T12:00:00Z`;
      const ref = reference.slice(0, 10);
      const starts = (d: string) => !weekend.includes(dayOfWeek(d)) && weekend.includes(dayOfWeek(addDays(d, -1)));
      let start = ref;
      while (!starts(start)) start = addDays(start, -1);
      let end = addDays(start, 13);
      while (!calendar.isBusinessDay(end)) end = addDays(end, -1);
      expect(extractTimeline('We will get back to you by the end of next week.', { reference, timeZone: 'UTC', calendar })?.date).toBe(end);
    },
  );
});
