/**
 * Raw email in: parse an `.eml` (`parseEmail`, with the optional peer postal-mime), split an mbox
 * export, read a mail date.
 *
 * Guides: [Reply classifier](../../docs/classifier.md), [Command line](../../docs/cli.md).
 *
 * @packageDocumentation
 * @module interview-followup/mail
 * @primaryExport
 */
// interview-followup/mail: raw email in (R7, R4.5). parseEmail needs the optional peer postal-mime,
// loaded on its first call; splitMbox and parseMailDate need nothing.
export { parseEmail } from './parseEmail.js';
export type { ParsedEmail, EmailAddress, RawEmail } from './parseEmail.js';
export { parseMailDate } from './parseMailDate.js';
export { splitMbox } from './splitMbox.js';
export type { MboxMessage } from './splitMbox.js';

// The errors this entry point throws, and the guard to test them with (works across builds).
export { FollowUpError, InvalidInputError, MissingDependencyError, isFollowUpError } from '../errors.js';
export type { FollowUpErrorByCode, FollowUpErrorCode, FollowUpErrorOf, InputIssue } from '../errors.js';
