import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, isFollowUpError } from '../errors.js';
import { parseReflection } from '../model/Reflection.js';
import { reflectionToMarkdown } from './reflectionToMarkdown.js';

const notes = parseReflection({
  interviewId: 'r1',
  writtenAt: '2026-12-01T18:00:00Z',
  questions: [
    { question: 'Tell us about a project you led.', answer: 'The billing migration.', improvement: 'Lead with the outcome.' },
    { question: 'Why this team?' },
  ],
  cultureTakeaways: ['Decisions are written down first'],
  roleTakeaways: ['On-call one week in six'],
  notes: 'Ask about the budget next time.\n\nSend the portfolio link.',
});

describe('reflectionToMarkdown', () => {
  it('R2: questions with answers and improvements, then culture and role takeaways', () => {
    expect(reflectionToMarkdown(notes, { interview: { company: 'Acme', role: 'Data Engineer', round: 1 } })).toBe([
      '# Interview reflection: Data Engineer, Acme (round 1)',
      '',
      '_r1 · written 2026-12-01T18:00:00Z_',
      '',
      '## Questions',
      '',
      '### 1. Tell us about a project you led.',
      '',
      '**My answer:** The billing migration.  ',
      '**Next time:** Lead with the outcome.',
      '',
      '### 2. Why this team?',
      '',
      '## Culture',
      '',
      '- Decisions are written down first',
      '',
      '## The role',
      '',
      '- On-call one week in six',
      '',
      '## Notes',
      '',
      'Ask about the budget next time.',
      '',
      'Send the portfolio link.',
      '',
    ].join('\n'));
  });

  it('R2: headings in German, French and Spanish; regional tags use the language; another language needs an explicit fallback', () => {
    expect(reflectionToMarkdown(notes, { locale: 'de-AT' })).toContain('## Fragen');
    expect(reflectionToMarkdown(notes, { locale: 'de-AT' })).toContain('**Meine Antwort:** The billing migration.');
    expect(reflectionToMarkdown(notes, { locale: 'fr' })).toContain('**La prochaine fois:** Lead with the outcome.');
    expect(reflectionToMarkdown(notes, { locale: 'es' })).toContain('## Cultura de la empresa');
    expect(reflectionToMarkdown(notes, { locale: 'it', fallback: 'en' })).toContain('## Questions');
    expect(() => reflectionToMarkdown(notes, { locale: 'it' })).toThrow(/Invalid options.locale "it".*"en", "de", "fr", "es"/);
  });

  it('R2: keys of Object.prototype are not languages: an error, never "# undefined"', () => {
    for (const locale of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(() => reflectionToMarkdown(notes, { locale }), locale).toThrow(InvalidArgumentError);
    }
  });

  it('R2: a field of the wrong type is named by its path', () => {
    expect(() => reflectionToMarkdown({ ...notes, questions: [null] } as never)).toThrow(/Invalid reflection\.questions\.0 null: expected a question/);
    expect(() => reflectionToMarkdown({ ...notes, writtenAt: undefined } as never)).toThrow(/Invalid reflection\.writtenAt \(missing\): expected an ISO 8601 instant/);
    expect(() => reflectionToMarkdown(notes, { interview: { company: 'Acme', role: 7, round: 1 } as never })).toThrow(/Invalid options\.interview\.role 7: expected a text/);
  });

  it('R2: the candidate\'s text cannot change the structure', () => {
    const md = reflectionToMarkdown({
      interviewId: 'r1', writtenAt: '2026-12-01T18:00:00Z',
      questions: [{ question: '# Not a heading\n## nor this', answer: '*not bold* [not a link](x) <b>no html</b>' }],
      cultureTakeaways: ['- not a nested item', '1. not a numbered item'],
      notes: '===\n    not code',
    });
    expect(md).toContain('### 1. \\# Not a heading \\#\\# nor this'); // a trailing # would close an ATX heading
    expect(md).toContain('**My answer:** \\*not bold\\* \\[not a link\\](x) \\<b\\>no html\\</b\\>');
    expect(md).toContain('- \\- not a nested item\n- 1\\. not a numbered item');
    expect(md).toContain('## Notes\n\n\\===\nnot code\n');
  });

  it('rejects a non-object with a typed error', () => {
    let caught: unknown;
    try { reflectionToMarkdown('notes' as never); } catch (e) { caught = e; }
    expect(isFollowUpError(caught, 'INVALID_ARGUMENT')).toBe(true);
  });
});
