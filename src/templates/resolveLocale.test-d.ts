import { describe, expectTypeOf, it } from 'vitest';
import { reflectionToMarkdown } from '../planner/reflectionToMarkdown.js';
import type { ReflectionToMarkdownOptions } from '../planner/reflectionToMarkdown.js';
import { stagePhrase } from '../hiring/stagePhrase.js';
import { formatMessageDate } from './formatMessageDate.js';
import { prepChecklist } from './prepChecklist.js';
import { renderMessage } from './renderMessage.js';
import type { RenderMessageOptions } from './renderMessage.js';
import { resolveLocale } from './resolveLocale.js';
import type { LocaleTag, MessageLocale } from './index.js';

/** The literal members of a locale type: what an editor offers as completions (none for plain `string`). */
type Offered<T> = Extract<T, MessageLocale>;

describe('locale options name the built-in languages', () => {
  it('R5: every `locale` offers the built-in languages as completions, not a bare string', () => {
    expectTypeOf<Offered<LocaleTag>>().toEqualTypeOf<'en' | 'de' | 'fr' | 'es' | 'pt'>();
    expectTypeOf<Offered<RenderMessageOptions['locale']>>().toEqualTypeOf<MessageLocale>();
    expectTypeOf<Offered<ReflectionToMarkdownOptions['locale']>>().toEqualTypeOf<MessageLocale>();
    expectTypeOf(resolveLocale).parameter(0).toEqualTypeOf<LocaleTag>();
    expectTypeOf(formatMessageDate).parameter(1).toEqualTypeOf<LocaleTag>();
    expectTypeOf(prepChecklist).parameter(1).toEqualTypeOf<LocaleTag>();
    expectTypeOf(stagePhrase).parameter(1).toEqualTypeOf<LocaleTag>();
  });

  it('R5: a built-in language and a regional tag of one are accepted, as the functions accept them when run', () => {
    const german: RenderMessageOptions = { locale: 'de' };
    const british: Parameters<typeof renderMessage>[2] = { locale: 'en-GB' };
    expectTypeOf([german, british]).toEqualTypeOf<RenderMessageOptions[]>();
    expectTypeOf(resolveLocale('pt-BR').language).toEqualTypeOf<MessageLocale>();
    expectTypeOf(reflectionToMarkdown({ interviewId: 'r1', writtenAt: '2026-12-01T18:00:00Z', questions: [] }, { locale: 'fr-CA' })).toBeString();
  });

  it('R5: a tag without built-in wording is a string the type cannot rule out: it needs `fallback` when run, which takes only a built-in language', () => {
    expectTypeOf(prepChecklist('case-study', 'it', { fallback: 'en' })).toEqualTypeOf<string[]>();
    // @ts-expect-error: the fallback must be a built-in language
    prepChecklist('case-study', 'it', { fallback: 'it' });
    // @ts-expect-error: a locale is a string
    resolveLocale(42);
  });
});
