import type { ReflectionHeadings } from '../types.js';

/** French headings of the Markdown export of reflection notes (R2). */
export const reflection = {
  title: 'Bilan de l’entretien',
  round: 'tour',
  questions: 'Questions',
  answer: 'Ma réponse',
  improvement: 'La prochaine fois',
  culture: 'Culture d’entreprise',
  role: 'Le poste',
  notes: 'Notes',
  written: 'rédigé',
} as const satisfies ReflectionHeadings;
