/**
 * The `interview-followup` command: business days, follow-up plans, reply classification and
 * message drafts from the shell. This is the application boundary, so unlike the library it may
 * read files, standard input and the clock (only where a command says "default: now").
 */
import { Command, CommanderError } from 'commander';
import { editDistance } from '../_lib/editDistance.js';
import { isFollowUpError } from '../errors.js';
import { listRegions } from '../holidays/listRegions.js';
import { regionHolidays } from '../holidays/regionHolidays.js';
import { LANGUAGES } from '../languages/index.js';
import { parseInterview } from '../model/Interview.js';
import { candidateExpectations } from '../planner/candidateExpectations.js';
import { planFollowUp } from '../planner/planFollowUp.js';
import { MESSAGE_KINDS } from '../templates/messageData.js';
import type { MessageKind } from '../templates/messageData.js';
import { renderMessage } from '../templates/renderMessage.js';
import { calendarFromArgs, checkCalendarFlags, fromSource, hasCalendarFlags, parseWeekend } from './calendarFromArgs.js';
import type { CalendarFlags } from './calendarFromArgs.js';
import { usageError } from './CliError.js';
import type { CliError } from './CliError.js';
import { checkClassifyFlags, classifyInput } from './classifyInput.js';
import type { ClassifyFlags } from './classifyInput.js';
import { classifyMbox } from './classifyMbox.js';
import { checkDateArgument, checkLocale, checkZone, parseCount } from './flags.js';
import { OutputClosedError } from './io.js';
import type { CliIo } from './io.js';
import { describeSource, readJson } from './readInput.js';
import { Reporter } from './reporter.js';
import type { ExitStatus } from './reporter.js';

const NAME = 'interview-followup';

const EXIT_STATUS = `Exit status:
  0  success
  1  the input is invalid or cannot be read (a bad date, an unknown region, a
     malformed file), or the command failed
  2  usage error: no command, an unknown command or option, a missing argument,
     options that conflict, nothing on standard input`;

/** Example command lines; a line that is a pipeline already names the command. */
const examples = (...lines: string[]): string => `\nExamples:\n${lines.map((l) => `  $ ${l.includes(`| ${NAME}`) ? l : `${NAME} ${l}`}`).join('\n')}\n`;

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/**
 * The calendar flags. For `plan` and `expectations` (`ofInterview`) they amend the interview's own
 * employerCalendar, and their help says so.
 */
function withCalendarOptions(command: Command, ofInterview = false): Command {
  return command
    .option('--region <code>', `ISO 3166 country or subdivision whose public holidays count: US, US-CA, GB-SCT, DE-BY …${ofInterview ? ', instead of the interview\'s region' : ''} (list: \`regions\`; needs date-holidays)`)
    .option('--weekend <days>', ofInterview
      ? 'weekdays off, 0 = Sunday … 6 = Saturday, e.g. 5,6; added to the interview\'s weekend, else to the region\'s, or the weekend itself when there is neither (default 6,0)'
      : 'weekdays off, 0 = Sunday … 6 = Saturday, e.g. 5,6; added to the region\'s weekend, or the weekend itself without --region (default 6,0)')
    .option('--holiday <date>', `a public holiday, YYYY-MM-DD (repeatable; without --region${ofInterview ? ' or a region in the interview' : ''})`, collect)
    .option('--day-off <date>', `a company day off, YYYY-MM-DD (repeatable${ofInterview ? '; added to the interview\'s' : ''})`, collect);
}

/**
 * Warns that business days are counted without public holidays. Called once the result is
 * computed, so that a command whose input is invalid reports the error alone.
 */
function warnNoRegion(reporter: Reporter, flags: CalendarFlags, what: string): void {
  if (flags.region !== undefined || (flags.holiday?.length ?? 0) > 0) return;
  reporter.warn('NO_REGION', `no --region given: ${what} counts weekends only (${flags.weekend === undefined ? 'Saturday and Sunday' : `days ${parseWeekend(flags.weekend).join(',')}`}), no public holidays; pass --region CODE (see \`${NAME} regions\`)`);
}

/** " (did you mean …?)" with the candidates close to `value`, each written by `quote`, or "". */
function suggest(value: string, candidates: readonly string[], quote = (c: string): string => `"${c}"`): string {
  const lower = value.toLowerCase();
  const close = candidates.filter((c) => c.toLowerCase() === lower || editDistance(c.toLowerCase(), lower) <= Math.max(2, Math.floor(c.length / 3)));
  return close.length > 0 ? ` (did you mean ${close.map(quote).join(', ')}?)` : '';
}

