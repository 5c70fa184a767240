import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { classifyReply } from '../../src/classifier/classifyReply.js';
import { featureId, featureName, readReply, replyFeatures } from '../../src/classifier/model/features.js';
import { REVIEW_THRESHOLD } from '../../src/classifier/model/weights.generated.js';
import { REPLY_LABELS, REQUEST_KINDS, TOPIC_LABELS } from '../../src/classifier/types.js';
import type { ReplyInput } from '../../src/classifier/types.js';
import { anyText, referenceInstant, replyInput } from '../arbitraries/classifier.js';

/** The text a span indexes: the named field of an object input, or the string itself. */
function fieldText(input: ReplyInput, field: 'subject' | 'text' | 'html'): string {
  if (typeof input === 'string') return input;
  return (input as Record<string, string | undefined>)[field] ?? '';
}

describe('the learned reply reader (R7)', () => {
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
    expect(r.needsReview).toBe(r.confidence < REVIEW_THRESHOLD);
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
