/**
 * `text` as the one string the engine keeps for it as a property name. Words sliced from replies come as several kinds
 * of string (copied, a view of the reply, one or two bytes a character), and code that meets more kinds than it can
 * tell apart at once reads each through a slow generic path; interned words are of one kind, and two of them with the
 * same text are the same string, so comparing them is a single check. The text is unchanged.
 */
export function interned(text: string): string {
  // A prototype-less object keeps its properties in a dictionary (no hidden class per name), keyed by such strings.
  const names = Object.create(null) as Record<string, number>;
  names[text] = 0;
  return Object.keys(names)[0] ?? text;
}
