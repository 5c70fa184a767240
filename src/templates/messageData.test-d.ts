import { describe, expectTypeOf, it } from 'vitest';
import type { Interview } from '../model/Interview.js';
import type { ThankYouInterview } from './draftThankYouNotes.js';
import type { MessageData, MessageKind, SalaryAmount } from './messageData.js';
import type { MESSAGES } from '../languages/messages.js';
import { renderMessage } from './renderMessage.js';
import type { TemplateFields } from './types.js';

/** What renderMessage hands the template: dates (Dates included) already strings, slots and name lists joined, a salary written. */
type Prepared<T> = {
  [P in keyof T]: P extends 'slots' | 'interviewers' ? Exclude<T[P], readonly unknown[]> | string : P extends 'salary' ? Exclude<T[P], SalaryAmount> | string : Exclude<T[P], Date>;
};

type Catalogue = { readonly [K in MessageKind]: { readonly subject: string; readonly body: string } };

/** For each kind: does the typed message data satisfy the fields the catalogue text needs? */
type Fits<C extends Catalogue> = { [K in MessageKind]: Prepared<MessageData<K>> extends TemplateFields<C[K]['subject'], C[K]['body']> ? true : false };
type AllTrue = { [K in MessageKind]: true };

describe('message data types', () => {
  it('R8: a salary is a text, a number or an amount with its currency and period', () => {
    expectTypeOf<MessageData<'offerNotice'>['salary']>().toEqualTypeOf<string | number | SalaryAmount | undefined>();
    expectTypeOf<SalaryAmount['period']>().toEqualTypeOf<'year' | 'month' | 'hour' | undefined>();
    // @ts-expect-error a period the messages cannot write
    const weekly: SalaryAmount = { amount: 1500, currency: 'EUR', period: 'week' };
    void weekly;
  });

  it('match the fields every catalogue text needs, in every language', () => {
    expectTypeOf<{ [L in keyof typeof MESSAGES]: Fits<(typeof MESSAGES)[L]> }>().toEqualTypeOf<{ [L in keyof typeof MESSAGES]: AllTrue }>();
    // The check can fail: without `point` the thank-you data no longer fits.
    type T = (typeof MESSAGES)['en']['thankYou'];
    expectTypeOf<Omit<MessageData<'thankYou'>, 'point'> extends TemplateFields<T['subject'], T['body']> ? true : false>().toEqualTypeOf<false>();
  });

  it('a missing required field of a built-in message does not compile', () => {
    // @ts-expect-error point is required for a thank-you note (R1.3b)
    renderMessage('thankYou', { candidate: { name: 'A' }, interviewer: { name: 'B' }, company: 'C', role: 'D', connection: 'E' }, { locale: 'en' });
    // @ts-expect-error decisionDate is required (R8.3)
    renderMessage('offerReply', { candidate: { name: 'A' }, company: 'C', role: 'D' }, { locale: 'en' });
    // @ts-expect-error askFeedback is a boolean
    renderMessage('rejectionReply', { candidate: { name: 'A' }, company: 'C', role: 'D', askFeedback: 'yes' }, { locale: 'en' });
    // @ts-expect-error options need a locale
    renderMessage('withdrawal', { candidate: { name: 'A' }, company: 'C', role: 'D' }, {});
    renderMessage('withdrawal', { candidate: { name: 'A' }, company: 'C', role: 'D' }, { locale: 'en' });
  });

  it('infers the data of a kind', () => {
    expectTypeOf<MessageData<'nextRoundReply'>['slots']>().toEqualTypeOf<readonly (string | Date)[]>();
    expectTypeOf<MessageData<'rejectionReply'>['askFeedback']>().toEqualTypeOf<boolean | undefined>();
  });

  it('accepts a model Interview for draftThankYouNotes', () => {
    expectTypeOf<Interview>().toExtend<ThankYouInterview>();
  });
});
