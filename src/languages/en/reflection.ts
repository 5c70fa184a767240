import type { ReflectionHeadings } from '../types.js';

/** English headings of the Markdown export of reflection notes (R2). */
export const reflection = {
  title: 'Interview reflection',
  round: 'round',
  questions: 'Questions',
  answer: 'My answer',
  improvement: 'Next time',
  culture: 'Culture',
  role: 'The role',
  notes: 'Notes',
  written: 'written',
} as const satisfies ReflectionHeadings;
