import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, InvalidInputError, isFollowUpError } from '../errors.js';
import { draftThankYouNotes, type ThankYouInterview } from './draftThankYouNotes.js';
import { MESSAGE_LOCALES } from './resolveLocale.js';
import { thrown } from '../../test/helpers/thrown.js';

const interview: ThankYouInterview = {
  company: 'Northwind Logistics',
  role: 'Senior Backend Engineer',
  interviewers: [
    { id: 'anna', name: 'Anna Berger', title: 'Head of Platform', email: 'anna@northwind.example', points: ["your team's plan to move billing to event sourcing", 'the hiring plan'] },
    { id: 'tom', name: 'Tom Li', points: ['  ', 'how incidents are reviewed without blame'] },
    { id: 'sara', name: 'Sara Okafor', points: ['the mentoring programme for new engineers'] },
  ],
};
const candidate = { name: 'Maria Schmidt-Oliveira', connection: 'I led a similar effort at Acme' };

describe('draftThankYouNotes', () => {
  it('R1.1: drafts one note per interviewer, addressed to them, in the interview order', () => {
    const notes = draftThankYouNotes(interview, candidate, { locale: 'en' });
    expect(notes.map((n) => n.interviewerId)).toEqual(['anna', 'tom', 'sara']);
    expect(notes.map((n) => n.to)).toEqual([{ name: 'Anna Berger', email: 'anna@northwind.example' }, { name: 'Tom Li' }, { name: 'Sara Okafor' }]);
    for (const [i, note] of notes.entries()) {
      expect(note.text.startsWith(`Dear ${interview.interviewers[i]?.name},`)).toBe(true);
      expect(note.text.endsWith('Maria Schmidt-Oliveira')).toBe(true);
    }
  });

  it('R1.3: each note has the role, that interviewer’s first point, then the connection, then enthusiasm', () => {
    const notes = draftThankYouNotes(interview, candidate, { locale: 'en', connections: { tom: 'I introduced blameless reviews in my team' } });
    const [anna, tom] = notes;
    const a = anna?.text ?? '';
    expect(a.indexOf('Senior Backend Engineer')).toBeLessThan(a.indexOf("your team's plan to move billing"));
    expect(a.indexOf("your team's plan to move billing")).toBeLessThan(a.indexOf('I led a similar effort at Acme'));
    expect(a.indexOf('I led a similar effort at Acme')).toBeLessThan(a.indexOf('excited'));
    expect(a).toContain('as Head of Platform');
    expect(a).not.toContain('the hiring plan');
    expect(tom?.text).toContain('how incidents are reviewed without blame');
    expect(tom?.text).toContain('I introduced blameless reviews in my team');
    expect(tom?.text).not.toContain('I led a similar effort');
  });

  it('R1.5: notes to different interviewers are pairwise distinct, in every locale', () => {
    for (const locale of MESSAGE_LOCALES) {
      const texts = draftThankYouNotes(interview, candidate, { locale }).map((n) => n.text);
      expect(new Set(texts).size, locale).toBe(texts.length);
    }
  });

  it('R1.5: two interviewers with the same point are an input error, not silently reworded', () => {
    const same: ThankYouInterview = {
      ...interview,
      interviewers: [
        { id: 'a', name: 'Ana', points: ['The roadmap'] },
        { id: 'b', name: 'Ben', points: ['the  roadmap '] },
      ],
    };
    const error = thrown(() => draftThankYouNotes(same, candidate, { locale: 'en' }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(isFollowUpError(error, 'INVALID_INPUT')).toBe(true);
    expect((error as InvalidInputError).issues).toEqual([
      { path: ['interviewers', 1, 'points', 0], message: expect.stringMatching(/"Ben" has the same point as "Ana".*R1\.5/) as unknown as string },
    ]);
    // A closing full stop or other mark makes no other note: the notes would still read alike.
    const stop: ThankYouInterview = { ...interview, interviewers: [{ id: 'a', name: 'Ana', points: ['Event streaming'] }, { id: 'b', name: 'Ben', points: ['event streaming.'] }] };
    expect(() => draftThankYouNotes(stop, candidate, { locale: 'en' })).toThrow(InvalidInputError);
    const other: ThankYouInterview = { ...interview, interviewers: [{ id: 'a', name: 'Ana', points: ['Event streaming'] }, { id: 'b', name: 'Ben', points: ['event storming'] }] };
    expect(draftThankYouNotes(other, candidate, { locale: 'en' })).toHaveLength(2);
  });

  it('R1.3: lists every interviewer without a point or a connection at once', () => {
    const bad: ThankYouInterview = { ...interview, interviewers: [{ id: 'a', name: 'Ana', points: [] }, { id: 'b', name: 'Ben', points: ['x'] }] };
    const error = thrown(() => draftThankYouNotes(bad, { name: 'Maria' }, { locale: 'en', connections: { b: 'y' } })) as InvalidInputError;
    expect(error.issues.map((i) => i.path)).toEqual([['interviewers', 0, 'points'], ['interviewers', 0]]);
    expect(() => draftThankYouNotes({ ...interview, interviewers: [] }, candidate, { locale: 'en' })).toThrow(/one note per interviewer/);
  });

  it('R1.4: warns about a note over the limits by default, throws with onLimit: "throw"', () => {
    const long = { ...candidate, connection: Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ') };
    const notes = draftThankYouNotes(interview, long, { locale: 'en' });
    expect(notes[0]?.warnings).toEqual([{ limit: 'maxBodyWords', max: 150, actual: notes[0]?.wordCount, message: expect.stringMatching(/at most 150/) as unknown as string }]);
    const fits = draftThankYouNotes(interview, candidate, { locale: 'en' });
    expect(fits.every((n) => n.warnings.length === 0)).toBe(true);
    const error = thrown(() => draftThankYouNotes(interview, long, { locale: 'en', onLimit: 'throw' })) as InvalidInputError;
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.issues).toHaveLength(3);
    expect(error.message).toMatch(/R1\.4/);
    const tight = draftThankYouNotes(interview, candidate, { locale: 'en', limits: { maxSubjectChars: 20 } });
    expect(tight[0]?.warnings.map((w) => w.limit)).toEqual(['maxSubjectChars']);
    // The policy's limits apply when no limits are given; limits, when given, replace them.
    const relaxed = draftThankYouNotes(interview, long, { locale: 'en', policy: { thankYouMaxWords: 500 } });
    expect(relaxed.every((n) => n.warnings.length === 0)).toBe(true);
    const strict = draftThankYouNotes(interview, candidate, { locale: 'en', policy: { thankYouSubjectMaxChars: 20 } });
    expect(strict[0]?.warnings.map((w) => [w.limit, w.max])).toEqual([['maxSubjectChars', 20]]);
    expect(draftThankYouNotes(interview, long, { locale: 'en', policy: { thankYouMaxWords: 500 }, limits: {} })[0]?.warnings).toEqual([]);
  });

  it('R1.1: the same interviewer listed twice (same id, or same email) is an input error, not two notes', () => {
    const twice: ThankYouInterview = {
      ...interview,
      interviewers: [
        { id: 'ana', name: 'Ana Ruiz', email: 'ana@northwind.example', points: ['the roadmap'] },
        { id: 'ana', name: 'Ana Ruiz', email: 'ana@northwind.example', points: ['the on-call rotation'] },
        { id: 'ana-2', name: 'Ana R.', email: ' ANA@northwind.example ', points: ['the hiring plan'] },
        { id: 'tom', name: 'Tom Li', points: ['blameless reviews'] },
      ],
    };
    const error = thrown(() => draftThankYouNotes(twice, candidate, { locale: 'en' })) as InvalidInputError;
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.issues.map((i) => i.path.join('.'))).toEqual(['interviewers.1.id', 'interviewers.1.email', 'interviewers.2.email']);
    expect(error.issues[0]?.message).toMatch(/^Duplicate interviewer id "ana": .*R1\.1/);
    expect(error.issues[2]?.message).toMatch(/"Ana R\." has the same email as "Ana Ruiz".*R1\.1/);
    expect(error.message).toContain('interviewers.1.id: Duplicate interviewer id "ana"');
    // Interviewers without an email, or with different ones, are fine.
    expect(draftThankYouNotes({ ...interview, interviewers: [twice.interviewers[0]!, twice.interviewers[3]!] }, candidate, { locale: 'en' })).toHaveLength(2);
  });

  it('names the caller\'s path for a blank name, company, role or candidate name', () => {
    const cases: [unknown, unknown, string][] = [
      [{ ...interview, interviewers: [{ id: 'a', name: '', points: ['x'] }] }, candidate, 'interview.interviewers.0.name'],
      [{ ...interview, interviewers: [interview.interviewers[0], { id: 'b', name: '  ', points: ['y'] }] }, candidate, 'interview.interviewers.1.name'],
      [{ role: interview.role, interviewers: interview.interviewers }, candidate, 'interview.company'],
      [{ ...interview, company: ' ' }, candidate, 'interview.company'],
      [{ ...interview, role: undefined }, candidate, 'interview.role'],
      [interview, { connection: 'x' }, 'candidate.name'],
    ];
    for (const [iv, cand, argument] of cases) {
      const error = thrown(() => draftThankYouNotes(iv as never, cand as never, { locale: 'en' }));
      expect(error, argument).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).argument, argument).toBe(argument);
    }
  });

  it('R1.3: a company ending with a full stop keeps one, in every locale', () => {
    for (const locale of MESSAGE_LOCALES) {
      for (const note of draftThankYouNotes({ ...interview, company: 'Acme Inc.' }, candidate, { locale })) {
        expect(note.text, locale).toContain('Acme Inc.');
        expect(note.text, locale).not.toContain('Acme Inc..');
      }
    }
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(interview);
    draftThankYouNotes(interview, candidate, { locale: 'de' });
    expect(interview).toEqual(copy);
  });
});
