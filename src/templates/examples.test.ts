import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors.js';
import { checkMessageLimits, policyLimits } from './checkMessageLimits.js';
import { defineTemplate } from './defineTemplate.js';
import { escapeHtml } from './escapeHtml.js';
import { positionOf } from './parseTemplate.js';
import { renderMessage } from './renderMessage.js';
import { resolvePrepFormat } from './resolvePrepFormat.js';
import { textToHtml } from './textToHtml.js';

/* The @example of each export in this module, run as written. */
describe('documented examples', () => {
  it('escapeHtml, textToHtml, positionOf', () => {
    expect(escapeHtml('<b>"Tom" & Jerry</b>')).toBe('&lt;b&gt;&quot;Tom&quot; &amp; Jerry&lt;/b&gt;');
    expect(textToHtml('Hello,\n\nLine one\nLine <two>')).toBe('<p>Hello,</p>\n<p>Line one<br>\nLine &lt;two&gt;</p>');
    expect(positionOf('Dear\n  {{name', 7)).toEqual({ line: 2, column: 3 });
  });

  it('defineTemplate', () => {
    const note = defineTemplate({ subject: 'Thanks, {{name}}', body: 'Hello {{name}},\n\n{{#topic}}About {{topic}}.{{/topic}}' });
    expect(note.render({ name: 'Ada' }).subject).toBe('Thanks, Ada');
  });

  it('renderMessage and checkMessageLimits', () => {
    const message = renderMessage('followUp', { candidate: { name: 'Ada Lovelace' }, company: 'Acme', role: 'Data Engineer', interviewDate: '2026-12-03' }, { locale: 'en' });
    expect(message.subject).toBe('Following up on my Data Engineer interview');
    expect(checkMessageLimits(message, { maxBodyWords: 120 })).toEqual([]);
    expect(checkMessageLimits(message, { maxBodyWords: 10, maxSubjectChars: 10 }).map((w) => w.limit)).toEqual(['maxBodyWords', 'maxSubjectChars']);
    expect(() => checkMessageLimits(message, { maxBodyWords: 0 })).toThrow(InvalidArgumentError);
  });

  it('R5, R1.4: policyLimits gives the policy\'s limits of a kind, for checkMessageLimits', () => {
    expect(policyLimits('followUp')).toEqual({ maxBodyWords: 120 });
    expect(policyLimits('thankYou')).toEqual({ maxBodyWords: 150, maxSubjectChars: 60 });
    expect(policyLimits('followUp', { followUpMaxWords: 20 })).toEqual({ maxBodyWords: 20 });
    expect(policyLimits('rejectionReply')).toEqual({});
    const followUp = renderMessage('followUp', { candidate: { name: 'Ada Lovelace' }, company: 'Acme', role: 'Data Engineer', interviewDate: '2026-12-03' }, { locale: 'en' });
    expect(checkMessageLimits(followUp, policyLimits('followUp'))).toEqual([]);
    expect(checkMessageLimits(followUp, policyLimits('followUp', { followUpMaxWords: 20 })).map((w) => [w.limit, w.max])).toEqual([['maxBodyWords', 20]]);
    expect(() => policyLimits('nope' as never)).toThrow(InvalidArgumentError);
    expect(() => policyLimits('followUp', { followUpMaxWords: 0 })).toThrow(InvalidArgumentError);
  });

  it('resolvePrepFormat', () => {
    expect(resolvePrepFormat('Case Study')).toBe('case-study');
    expect(resolvePrepFormat('assessment')).toBe('skills-assessment');
    expect(resolvePrepFormat('toString')).toBeUndefined();
  });
});
