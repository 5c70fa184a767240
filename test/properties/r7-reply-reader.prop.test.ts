import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { classifyReply } from '../../src/classifier/classifyReply.js';
import { featureId, featureName, placeholderRanges, readReply, replyFeatures } from '../../src/classifier/model/features.js';
import { REVIEW_THRESHOLDS } from '../../src/classifier/model/weights.generated.js';
import { REPLY_LABELS, REQUEST_KINDS, TOPIC_LABELS } from '../../src/classifier/types.js';
import type { ReplyInput } from '../../src/classifier/types.js';
import { anyText, referenceInstant, replyInput } from '../arbitraries/classifier.js';

/** The text a span indexes: the named field of an object input, or the string itself. */
function fieldText(input: ReplyInput, field: 'subject' | 'text' | 'html'): string {
  if (typeof input === 'string') return input;
  return (input as { readonly subject?: string; readonly text?: string; readonly html?: string })[field] ?? '';
}

/**
 * The naive oracle of placeholders: from each opening bracket in turn, read on until its closing bracket, a line break
 * or 80 characters; a bracket closed in time makes a placeholder, and reading goes on after it.
 */
function naivePlaceholders(text: string): number[] | null {
  const out: number[] = [];
  const closer: Record<string, string> = { '{': '}', '[': ']', '<': '>' };
  for (let i = 0; i < text.length; i++) {
    const close = closer[text[i]!];
    if (close === undefined) continue;
    let j = i + 1;
    while (j < Math.min(text.length, i + 80) && text[j] !== close && text[j] !== '\n') j++;
    if (j >= Math.min(text.length, i + 80) || text[j] !== close) continue;
    out.push(i, j + 1);
    i = j;
  }
  return out.length === 0 ? null : out;
}

/** Brackets, line breaks and runs of letters of every length around the 80-character limit. */
const bracketText = (): fc.Arbitrary<string> =>
  fc.array(fc.oneof(fc.constantFrom('{', '}', '[', ']', '<', '>', '\n', ' ', 'name', '{{ x }}'), fc.integer({ min: 1, max: 100 }).map((n) => 'a'.repeat(n))), { maxLength: 40 })
    .map((parts) => parts.join(''));

describe('the learned reply reader (R7)', () => {
  test.prop([bracketText()], { numRuns: 300 })('R7: placeholders are the ranges the naive scan finds', (text) => {
    expect(placeholderRanges(text)).toEqual(naivePlaceholders(text));
  });

  // No train/serve skew: the id the reader computes from a reply's words is the id of the name training wrote.
  test.prop([anyText()], { numRuns: 150 })('R7: every feature id the reader computes is the id of its name', (text) => {
    const reading = readReply(text);
    const f = replyFeatures(reading);
    for (let i = 0; i < f.count; i++) expect(featureId(featureName(reading, f, i)), featureName(reading, f, i)).toBe(f.ids[i]);
  });

  test.prop([replyInput()], { numRuns: 150 })('R7: probabilities sum to 1; confidence, needsReview and topic agree with the label', (input) => {
    const r = classifyReply(input);
    const sum = REPLY_LABELS.reduce((a, l) => a + r.scores[l], 0);
    expect(sum).toBeGreaterThan(0.99);
    expect(sum).toBeLessThan(1.01);
    expect(r.confidence).toBeGreaterThanOrEqual(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
    for (const l of REPLY_LABELS) expect(r.scores[l]).toBeLessThanOrEqual(r.scores[r.label]);
    // Each label has its own threshold (REPLY_LABELS order).
    expect(r.needsReview).toBe(r.confidence < REVIEW_THRESHOLDS[REPLY_LABELS.indexOf(r.label)]!);
    expect(TOPIC_LABELS[r.topic]).toBe(r.label);
  });

  test.prop([replyInput(), referenceInstant()], { numRuns: 120 })('R7: request and evidence spans quote the input; request kinds are known and once each; due dates are real dates', (input, reference) => {
    const r = classifyReply(input, { reference, timeZone: 'Europe/Berlin' });
    const kinds = r.requests.map((q) => q.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const q of r.requests) {
      expect(REQUEST_KINDS).toContain(q.kind);
      expect(fieldText(input, q.span.field).slice(q.span.start, q.span.end)).toBe(q.span.text);
      if (q.due !== undefined) expect(Number.isNaN(Date.parse(`${q.due}T00:00:00Z`))).toBe(false);
    }
    for (const e of r.evidence) {
      expect(e.end).toBeGreaterThan(e.start);
      expect(fieldText(input, e.field).slice(e.start, e.end)).toBe(e.text);
      expect(e.label).toBe(r.label);
    }
  });
});
