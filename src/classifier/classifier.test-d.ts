import { expectTypeOf, test } from 'vitest';
import type { EventOf } from '../model/Event.js';
import type { Timeline } from '../model/Timeline.js';
import { replyEvent, toTimeline } from '../planner/index.js';
import { classifyReply, extractTimeline } from './index.js';
import type { Classification, ClassifyOptions, ExtractedTimeline, ReplyInput, ReplyLabel, ReplyLanguage } from './index.js';

test('R7: a reply is a string or an object with text or html', () => {
  expectTypeOf<string>().toMatchTypeOf<ReplyInput>();
  expectTypeOf<{ text: string }>().toMatchTypeOf<ReplyInput>();
  expectTypeOf<{ subject: string; html: string }>().toMatchTypeOf<ReplyInput>();
  // @ts-expect-error a subject alone is not a reply
  classifyReply({ subject: 'Offer' });
  // @ts-expect-error numbers are not replies
  classifyReply(42);
});

test('R7: the result is typed', () => {
  expectTypeOf(classifyReply('x')).toEqualTypeOf<Classification>();
  expectTypeOf(classifyReply('x').label).toEqualTypeOf<ReplyLabel>();
  expectTypeOf(classifyReply('x').autoReply).toEqualTypeOf<boolean>();
  expectTypeOf(classifyReply('x').needsReview).toEqualTypeOf<boolean>();
  // @ts-expect-error unknown language
  classifyReply('x', { language: 'it' });
});

test('R7: the language option is the closed list of languages the reader knows, a known one accepted', () => {
  expectTypeOf<ClassifyOptions['language']>().toEqualTypeOf<'en' | 'de' | 'fr' | 'es' | 'pt' | undefined>();
  expectTypeOf(classifyReply('Wir melden uns', { language: 'de' }).language).toEqualTypeOf<ReplyLanguage>();
  // @ts-expect-error a regional tag is not a reader language: the reader takes the bare code
  classifyReply('x', { language: 'de-AT' });
});

test('R4.5: extractTimeline needs a reference and a zone, and plugs into the model', () => {
  expectTypeOf(extractTimeline('x', { reference: '2026-11-25T10:00:00Z', timeZone: 'UTC' })).toEqualTypeOf<ExtractedTimeline | null>();
  // @ts-expect-error the zone is required
  extractTimeline('x', { reference: '2026-11-25T10:00:00Z' });
  // From the reader to the tracker (interview-followup/planner); extractTimeline's null is welcome.
  expectTypeOf(toTimeline).parameter(0).toEqualTypeOf<ExtractedTimeline | null>();
  expectTypeOf(toTimeline).returns.toEqualTypeOf<Timeline>();
  expectTypeOf(replyEvent).returns.toEqualTypeOf<EventOf<'reply-received'>>();
});