/**
 * Builds the program, one command after another in the order help lists them; actions report
 * through `reporter`. Help that commander shows as an error goes to `errorHelp`, not to stderr.
 */
function program(reporter: Reporter, version: string, errorHelp: (text: string) => void): Command {
  const root = rootCommand(reporter, version, errorHelp);
  addCalendarCommands(root, reporter);
  addPlanCommand(root, reporter, 'plan', 'thank-you deadlines, the follow-up window and the ghosting date for an interview', 'plan interview.json');
  addPlanCommand(root, reporter, 'expectations', 'the hiring team\'s view of the same dates: when the candidate expects news', 'expectations interview.json --region US-CA');
  addRegionsCommand(root, reporter);
  addClassifyCommand(root, reporter);
  addDraftCommand(root, reporter);
  return root;
}

/** The program itself: its global options, help and output, and the global flags read before every action. */
function rootCommand(reporter: Reporter, version: string, errorHelp: (text: string) => void): Command {
  const io = reporter.io;
  const root = new Command(NAME)
    .description('What to do after a job interview, and by when: business days with regional holidays, follow-up plans, reading employers\' replies (text, .eml, mbox) and drafting messages.')
    .version(version, '-V, --version', 'print the version')
    .option('--json', 'print results as JSON on stdout, and errors and warnings as JSON lines on stderr')
    .option('--debug', 'print the stack trace of errors')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: errorHelp, // only ever help shown as an error (no command, `help nope`), reported by main()
      outputError: () => {}, // reported by main(), as text or JSON
      getOutHelpWidth: () => io.columns,
      getErrHelpWidth: () => io.columns,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .configureHelp({ showGlobalOptions: true })
    .addHelpText('after', `${examples(
      'add 2026-11-25 1 --region US',
      'plan interview.json --region DE-BY',
      'classify reply.eml',
      'classify --mbox export.mbox > replies.jsonl',
      'draft followUp data.json --locale de',
    )}\n${EXIT_STATUS}\n\nDocumentation:\n  https://github.com/interview-followup/interview-followup/blob/main/docs/cli.md\n`);
  // A usage error of a command, in commander's parsing or in the action, points to that command's help.
  root.hook('preSubcommand', (_root, command) => { reporter.command = command.name(); });
  root.hook('preAction', (_root, action) => {
    const globals = action.optsWithGlobals<{ json?: boolean; debug?: boolean }>();
    reporter.json = globals.json === true;
    reporter.debug = globals.debug === true;
  });
  return root;
}

/** `add`, `between` and `explain`: the business-day calendar from the command line. */
function addCalendarCommands(root: Command, reporter: Reporter): void {
  withCalendarOptions(root.command('add')
    .description('the n-th business day after a date')
    .argument('<date>', 'start date, YYYY-MM-DD')
    .argument('<n>', 'number of business days (negative counts back)'))
    .addHelpText('after', examples('add 2026-11-25 1 --region US', 'add 2026-12-24 3 --region DE-BY --day-off 2026-12-31'))
    .action((date: string, n: string, flags: CalendarFlags) => {
      checkDateArgument('<date>', date);
      const count = parseCount(n);
      const result = calendarFromArgs(flags).addBusinessDays(date, count);
      warnNoRegion(reporter, flags, 'add');
      reporter.result({ date, n: count, result }, () => result);
    });

  withCalendarOptions(root.command('between')
    .description('the number of business days in [from, to)')
    .argument('<from>', 'first day, YYYY-MM-DD (counted)')
    .argument('<to>', 'last day, YYYY-MM-DD (not counted)'))
    .addHelpText('after', examples('between 2026-12-21 2027-01-04 --region GB-ENG'))
    .action((from: string, to: string, flags: CalendarFlags) => {
      checkDateArgument('<from>', from);
      checkDateArgument('<to>', to);
      const businessDays = calendarFromArgs(flags).businessDaysBetween(from, to);
      warnNoRegion(reporter, flags, 'between');
      reporter.result({ from, to, businessDays }, () => String(businessDays));
    });

  withCalendarOptions(root.command('explain')
    .description('every day off in [from, to], with its reasons')
    .argument('<from>', 'first day, YYYY-MM-DD')
    .argument('<to>', 'last day, YYYY-MM-DD'))
    .addHelpText('after', examples('explain 2026-12-24 2027-01-01 --region DE-BY'))
    .action((from: string, to: string, flags: CalendarFlags) => {
      checkDateArgument('<from>', from);
      checkDateArgument('<to>', to);
      const days = calendarFromArgs(flags).explain(from, to);
      warnNoRegion(reporter, flags, 'explain');
      reporter.result(days, () => days.map((d) => `${d.date}  ${d.reasons.map((r) => (r.kind === 'weekend' ? 'weekend' : `${r.name}${r.kind === 'holiday' ? ` (${r.type})` : ''}`)).join(', ')}`).join('\n') || '(no days off)');
    });
}

