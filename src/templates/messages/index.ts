import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

/**
 * The built-in message texts by language: English, German, French and Spanish, each with the same
 * 13 kinds and fields (R1, R3.5, R5, R8–R10). Rendered by `renderMessage`.
 *
 * @example
 * ```ts
 * Object.keys(catalogues) //=> ["en", "de", "fr", "es"]
 * ```
 */
export const catalogues = { en, de, fr, es } as const;

/** One of the 13 built-in message kinds, e.g. `"thankYou"` or `"offerReply"`. */
export type MessageKind = keyof typeof en;

/** A language the built-in messages are written in. */
export type CatalogueLocale = keyof typeof catalogues;

export { de, en, es, fr };
export { prepChecklists, prepFormatLabels, type PrepFormat } from './prepChecklist.js';
