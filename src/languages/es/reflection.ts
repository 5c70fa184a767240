import type { ReflectionHeadings } from '../types.js';

/** Spanish headings of the Markdown export of reflection notes (R2). */
export const reflection = {
  title: 'Reflexión sobre la entrevista',
  round: 'ronda',
  questions: 'Preguntas',
  answer: 'Mi respuesta',
  improvement: 'La próxima vez',
  culture: 'Cultura de la empresa',
  role: 'El puesto',
  notes: 'Notas',
  written: 'escrito',
} as const satisfies ReflectionHeadings;
