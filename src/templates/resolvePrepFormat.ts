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

/** A format name as a key: `"Case Study"` → `"case-study"`. */
const formatKey = (format: string): string => format.trim().toLowerCase().replace(/[\s_]+/g, '-');

/** How an interview-model format names the way a round is held: `"on-site"` and `"Onsite"` are `"onsite"`. */
export type InterviewMedium = 'phone' | 'video' | 'onsite';

/**
 * The way of holding a round that a format name stands for (`"video"`, `"Phone"`, `"on-site"`), or `undefined`: a
 * message names it ("video interview"), where the checklist is the general one.
 */
export function resolveInterviewMedium(format: unknown): InterviewMedium | undefined {
  if (typeof format !== 'string') return undefined;
  const key = formatKey(format);
  return key === 'phone' || key === 'video' || key === 'onsite' ? key : key === 'on-site' ? 'onsite' : undefined;
}

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
  const key = formatKey(format);
  if ((PREP_FORMATS as readonly string[]).includes(key)) return key as PrepFormat;
  return Object.hasOwn(PREP_FORMAT_ALIASES, key) ? PREP_FORMAT_ALIASES[key] : undefined;
}
