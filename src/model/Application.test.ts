import { describe, expect, it } from 'vitest';
import { parseApplication, safeParseApplication } from './Application.js';

const interview = {
  id: 'int-1', company: 'Acme', role: 'Engineer', round: 1, format: 'onsite',
  startedAt: '2026-12-01T09:00:00Z', endedAt: '2026-12-01T10:00:00Z',
  candidateTimeZone: 'UTC', employerTimeZone: 'UTC', interviewers: [],
};

describe('Application', () => {
  it('accepts an application with its log', () => {
    const app = {
      id: 'app-1', company: 'Acme', role: 'Engineer', interviews: [interview],
      events: [
        { type: 'interview-held', at: '2026-12-01T10:00:00Z', interviewId: 'int-1' },
        { type: 'follow-up-sent', at: '2026-12-10T09:00:00+01:00' },
      ],
    };
    expect(parseApplication(app)).toEqual(app);
  });

  it('rejects events out of time order (the log is append-only)', () => {
    const r = safeParseApplication({
      id: 'app-1', company: 'Acme', role: 'Engineer', interviews: [],
      events: [
        { type: 'follow-up-sent', at: '2026-12-10T09:00:00Z' },
        { type: 'withdrawn', at: '2026-12-10T09:30:00+01:00' },
      ],
    });
    expect(r.success).toBe(false);
    expect(!r.success && r.error.issues[0]?.path).toEqual(['events', 1, 'at']);
  });

  it('an event instant its own schema refuses is a failure naming it, never an exception from the order check', () => {
    for (const at of ['2026-12-08t09:00:00z', '0000-06-01T00:00:00Z', '2026-12-01T25:00:00Z', 5]) {
      let r: ReturnType<typeof safeParseApplication> | undefined;
      expect(() => { r = safeParseApplication({ id: 'a', company: 'c', role: 'r', interviews: [], events: [{ type: 'follow-up-sent', at }] }); }).not.toThrow();
      expect(!r!.success && r!.error.issues.map((i) => i.path.join('.'))).toEqual(['events.0.at']);
    }
  });

  it('rejects duplicate interview ids', () => {
    const r = safeParseApplication({ id: 'a', company: 'Acme', role: 'Engineer', interviews: [interview, interview], events: [] });
    expect(!r.success && r.error.issues[0]?.message).toContain('Duplicate interview id "int-1"');
  });
});
