import { describe, expectTypeOf, it } from 'vitest';
import { isFollowUpError } from './errors.js';
import type { FollowUpErrorByCode, FollowUpErrorCode, InputIssue, InvalidArgumentError, InvalidDateError } from './errors.js';

describe('isFollowUpError narrows to the class of its code', () => {
  it('maps every code, and only codes, to a class', () => {
    expectTypeOf<keyof FollowUpErrorByCode>().toEqualTypeOf<FollowUpErrorCode>();
  });

  it('gives the fields of each class after the check', () => {
    const error: unknown = new Error('x');
    if (isFollowUpError(error, 'INVALID_DATE')) {
      expectTypeOf(error).toMatchTypeOf<InvalidDateError>();
      expectTypeOf(error.path).toEqualTypeOf<string | undefined>();
      expectTypeOf(error.code).toEqualTypeOf<'INVALID_DATE'>();
    }
    if (isFollowUpError(error, 'INVALID_ARGUMENT')) {
      expectTypeOf(error).toMatchTypeOf<InvalidArgumentError>();
      expectTypeOf(error.argument).toEqualTypeOf<string>();
    }
    if (isFollowUpError(error, 'INVALID_INPUT')) expectTypeOf(error.issues).toEqualTypeOf<readonly InputIssue[]>();
    if (isFollowUpError(error, 'MISSING_DEPENDENCY')) expectTypeOf(error.dependency).toEqualTypeOf<string>();
    if (isFollowUpError(error, 'UNKNOWN_REGION')) expectTypeOf(error.suggestions).toEqualTypeOf<readonly string[]>();
    // Without a code: the base class, which has no path.
    if (isFollowUpError(error)) {
      // @ts-expect-error -- `path` belongs to some classes only
      void error.path;
    }
  });
});