/** `plan` or `expectations`: the dates after an interview, for the candidate or for the hiring team. */
function addPlanCommand(root: Command, reporter: Reporter, name: 'plan' | 'expectations', description: string, example: string): void {
  const io = reporter.io;
  withCalendarOptions(root.command(name)
    .description(description)
    .argument('[interview]', 'an interview as JSON: a file, or - for standard input', '-'), true)
    .addHelpText('after', `
The calendar flags amend the interview's own employerCalendar: --region
replaces its region; --weekend and --day-off add to its weekend and days off,
and its region's holidays still count; --holiday adds public holidays to a
calendar without a region.
${examples(example, `${name} - < interview.json --json`)}`)
    .action((file: string, flags: CalendarFlags) => {
      // The flags are checked before anything is read, so a bad flag is a usage error whatever the file holds.
      checkCalendarFlags(flags);
      const interview = parseInterview(readJson(io, file, 'an interview as JSON'));
      const employer = interview.employerCalendar;
      const calendar = calendarFromArgs(flags, { calendar: employer, source: describeSource(file) });
      const warn = (): void => {
        // A region from the file or the flags, or holidays given with --holiday: public holidays count.
        if (employer?.region !== undefined || flags.region !== undefined || (flags.holiday?.length ?? 0) > 0) return;
        if (employer === undefined && hasCalendarFlags(flags)) warnNoRegion(reporter, flags, name);
        else if (employer === undefined) {
          reporter.warn('NO_REGION', `the interview has no employerCalendar: ${name} counts weekends only (Saturday and Sunday), no public holidays; add "employerCalendar": { "region": "CODE" } to it or pass --region CODE`);
        } else if (employer.region === undefined) {
          reporter.warn('NO_REGION', `the interview's employerCalendar has no region: ${name} counts weekends and its days off only, no public holidays; add "region" to it or pass --region CODE`);
        }
      };
      if (name === 'expectations') {
        const view = candidateExpectations(interview, { calendar });
        warn();
        reporter.result(view, () => [
          `interview ${view.interviewId} ended ${view.interviewEndedOn}: what the candidate expects`,
          `  news by ${view.expectsNewsBy}; send a status update by ${view.statusUpdateBy}`,
          view.latestFollowUp === null
            ? `  the candidate may follow up from ${view.earliestFollowUp} (R4.2)`
            : `  the candidate may follow up between ${view.earliestFollowUp} and ${view.latestFollowUp} (R4.3)`,
          ...(view.notificationDeadline === null ? [] : [`  ${view.notificationDeadline.label}: by ${view.notificationDeadline.date}`]),
          `  silence after their follow-up reads as ghosting from ${view.ghostedOn} (R11)`,
        ].join('\n'));
        return;
      }
      const plan = planFollowUp(interview, { calendar });
      warn();
      if (interview.interviewers.length === 0) {
        reporter.warn('NO_INTERVIEWERS', 'the interview has no interviewers, so no thank-you notes are planned (R1.1); add one entry to "interviewers" per person you met to plan their notes');
      }
      reporter.result(plan, () => [
        `${plan.role} at ${plan.company} (round ${plan.round}), interview ended ${plan.interviewEndedOn}`,
        ...plan.thankYous.map((t) => `  thank-you to ${t.interviewerName}: by ${t.deadlineInCandidateZone}`),
        plan.followUp.promisedDate === null
          ? `  follow up between ${plan.followUp.earliest} and ${plan.followUp.latest} (no timeline given, R4.3)`
          : `  promised news by ${plan.followUp.promisedDate}; follow up from ${plan.followUp.earliest} (R4.2)`,
        `  no answer by ${plan.ghostedOn} after one follow-up: move on (R11)`,
      ].join('\n'));
    });
}

