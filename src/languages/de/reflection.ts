import type { ReflectionHeadings } from '../types.js';

/** German headings of the Markdown export of reflection notes (R2). */
export const reflection = {
  title: 'Rückblick auf das Gespräch',
  round: 'Runde',
  questions: 'Fragen',
  answer: 'Meine Antwort',
  improvement: 'Beim nächsten Mal',
  culture: 'Unternehmenskultur',
  role: 'Die Stelle',
  notes: 'Notizen',
  written: 'geschrieben',
} as const satisfies ReflectionHeadings;
