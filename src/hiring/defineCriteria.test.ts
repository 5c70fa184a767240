import { describe, expect, it } from 'vitest';
import { isFollowUpError } from '../errors.js';
import type { InvalidInputError } from '../errors.js';
import type { CriterionInput } from '../model/hiring/Criterion.js';
import { thrown } from '../../test/helpers/thrown.js';
import { defineCriteria } from './defineCriteria.js';

describe('defineCriteria', () => {
  it('R3.2: normalises weights into shares summing to 1 and fills in scale 5 and kind "skill"', () => {
    const criteria = defineCriteria([
      { id: 'design', name: 'System design', weight: 3 },
      { id: 'team', name: 'Team fit', weight: 1, kind: 'fit', scale: 10, description: 'Works well with the team' },
    ]);
    expect(criteria[0]).toEqual({ id: 'design', name: 'System design', kind: 'skill', scale: 5, weight: 3, share: 0.75 });
    expect(criteria[1]).toEqual({ id: 'team', name: 'Team fit', description: 'Works well with the team', kind: 'fit', scale: 10, weight: 1, share: 0.25 });
  });

  it('R3.2: a hole in the list (from plain JavaScript) is reported by its index, not skipped', () => {
    const e = thrown(() => defineCriteria([{ id: 'a', name: 'A', weight: 1 }, , { id: 'b', name: 'B', weight: 1 }] as never)) as InvalidInputError;
    expect(isFollowUpError(e, 'INVALID_INPUT')).toBe(true);
    expect(e.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['1', expect.stringContaining('got (missing)')]]);
  });

  it('R3.2: the criteria are frozen, so none can be added or changed after the fact', () => {
    const criteria = defineCriteria([{ id: 'design', name: 'System design', weight: 1 }]);
    expect(Object.isFrozen(criteria)).toBe(true);
    expect(Object.isFrozen(criteria[0])).toBe(true);
  });

  it('R3.2: does not change its input', () => {
    const input = [{ id: 'a', name: 'A', weight: 2 }];
    defineCriteria(input);
    expect(input).toEqual([{ id: 'a', name: 'A', weight: 2 }]);
  });

  it('R3.2: rejects an empty list with InvalidInputError', () => {
    const e = thrown(() => defineCriteria([]));
    expect(isFollowUpError(e, 'INVALID_INPUT')).toBe(true);
    expect((e as Error).message).toContain('non-empty list of predetermined criteria');
  });

  it('R3.2: lists every bad field at once, naming the value and what is valid', () => {
    const e = thrown(() => defineCriteria([
      { id: 'a', name: 'A', weight: 0 },
      { id: 'a', name: '', weight: Number.NaN, scale: 1.5, kind: 'vibe' } as unknown as CriterionInput,
      { id: 'b', name: 'B', weight: -2, colour: 'red' } as unknown as CriterionInput,
    ])) as InvalidInputError;
    expect(isFollowUpError(e, 'INVALID_INPUT')).toBe(true);
    const byPath = Object.fromEntries(e.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byPath['0.weight']).toBe('Invalid weight 0: expected a positive finite number.');
    expect(byPath['1.id']).toContain('Duplicate criterion id "a"');
    expect(byPath['1.name']).toContain('expected a non-empty text');
    expect(byPath['1.weight']).toContain('Invalid weight NaN');
    expect(byPath['1.scale']).toBe('Invalid scale 1.5: expected a whole number from 2 to 100.');
    expect(byPath['1.kind']).toBe('Invalid kind "vibe": expected "skill" or "fit".');
    expect(byPath['2.weight']).toContain('Invalid weight -2');
    expect(byPath['2.colour']).toBe('Unknown field "colour": expected one of id, name, weight, description, scale, kind.');
  });

  it('R3.2: rejects weights whose sum overflows', () => {
    const e = thrown(() => defineCriteria([{ id: 'a', name: 'A', weight: Number.MAX_VALUE }, { id: 'b', name: 'B', weight: Number.MAX_VALUE }]));
    expect(isFollowUpError(e, 'INVALID_INPUT')).toBe(true);
  });
});
