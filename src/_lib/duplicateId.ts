import { describe } from '../errors.js';

/**
 * The message for a repeated id, shared by the model's schemas and the hiring checks:
 * `Duplicate referee id "r2": each referee needs a unique id.`
 */
export function duplicateId(what: string): (id: string) => string {
  return (id) => `Duplicate ${what} id ${describe(id)}: each ${what} needs a unique id.`;
}
