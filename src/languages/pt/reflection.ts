import type { ReflectionHeadings } from '../types.js';

/** Portuguese headings of the Markdown export of reflection notes (R2). */
export const reflection = {
  title: 'Reflexão sobre a entrevista',
  round: 'etapa',
  questions: 'Perguntas',
  answer: 'A minha resposta',
  improvement: 'Da próxima vez',
  culture: 'Cultura da empresa',
  role: 'A vaga',
  notes: 'Notas',
  written: 'escrito em',
} as const satisfies ReflectionHeadings;
