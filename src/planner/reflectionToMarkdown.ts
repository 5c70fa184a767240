import { escapeMarkdown, escapeMarkdownLines } from '../_lib/escapeMarkdown.js';
import { InvalidArgumentError } from '../errors.js';
import type { Interview } from '../model/Interview.js';
import type { Reflection } from '../model/Reflection.js';

/** Headings of the Markdown export, per language. */
const LABELS = {
  en: { title: 'Interview reflection', round: 'round', questions: 'Questions', answer: 'My answer', improvement: 'Next time', culture: 'Culture', role: 'The role', notes: 'Notes', written: 'written' },
  de: { title: 'Rückblick auf das Gespräch', round: 'Runde', questions: 'Fragen', answer: 'Meine Antwort', improvement: 'Beim nächsten Mal', culture: 'Unternehmenskultur', role: 'Die Stelle', notes: 'Notizen', written: 'geschrieben' },
  fr: { title: 'Bilan de l’entretien', round: 'tour', questions: 'Questions', answer: 'Ma réponse', improvement: 'La prochaine fois', culture: 'Culture d’entreprise', role: 'Le poste', notes: 'Notes', written: 'rédigé' },
  es: { title: 'Reflexión sobre la entrevista', round: 'ronda', questions: 'Preguntas', answer: 'Mi respuesta', improvement: 'La próxima vez', culture: 'Cultura de la empresa', role: 'El puesto', notes: 'Notas', written: 'escrito' },
} as const;

/** Options of {@link reflectionToMarkdown}. */
export interface ReflectionToMarkdownOptions {
  /** The interview, to title the notes with its role, company and round. */
  readonly interview?: Pick<Interview, 'company' | 'role' | 'round'>;
  /** Language of the headings: `en`, `de`, `fr` or `es`; a regional tag such as `de-AT` uses `de`. @defaultValue `'en'` */
  readonly locale?: string;
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
 * @throws {@link InvalidArgumentError} if `reflection` is not an object.
 * @example
 * ```ts
 * reflectionToMarkdown({ interviewId: 'r1', writtenAt: '2026-12-01T18:00:00Z', questions: [{ question: 'Why us?', answer: 'The product.' }] })
 * //=> "# Interview reflection\n\n_r1 · written 2026-12-01T18:00:00Z_\n\n## Questions\n\n### 1. Why us?\n\n**My answer:** The product.\n"
 * ```
 */
export function reflectionToMarkdown(reflection: Reflection, options: ReflectionToMarkdownOptions = {}): string {
  if (typeof reflection !== 'object' || reflection === null || !Array.isArray(reflection.questions)) {
    throw new InvalidArgumentError('reflection', reflection, 'reflection notes { interviewId, writtenAt, questions, … } (see parseReflection)');
  }
  const language = (options.locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  const t = LABELS[(language in LABELS ? language : 'en') as keyof typeof LABELS];
  const { interview } = options;
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