/** `regions`: the codes `--region` accepts. */
function addRegionsCommand(root: Command, reporter: Reporter): void {
  root.command('regions')
    .description('the region codes --region accepts (needs date-holidays)')
    .option('--country <code>', 'only this country and its subdivisions, e.g. DE')
    .addHelpText('after', examples('regions --country DE', 'regions --json'))
    .action((flags: { country?: string }) => {
      // A region source's id starts with the canonical code ("de_by" → "DE-BY public"); an unknown code is an
      // UnknownRegionError with close codes. No holidays are read until a year is asked for.
      const code = flags.country;
      if (code !== undefined && /[-_]/.test(code)) {
        throw usageError(`--country takes a country code such as "DE", not a subdivision (got "${code}"); its subdivisions are listed under the country`);
      }
      const country = code === undefined ? undefined : fromSource('--country', () => regionHolidays(code)).id.split(/[- ]/)[0];
      const regions = listRegions().filter((r) => country === undefined || r.code === country);
      reporter.result(regions, () => regions.map((r) => [`${r.code}  ${r.name}`, ...r.subdivisions.map((s) => `  ${s.code}  ${s.name}`)].join('\n')).join('\n'));
    });
}

/** `classify`: one reply, or every message of an mbox file. */
function addClassifyCommand(root: Command, reporter: Reporter): void {
  root.command('classify')
    .description('what an employer\'s reply says (offer, rejection, next round …) and the date it promises')
    .argument('[reply]', 'the reply: a text file, a raw .eml message, or - for standard input', '-')
    .option('--mbox <file>', 'classify every message of an mbox file: one JSON line each on stdout, a summary on stderr')
    .option('--received <instant>', 'when the reply arrived, ISO 8601 with offset: for one reply, used even when the email has a Date header; with --mbox, only for messages without a valid Date header (default: the Date header, else now)')
    .option('--zone <zone>', 'the employer\'s IANA time zone for dates like "by Friday" (default: a zone with the UTC offset of --received or the Date header, else UTC)')
    .addHelpText('after', `
A raw message (.eml, or text that starts with mail headers) is decoded first:
multipart, quoted-printable, base64 and any charset, through the optional
package postal-mime (npm install postal-mime). Its Date header is the day
that "by Friday" counts from, unless --received is given. A text file that
is not UTF-8 is read as Windows-1252 (Western European).

With --mbox, each message counts from its own Date header; one without a
valid Date header counts from --received when given, else from the date on
its "From " line, else from now. An mbox file given without --mbox is a
usage error: classify reads one message.
${examples(
      'classify reply.txt --received 2026-11-25T10:00-05:00',
      'classify reply.txt --zone Europe/Berlin --json',
      'classify reply.eml --json',
      `cat reply.txt | ${NAME} classify`,
      'classify --mbox export.mbox > replies.jsonl',
    )}`)
    .action(async (file: string, flags: ClassifyFlags & { mbox?: string }) => {
      if (flags.mbox !== undefined && file !== '-') throw usageError(`give either a reply or --mbox, not both (got "${file}" and --mbox ${flags.mbox})`);
      checkClassifyFlags(flags);
      if (flags.mbox !== undefined) {
        await classifyMbox(reporter, flags.mbox, flags);
        return;
      }
      await classifyInput(reporter, file, flags);
    });
}

/** `draft`: a built-in message from JSON data. */
function addDraftCommand(root: Command, reporter: Reporter): void {
  const io = reporter.io;
  root.command('draft')
    .description('a built-in message, filled in from JSON data')
    .argument('<kind>', `the message: ${MESSAGE_KINDS.join(', ')}`)
    .argument('[data]', 'the message\'s data as JSON: a file, or - for standard input', '-')
    .option('--locale <locale>', `language: ${LANGUAGES.join(', ')} (and regional tags such as en-GB)`, 'en')
    .option('--zone <zone>', 'the recipient\'s IANA time zone, for dates in the message (needed when the data has a date with a time, such as "2026-12-03T10:00:00-05:00")')
    .addHelpText('after', examples('draft followUp data.json --locale de', 'draft thankYou - --json < thank-you.json'))
    .action((kind: string, file: string, flags: { locale: string; zone?: string }) => {
      if (!(MESSAGE_KINDS as readonly string[]).includes(kind)) {
        throw usageError(`unknown message kind "${kind}"${suggest(kind, MESSAGE_KINDS)}: expected one of ${MESSAGE_KINDS.join(', ')}`);
      }
      checkLocale(flags.locale);
      checkZone(flags.zone);
      const data = readJson(io, file, 'the message data as JSON');
      let message: ReturnType<typeof renderMessage>;
      try {
        message = renderMessage(kind as MessageKind, data as never, { locale: flags.locale, timeZone: flags.zone });
      } catch (e) {
        throw flags.zone === undefined ? zoneNeeded(e) ?? e : e;
      }
      reporter.result(message, () => `Subject: ${message.subject}\n\n${message.text}`);
    });
}

