import { describe, expect, it } from 'vitest';
import { parseTimeline, safeParseTimeline } from './Timeline.js';

describe('Timeline', () => {
  it('R4.5: accepts each kind', () => {
    for (const t of [
      { kind: 'none' },
      { kind: 'date', date: '2026-12-04', text: 'by December 4' },
      { kind: 'calendar-days', days: 10 },
      { kind: 'weeks', weeks: 2, from: '2026-12-01' },
      { kind: 'business-days', days: 5 },
    ]) {
      expect(parseTimeline(t)).toEqual(t);
    }
  });

  it('R4.5: rejects an unknown kind, naming it and the valid kinds', () => {
    const r = safeParseTimeline({ kind: 'end-of-next-week' });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.issues[0]?.message).toContain('"end-of-next-week"');
      expect(r.error.issues[0]?.message).toContain('"business-days"');
    }
  });

  it('rejects negative and fractional spans and impossible dates', () => {
    expect(safeParseTimeline({ kind: 'business-days', days: -1 }).success).toBe(false);
    expect(safeParseTimeline({ kind: 'weeks', weeks: 0.5 }).success).toBe(false);
    expect(safeParseTimeline({ kind: 'date', date: '2026-02-29' }).success).toBe(false);
  });

  it('rejects a non-object with a message that shows the expected shape', () => {
    const r = safeParseTimeline('two weeks');
    expect(!r.success && r.error.message).toContain("{ kind: 'none' }");
  });
});
