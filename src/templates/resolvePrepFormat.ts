import { PREP_FORMATS, type PrepFormat } from './prepFormats.js';

/** Interview-model formats accepted as aliases: `assessment` is a skills assessment; phone, video and on-site rounds get the general list. */
export const PREP_FORMAT_ALIASES: Readonly<Record<string, PrepFormat>> = Object.freeze({
  assessment: 'skills-assessment',
  skills: 'skills-assessment',
  phone: 'general',
  video: 'general',
  onsite: 'general',
  'on-site': 'general',
});

/**
 * The checklist format a name stands for, ignoring case, spaces and underscores
 * (`"Case Study"` → `"case-study"`, `"assessment"` → `"skills-assessment"`), or `undefined`.
 *
 * @example
 * ```ts
 * resolvePrepFormat('Case Study') //=> "case-study"
 * ```
 */
export function resolvePrepFormat(format: unknown): PrepFormat | undefined {
  if (typeof format !== 'string') return undefined;
  const key = format.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if ((PREP_FORMATS as readonly string[]).includes(key)) return key as PrepFormat;
  return Object.hasOwn(PREP_FORMAT_ALIASES, key) ? PREP_FORMAT_ALIASES[key] : undefined;
}
