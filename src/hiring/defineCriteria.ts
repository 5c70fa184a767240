import { describe, InvalidInputError } from '../errors.js';
import type { InputIssue } from '../errors.js';
import type { CriterionInput } from '../model/hiring/Criterion.js';
import type { Criteria, Criterion } from './types.js';
import { duplicateId } from '../_lib/duplicateId.js';
import { textFields, unknownFields } from './hiringOptions.js';

const DEFAULT_SCALE = 5;

/**
 * Fixes the predetermined criteria of an opening before any scorecard is read (R3.2): checks every
 * field, fills in `scale` (1–5) and `kind` (`'skill'`), and normalises the weights into `share`s
 * that sum to 1. The result is frozen, so the criteria cannot change after the fact.
 *
 * @param inputs - At least one criterion; ids unique, weights positive and finite, `scale` a whole
 *   number from 2 to 100, `kind` `'skill'` or `'fit'` (team and culture fit, R3.1).
 * @returns The frozen {@link Criteria}, in the order given.
 * @throws {@link InvalidInputError} listing every problem with its index and field.
 * @example
 * ```ts
 * const criteria = defineCriteria([
 *   { id: 'design', name: 'System design', weight: 3 },
 *   { id: 'team', name: 'Team fit', weight: 1, kind: 'fit' },
 * ])
 * criteria[0].share //=> 0.75
 * ```
 */
export function defineCriteria(inputs: readonly CriterionInput[]): Criteria {
  if (!Array.isArray(inputs) || inputs.length === 0) {
    throw new InvalidInputError('criteria', [{ path: [], message: `Expected a non-empty list of predetermined criteria (R3.2), got ${describe(inputs)}.` }]);
  }
  const issues: InputIssue[] = [];
  const seen = new Set<string>();
  let total = 0;
  // Array.from: a hole in the list ([a, , b]) is an item `undefined`, reported like any other bad item.
  Array.from(inputs).forEach((c: unknown, i) => {
    if (typeof c !== 'object' || c === null) {
      issues.push({ path: [i], message: `Expected a criterion { id, name, weight, description?, scale?, kind? }, got ${describe(c)}.` });
      return;
    }
    const { id, name, weight, scale, kind } = c as Record<string, unknown>;
    unknownFields(c, ['id', 'name', 'weight', 'description', 'scale', 'kind'], [i], issues);
    if (typeof id !== 'string' || id.trim() === '') issues.push({ path: [i, 'id'], message: `Invalid id ${describe(id)}: expected a non-empty text.` });
    else if (seen.has(id)) issues.push({ path: [i, 'id'], message: duplicateId('criterion')(id) });
    else seen.add(id);
    if (typeof name !== 'string' || name.trim() === '') issues.push({ path: [i, 'name'], message: `Invalid name ${describe(name)}: expected a non-empty text.` });
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0) {
      issues.push({ path: [i, 'weight'], message: `Invalid weight ${describe(weight)}: expected a positive finite number.` });
    } else total += weight;
    textFields(c, ['description'], [i], issues, true);
    if (scale !== undefined && (typeof scale !== 'number' || !Number.isInteger(scale) || scale < 2 || scale > 100)) {
      issues.push({ path: [i, 'scale'], message: `Invalid scale ${describe(scale)}: expected a whole number from 2 to 100.` });
    }
    if (kind !== undefined && kind !== 'skill' && kind !== 'fit') issues.push({ path: [i, 'kind'], message: `Invalid kind ${describe(kind)}: expected "skill" or "fit".` });
  });
  if (issues.length === 0 && !Number.isFinite(total)) {
    issues.push({ path: [], message: 'The weights add up to more than the largest finite number: expected smaller weights.' });
  }
  if (issues.length > 0) throw new InvalidInputError('criteria', issues);
  const list = inputs.map((c): Criterion => Object.freeze({
    id: c.id,
    name: c.name,
    ...(c.description === undefined ? {} : { description: c.description }),
    kind: c.kind ?? 'skill',
    scale: c.scale ?? DEFAULT_SCALE,
    weight: c.weight,
    share: c.weight / total,
  }));
  return Object.freeze(list);
}
