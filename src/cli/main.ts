#!/usr/bin/env node
/// <reference types="node" />
/**
 * The `interview-followup` command: business days, follow-up plans, reply classification and
 * message drafts from the shell. This is the application boundary, so unlike the library it may
 * read files, standard input and the clock (only where a command says "default: now").
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isFollowUpError } from '../errors.js';
import { calendarForEmployer } from '../holidays/calendarForEmployer.js';
import { listRegions } from '../holidays/listRegions.js';
import { parseInterview } from '../model/Interview.js';
import { candidateExpectations } from '../planner/candidateExpectations.js';
import { planFollowUp } from '../planner/planFollowUp.js';
import { classifyReply } from '../classifier/classifyReply.js';
import { extractTimeline } from '../classifier/extractTimeline.js';
import { MESSAGE_KINDS } from '../templates/messageData.js';
import type { MessageKind } from '../templates/messageData.js';
import { renderMessage } from '../templates/renderMessage.js';
import { calendarFromArgs } from './calendarFromArgs.js';

const HELP = `interview-followup — what to do after a job interview, and by when

Usage:
  interview-followup add <date> <n> [calendar flags]        the n-th business day after <date>
  interview-followup between <from> <to> [calendar flags]   business days in [from, to)
  interview-followup explain <from> <to> [calendar flags]   every day off in the range, with reasons
  interview-followup plan <interview.json|-> [--json]       thank-you deadlines, follow-up window, ghosting date
  interview-followup expectations <interview.json|->        the hiring team's view of the same dates
  interview-followup regions [--country XX]                 region codes for --region
  interview-followup classify [reply.txt|-] [--received T] [--zone Z]
                                                            what an employer's reply says, and what it promises
  interview-followup draft <kind> <data.json|-> [--locale de] [--zone Z]
                                                            a built-in message (thankYou, followUp, offerReply, …)

Calendar flags:
  --region CODE      ISO 3166 country or subdivision: US, US-CA, GB-SCT, DE-BY, AU-NSW …
  --weekend 5,6      weekdays off (0 = Sunday … 6 = Saturday); default: the region's, else 6,0
  --holiday DATE     a public holiday (repeatable; without --region)
  --day-off DATE     a company day off (repeatable)

Options:
  --received T       when the reply arrived (ISO 8601 with offset); default: now
  --zone Z           IANA time zone: the employer's for classify, the recipient's for draft
  --locale L         language of a draft: en, de, fr, es (and regional tags); default: en
  --json             print JSON instead of text
  -h, --help         show this help
  -v, --version      show the version

Exit status: 0 on success, 1 when the input is invalid, 2 on a usage error.`;

class UsageError extends Error {}

function readJson(path: string): unknown {
  const text = path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new UsageError(`${path === '-' ? 'standard input' : path} is not valid JSON: ${(e as Error).message}`);
  }
}

function need(positionals: readonly string[], count: number, usage: string): string[] {
  if (positionals.length !== count) throw new UsageError(`expected: interview-followup ${usage}`);
  return positionals.slice();
}

/** Runs the CLI with `argv` (without node and the script); returns the exit status. */
export function main(argv: readonly string[], out: (line: string) => void = console.log, version = '0.0.0', now: () => Date = () => new Date()): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        region: { type: 'string' },
        weekend: { type: 'string' },
        holiday: { type: 'string', multiple: true },
        'day-off': { type: 'string', multiple: true },
        country: { type: 'string' },
        received: { type: 'string' },
        zone: { type: 'string' },
        locale: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    out(`error: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values: flags, positionals } = parsed;
  const [command, ...args] = positionals;
  if (flags.version) { out(version); return 0; }
  if (flags.help || command === undefined || command === 'help') { out(HELP); return command === undefined && !flags.help ? 2 : 0; }
  const print = (value: unknown, text: () => string): void => out(flags.json ? JSON.stringify(value, null, 2) : text());

  try {
    switch (command) {
      case 'add': {
        const [date, n] = need(args, 2, 'add <date> <n>');
        const count = Number(n);
        const result = calendarFromArgs(flags).addBusinessDays(date!, Number.isNaN(count) ? (n as unknown as number) : count);
        print({ date, n: count, result }, () => result);
        return 0;
      }
      case 'between': {
        const [from, to] = need(args, 2, 'between <from> <to>');
        const result = calendarFromArgs(flags).businessDaysBetween(from!, to!);
        print({ from, to, businessDays: result }, () => String(result));
        return 0;
      }
      case 'explain': {
        const [from, to] = need(args, 2, 'explain <from> <to>');
        const days = calendarFromArgs(flags).explain(from!, to!);
        print(days, () => days.map((d) => `${d.date}  ${d.reasons.map((r) => (r.kind === 'weekend' ? 'weekend' : `${r.name}${r.kind === 'holiday' ? ` (${r.type})` : ''}`)).join(', ')}`).join('\n') || '(no days off)');
        return 0;
      }
      case 'plan':
      case 'expectations': {
        const [file] = need(args, 1, `${command} <interview.json|->`);
        const interview = parseInterview(readJson(file!));
        // The interview's own employer calendar, unless calendar flags override it.
        const overridden = flags.region !== undefined || flags.weekend !== undefined || flags.holiday !== undefined || flags['day-off'] !== undefined;
        const calendar = overridden ? calendarFromArgs(flags) : calendarForEmployer(interview.employerCalendar);
        if (command === 'expectations') {
          const view = candidateExpectations(interview, { calendar });
          print(view, () => JSON.stringify(view, null, 2));
          return 0;
        }
        const plan = planFollowUp(interview, { calendar });
        print(plan, () => [
          `${plan.role} at ${plan.company} (round ${plan.round}), interview ended ${plan.interviewEndedOn}`,
          ...plan.thankYous.map((t) => `  thank-you to ${t.interviewerName}: by ${t.deadlineInCandidateZone}`),
          plan.followUp.promisedDate === null
            ? `  follow up between ${plan.followUp.earliest} and ${plan.followUp.latest} (no timeline given, R4.3)`
            : `  promised news by ${plan.followUp.promisedDate}; follow up from ${plan.followUp.earliest} (R4.2)`,
          `  no answer by ${plan.ghostedOn} after one follow-up: move on (R11)`,
        ].join('\n'));
        return 0;
      }
      case 'regions': {
        const regions = listRegions().filter((r) => flags.country === undefined || r.code === flags.country.toUpperCase());
        print(regions, () => regions.map((r) => [`${r.code}  ${r.name}`, ...r.subdivisions.map((s) => `  ${s.code}  ${s.name}`)].join('\n')).join('\n'));
        return 0;
      }
      case 'classify': {
        if (args.length > 1) throw new UsageError('expected: interview-followup classify [reply.txt|-]');
        const text = readFileSync(args[0] === undefined || args[0] === '-' ? 0 : args[0], 'utf8');
        const result = classifyReply(text);
        const timeline = extractTimeline(text, { reference: flags.received ?? now(), timeZone: flags.zone ?? 'UTC' });
        print({ ...result, timeline }, () => [
          `${result.label} (confidence ${result.confidence.toFixed(2)}, language ${result.language})`,
          ...result.evidence.map((e) => `  "${e.text}" → ${e.label}`),
          timeline === null ? 'no timeline promised' : `promised: ${timeline.kind} ${timeline.date} ("${timeline.phrase}")`,
        ].join('\n'));
        return 0;
      }
      case 'draft': {
        const [kind, file] = need(args, 2, 'draft <kind> <data.json|->');
        if (!(MESSAGE_KINDS as readonly string[]).includes(kind!)) throw new UsageError(`unknown message kind "${kind}": expected one of ${MESSAGE_KINDS.join(', ')}`);
        const message = renderMessage(kind as MessageKind, readJson(file!) as never, { locale: flags.locale ?? 'en', timeZone: flags.zone });
        print(message, () => `Subject: ${message.subject}\n\n${message.text}`);
        return 0;
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) { out(`error: ${e.message}\n\n${HELP}`); return 2; }
    if (isFollowUpError(e)) { out(`error: ${e.message}`); return 1; }
    throw e;
  }
}
