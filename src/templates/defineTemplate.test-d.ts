import { describe, expectTypeOf, it } from 'vitest';
import { defineTemplate } from './defineTemplate.js';
import type { AnyTemplateData, SectionValue, TemplateFields, TemplateValue } from './types.js';

describe('template field inference', () => {
  it('infers required, fallback, section and nested fields from literals', () => {
    type D = TemplateFields<'Thanks, {{interviewer.name}}', 'Dear {{recipient.name|team}}, {{role}}{{#interviewer.title}} ({{interviewer.title}}){{/interviewer.title}}{{#ask}}?{{/ask}}'>;
    expectTypeOf<D>().toEqualTypeOf<{
      interviewer: { name: TemplateValue; title?: TemplateValue | null | undefined };
      role: TemplateValue;
      recipient?: { name?: TemplateValue | null | undefined } | null | undefined;
      ask?: SectionValue;
    }>();
  });

  it('makes a field required when it is used outside a section anywhere', () => {
    type D = TemplateFields<'{{a}}', '{{#s}}{{a}}{{b}}{{/s}}'>;
    expectTypeOf<D>().toEqualTypeOf<{ a: TemplateValue; s?: SectionValue; b?: TemplateValue | null | undefined }>();
  });

  it('accepts any data for non-literal templates', () => {
    const source: string = 'x';
    const t = defineTemplate({ subject: source, body: source });
    expectTypeOf(t.render).parameter(0).toEqualTypeOf<AnyTemplateData>();
  });

  it('a missing required field does not compile', () => {
    const t = defineTemplate({ subject: 'Hi {{name}}', body: '{{company}} {{user.email}} {{nick|friend}}' });
    t.render({ name: 'Ada', company: 'Acme', user: { email: 'a@b.c' } });
    t.render({ name: 'Ada', company: 7, user: { email: 'a@b.c' }, nick: 'Ad' });
    // @ts-expect-error company is required
    t.render({ name: 'Ada', user: { email: 'a@b.c' } });
    // @ts-expect-error user.email is required
    t.render({ name: 'Ada', company: 'Acme', user: {} });
    // @ts-expect-error booleans are not values
    t.render({ name: true, company: 'Acme', user: { email: 'a@b.c' } });
    // @ts-expect-error unknown fields are excess properties
    t.render({ name: 'Ada', company: 'Acme', user: { email: 'a@b.c' }, typo: 1 });
  });

  it('fields inside a section are optional', () => {
    const t = defineTemplate({ subject: 's', body: '{{#reason}}Because {{reason}}.{{/reason}}' });
    t.render({});
    t.render({ reason: undefined });
    expectTypeOf(t.render).parameter(0).toEqualTypeOf<{ reason?: TemplateValue | null | undefined }>();
  });
});
