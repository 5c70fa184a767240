import { expect } from 'vitest';
import { isFollowUpError } from '../../src/errors.js';

/** The error `fn` throws; fails the test when it throws nothing. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

/** The message of the error `fn` throws, checked to be one of the library's typed errors with `code`. */
export function failure(fn: () => unknown, code: string): string {
  const e = thrown(fn);
  expect(isFollowUpError(e, code as 'INVALID_ARGUMENT'), String(e)).toBe(true);
  return (e as Error).message;
}
