// interview-followup/mail: raw email in (R7, R4.5). parseEmail needs the optional peer postal-mime,
// loaded on its first call; splitMbox and parseMailDate need nothing.
export { parseEmail } from './parseEmail.js';
export type { ParsedEmail, EmailAddress, RawEmail } from './parseEmail.js';
export { parseMailDate } from './parseMailDate.js';
export { splitMbox } from './splitMbox.js';
export type { MboxMessage } from './splitMbox.js';

// The errors this entry point throws, and the guard to test them with (works across builds).
export { FollowUpError, InvalidInputError, MissingDependencyError, isFollowUpError } from '../errors.js';
export type { FollowUpErrorCode, InputIssue } from '../errors.js';
