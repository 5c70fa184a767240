/** A format of the next interview round with a preparation checklist (R10), e.g. `"case-study"`. */
export type PrepFormat = 'executive' | 'skills-assessment' | 'case-study' | 'presentation' | 'panel' | 'technical' | 'general';

/**
 * Every {@link PrepFormat}, in a fixed order: executive meetings, skills assessments, case studies, presentations,
 * panels, technical rounds, and a general list. The words for each live in the language packs
 * (`src/languages/<code>/checklists.ts` and `messages.ts`).
 */
export const PREP_FORMATS = ['executive', 'skills-assessment', 'case-study', 'presentation', 'panel', 'technical', 'general'] as const satisfies readonly PrepFormat[];
