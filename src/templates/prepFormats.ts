/**
 * The formats of a next interview round that have a preparation checklist and a name inside messages (R10), in a
 * fixed order: executive meetings, skills assessments, case studies, presentations, panels, technical rounds, and
 * a general list. The words for each live in the language packs (`src/languages/<code>/checklists.ts` and
 * `messages.ts`).
 */
export const PREP_FORMATS = ['executive', 'skills-assessment', 'case-study', 'presentation', 'panel', 'technical', 'general'] as const;

/** A format with a preparation checklist (R10), e.g. `"case-study"`. */
export type PrepFormat = (typeof PREP_FORMATS)[number];
