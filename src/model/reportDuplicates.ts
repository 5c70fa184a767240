import type * as z from 'zod';

/**
 * Adds an issue for every item whose key was already seen: the one place the model checks that ids
 * (interviewers, interviews, criteria, approval steps, referees, rated criteria) are unique.
 */
export function reportDuplicates<T>(
  ctx: z.RefinementCtx,
  items: readonly T[],
  key: (item: T) => string,
  path: (index: number) => (string | number)[],
  message: (id: string) => string,
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const id = key(item);
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: path(i), input: id, message: message(id) });
    seen.add(id);
  });
}
