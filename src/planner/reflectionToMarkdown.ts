import { escapeMarkdown, escapeMarkdownLines } from '../_lib/escapeMarkdown.js';
import { knownKeys } from '../_lib/knownKeys.js';
import { arrayAt, integerAt, optionalTextAt, optionsAt, own, recordAt, textAt } from '../_lib/check.js';
import { instantText } from '../calendar/instant.js';
import { REFLECTION_HEADINGS } from '../languages/reflection.js';
import { resolveLocaleAt, type LocaleTag, type MessageLocale } from '../templates/resolveLocale.js';
import type { DeepReadonly } from '../model/DeepReadonly.js';
import type { Interview } from '../model/Interview.js';
import type { Reflection } from '../model/Reflection.js';

/** The fields of the notes that are written out, checked by path (they may come from plain JSON). */
function checkReflection(value: unknown): Reflection {
  const r = recordAt(value, 'reflection', 'reflection notes { interviewId, writtenAt, questions, … } (see parseReflection)');
  textAt(own(r, 'interviewId'), 'reflection.interviewId');
  const writtenAt = instantText(own(r, 'writtenAt'), 'reflection.writtenAt');
  arrayAt(own(r, 'questions'), 'reflection.questions', 'an array of { question, answer?, improvement? }').forEach((q, i) => {
    const item = recordAt(q, `reflection.questions.${i}`, 'a question { question, answer?, improvement? }');
    textAt(own(item, 'question'), `reflection.questions.${i}.question`);
    optionalTextAt(own(item, 'answer'), `reflection.questions.${i}.answer`);
    optionalTextAt(own(item, 'improvement'), `reflection.questions.${i}.improvement`);
  });
  for (const key of ['cultureTakeaways', 'roleTakeaways']) {
    const list = own(r, key);
    if (list !== undefined) arrayAt(list, `reflection.${key}`, 'an array of texts').forEach((x, i) => textAt(x, `reflection.${key}.${i}`));
  }
  optionalTextAt(own(r, 'notes'), 'reflection.notes');
  return writtenAt === own(r, 'writtenAt') ? (r as unknown as Reflection) : ({ ...r, writtenAt } as unknown as Reflection);
}

function checkTitle(value: unknown): Pick<Interview, 'company' | 'role' | 'round'> {
  const i = recordAt(value, 'options.interview', 'an object { company, role, round }');
  textAt(own(i, 'company'), 'options.interview.company');
  textAt(own(i, 'role'), 'options.interview.role');
  integerAt(own(i, 'round'), 'options.interview.round', 1, 1000, 'a whole round number');
  return i as unknown as Pick<Interview, 'company' | 'role' | 'round'>;
}

/** Options of {@link reflectionToMarkdown}. */
export interface ReflectionToMarkdownOptions {
  /** The interview, to title the notes with its role, company and round. */
  readonly interview?: Pick<Interview, 'company' | 'role' | 'round'> | undefined;
  /**
   * Language of the headings: one of `MESSAGE_LOCALES` (`en`, `de`, `fr`, `es`, `pt`); a regional tag such as `de-AT` uses `de`.
   * Another language (`it`) is an error unless `fallback` is given.
   * @defaultValue `'en'`
   */
  readonly locale?: LocaleTag | undefined;
  /** The language for a `locale` without built-in headings; without it such a locale throws. */
  readonly fallback?: MessageLocale | undefined;
}

/**
 * Exports the candidate's reflection notes (R2) as Markdown: the questions with answers and
 * improvements, then takeaways about the culture and the role. Every value is escaped, so the
 * candidate's text is shown as written and cannot change the document's structure. (The JSON export
 * is the parsed {@link Reflection} itself; `jsonSchemas().Reflection` describes it.)
 *
 * @param reflection - Notes, as returned by `parseReflection`.
 * @param options - The interview for the title, and the language of the headings.
 * @returns A Markdown document ending with a newline.
 * @throws {@link InvalidArgumentError} naming the field, e.g. `reflection.questions.0.question`, when
 * a value has the wrong type; for a locale without built-in headings and no `fallback`.
 * {@link InvalidDateError} if `writtenAt` is not an instant (a `Date` is accepted).
 * @example
 * ```ts
 * reflectionToMarkdown({ interviewId: 'r1', writtenAt: '2026-12-01T18:00:00Z', questions: [{ question: 'Why us?', answer: 'The product.' }] })
 * //=> "# Interview reflection\n\n_r1 · written 2026-12-01T18:00:00Z_\n\n## Questions\n\n### 1. Why us?\n\n**My answer:** The product.\n"
 * ```
 */
export function reflectionToMarkdown(reflection: DeepReadonly<Reflection>, options: ReflectionToMarkdownOptions = {}): string {
  reflection = checkReflection(reflection);
  const opts = optionsAt(options, 'options', 'an object { interview?, locale?, fallback? }');
  knownKeys(opts, ['interview', 'locale', 'fallback'], 'options key');
  const t = REFLECTION_HEADINGS[resolveLocaleAt(own(opts, 'locale') ?? 'en', opts, 'options.locale').language];
  const interview = own(opts, 'interview') === undefined ? undefined : checkTitle(own(opts, 'interview'));
  const out: string[] = [];
  out.push(interview === undefined
    ? `# ${t.title}`
    : `# ${t.title}: ${escapeMarkdown(interview.role)}, ${escapeMarkdown(interview.company)} (${t.round} ${interview.round})`);
  out.push(`_${escapeMarkdown(reflection.interviewId)} · ${t.written} ${escapeMarkdown(reflection.writtenAt)}_`);
  if (reflection.questions.length > 0) {
    out.push(`## ${t.questions}`);
    reflection.questions.forEach((q, i) => {
      out.push(`### ${i + 1}. ${escapeMarkdown(q.question)}`);
      const lines: string[] = [];
      if (q.answer !== undefined && q.answer.trim() !== '') lines.push(`**${t.answer}:** ${escapeMarkdown(q.answer)}`);
      if (q.improvement !== undefined && q.improvement.trim() !== '') lines.push(`**${t.improvement}:** ${escapeMarkdown(q.improvement)}`);
      if (lines.length > 0) out.push(lines.join('  \n'));
    });
  }
  const list = (heading: string, items: readonly string[] | undefined): void => {
    if (items !== undefined && items.length > 0) out.push(`## ${heading}`, items.map((item) => `- ${escapeMarkdown(item)}`).join('\n'));
  };
  list(t.culture, reflection.cultureTakeaways);
  list(t.role, reflection.roleTakeaways);
  if (reflection.notes !== undefined && reflection.notes.trim() !== '') out.push(`## ${t.notes}`, escapeMarkdownLines(reflection.notes));
  return `${out.join('\n\n')}\n`;
}