/**
 * The library's error for an instant in the data of a message and no zone, which names its option
 * `options.timeZone`, as the usage error of `draft` without `--zone`; `undefined` for other errors.
 */
function zoneNeeded(e: unknown): CliError | undefined {
  if (!isFollowUpError(e, 'INVALID_ARGUMENT') || e.argument !== 'options.timeZone') return undefined;
  const instant = / the instant (.+) as a local date\.$/.exec(e.message)?.[1];
  return usageError(`this message has ${instant === undefined ? 'a date with a time' : `an instant ${instant}`}: pass --zone with the recipient's time zone (such as --zone Europe/Berlin) to write it as a date there`);
}

/**
 * Commander showed the help as an error: no command was given, or `help` named an unknown one.
 * Both are usage errors, as JSON with `--json`; the help commander wrote (held back in `help`) is
 * printed only for a missing command in text, followed by the error. `help help` is the program's help.
 */
function helpAsError(root: Command, reporter: Reporter, help: string): ExitStatus {
  const names = root.commands.map((c) => c.name());
  const [first, topic] = root.args;
  if (first === 'help' && topic !== undefined) {
    if (topic === 'help') {
      root.outputHelp();
      return 0;
    }
    return reporter.error(usageError(`unknown command '${topic}'${suggest(topic, [...names, 'help'], (c) => c)}`));
  }
  if (reporter.json) return reporter.error(usageError(`missing command: expected one of ${names.join(', ')}`));
  reporter.io.stderr(help);
  return reporter.error(usageError(`missing command: expected one of ${names.join(', ')} (see above)`), { helpShown: true });
}

/**
 * Runs the CLI with `argv` (without node and the script). Never throws: every failure is reported
 * on stderr (as JSON with `--json`) and turned into the exit status.
 *
 * @returns 0 on success, 1 when the input is invalid or a command failed, 2 on a usage error.
 */
export async function main(argv: readonly string[], io: CliIo, version = '0.0.0'): Promise<ExitStatus> {
  // Parse errors happen before the options are known: read the two global flags directly.
  const reporter = new Reporter(io, argv.includes('--json'), argv.includes('--debug'));
  let errorHelp = '';
  const root = program(reporter, version, (text) => { errorHelp += text; });
  try {
    await root.parseAsync([...argv], { from: 'user' });
    await io.flushStdout?.();
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
      // `help [command]` writes the help on stdout; no command, or `help` with an unknown one, writes it to errorHelp.
      if (e.code === 'commander.help') return errorHelp === '' ? 0 : helpAsError(root, reporter, errorHelp);
      let message = e.message.replace(/^error: /, '').replace(/\n\(Did you mean (.+)\?\)$/, ' (did you mean $1?)');
      // commander's own suggestions are case-sensitive: `ADD` gets none, where `help ADD` gets "add".
      const unknown = e.code === 'commander.unknownCommand' && !message.includes('did you mean') ? /^unknown command '(.*)'$/.exec(message)?.[1] : undefined;
      if (unknown !== undefined) message += suggest(unknown, root.commands.map((c) => c.name()), (c) => c);
      // A long option written with one dash (`-json`): commander suggests nothing, since no option starts that way.
      const oneDash = e.code === 'commander.unknownOption' && !message.includes('did you mean') ? /^unknown option '(-[^-].+)'$/.exec(message)?.[1] : undefined;
      if (oneDash !== undefined) {
        const longs = [...new Set([root, ...root.commands].flatMap((c) => c.options.map((o) => o.long ?? '')).filter((l) => l !== ''))];
        const exact = longs.find((l) => l.toLowerCase() === `-${oneDash}`.toLowerCase());
        message += exact !== undefined ? ` (did you mean ${exact}?)` : suggest(`-${oneDash}`, longs, (c) => c);
      }
      return reporter.error(usageError(message));
    }
    // The reader of standard output has gone (`| head -1`): stop quietly, as git and grep do.
    if (e instanceof OutputClosedError) return 0;
    return reporter.error(e);
  }
}
