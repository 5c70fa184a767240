import { reflection as de } from './de/reflection.js';
import { reflection as en } from './en/reflection.js';
import { reflection as es } from './es/reflection.js';
import { reflection as fr } from './fr/reflection.js';
import { reflection as pt } from './pt/reflection.js';
import type { Language } from './index.js';
import type { ReflectionHeadings } from './types.js';

/** The headings of the reflection notes' Markdown export in every language (R2): what `reflectionToMarkdown` reads. */
export const REFLECTION_HEADINGS = { en, de, fr, es, pt } as const satisfies Record<Language, ReflectionHeadings>;
