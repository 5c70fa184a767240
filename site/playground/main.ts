// The playground page: reads an employer's email (classifyReply, extractTimeline) and plans the
// follow-up after an interview (planFollowUp), with the library's public API as built in dist/.
// Every failure is shown on the page as a message; nothing is thrown to the console.
import {
  classifyReply, createCalendar, extractTimeline, formatInstantInZone, isFollowUpError, parseInstant, planFollowUp,
} from 'interview-followup';
import type { Calendar, Classification, ExtractedTimeline, FollowUpPlan, Interview, PlanReason } from 'interview-followup';
import { renderMarked } from './highlight.js';
import type { Mark } from './highlight.js';
import { instantFromLocal, localNow } from './zonedTime.js';

type HolidaysModule = typeof import('./holidays.js');

// The region bundle sits next to this script; remember where, before the page moves on.
const HOLIDAYS_URL = new URL('holidays.js', (document.currentScript as HTMLScriptElement | null)?.src ?? location.href).href;

function el<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`The page has no element #${id}.`);
  return found as T;
}
const input = (id: string): HTMLInputElement => el<HTMLInputElement>(id);

function messageOf(error: unknown): string {
  if (isFollowUpError(error)) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

function showError(id: string, error: unknown): void {
  const box = el(id);
  box.textContent = messageOf(error);
  box.hidden = false;
}

function clearError(id: string): void {
  el(id).hidden = true;
  el(id).textContent = '';
}

function requireZone(id: string, what: string): string {
  const zone = input(id).value.trim();
  if (zone === '') throw new Error(`${what}: enter an IANA time zone such as Europe/Berlin or America/New_York.`);
  return zone;
}

const WEEKDAY = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' });

/** `2026-11-30` → `2026-11-30 (Monday)`. */
function withWeekday(civil: string): string {
  const [y, m, d] = civil.split('-').map(Number) as [number, number, number];
  return `${civil} (${WEEKDAY.format(Date.UTC(y, m - 1, d))})`;
}

/** `2026-11-21T22:00:00+01:00` → `2026-11-21 (Saturday) at 22:00, UTC+01:00`. */
function describeInstant(instant: string): string {
  const offset = instant.slice(19);
  return `${withWeekday(instant.slice(0, 10))} at ${instant.slice(11, 16)}, UTC${offset === 'Z' ? '' : offset}`;
}

const words = (id: string): string => id.replaceAll('_', ' ');

// ---------------------------------------------------------------------------------------------
// Part 1: an employer's email

let promisedFromEmail: { date: string; zone: string } | null = null;

function describePromise(promise: ExtractedTimeline): string {
  const when = promise.kind === 'range' && promise.earliest !== undefined
    ? `between ${withWeekday(promise.earliest)} and ${withWeekday(promise.date)}`
    : `by ${withWeekday(promise.date)}`;
  const how = promise.kind === 'vague' ? ', an estimate for a vague promise' : '';
  return `${when}, from “${promise.phrase}”${how} (confidence ${Math.round(promise.confidence * 100)}%).`;
}

function marksOf(reply: Classification, promise: ExtractedTimeline | null): Mark[] {
  const marks: Mark[] = reply.evidence
    .filter((e) => e.field === 'text')
    .map((e) => ({ start: e.start, end: e.end, kind: 'evidence', title: `${e.cue} → ${e.label} (weight ${e.weight.toFixed(2)})` }));
  if (promise !== null && promise.span.field === 'text') {
    marks.push({ start: promise.span.start, end: promise.span.end, kind: 'promise', title: `promised date: ${promise.date}` });
  }
  for (const r of reply.requests) {
    if (r.span.field === 'text') marks.push({ start: r.span.start, end: r.span.end, kind: 'request', title: `request: ${words(r.kind)}` });
  }
  return marks;
}

function readEmail(): void {
  clearError('email-error');
  el('email-result').hidden = true;
  try {
    const text = el<HTMLTextAreaElement>('email-text').value;
    if (text.trim() === '') throw new Error('Email text: paste the body of an email from an employer.');
    const zone = requireZone('email-zone', "Employer's time zone");
    const reference = instantFromLocal(input('email-received').value, zone, 'Received at');
    const reply = classifyReply(text, { reference, timeZone: zone });
    const promise = extractTimeline(text, { reference, timeZone: zone });

    el('reply-label').textContent = words(reply.label);
    el('reply-label').dataset['label'] = reply.label;
    el('reply-confidence').textContent = `${Math.round(reply.confidence * 100)}%`;
    el('reply-review').textContent = reply.needsReview ? 'yes: check it yourself before acting on it' : 'no';
    el('reply-topic').textContent = words(reply.topic);
    el('reply-language').textContent = reply.language;
    // Where spans overlap, the promise wins over a request, and both over a word of evidence.
    renderMarked(el('reply-source'), text, marksOf(reply, promise), ['promise', 'request', 'evidence']);

    const requests = reply.requests.map((r) => {
      const li = document.createElement('li');
      li.textContent = `${words(r.kind)}: “${r.span.text}”${r.due === undefined ? '' : `, due ${withWeekday(r.due)}`}`;
      return li;
    });
    if (requests.length === 0) {
      const li = document.createElement('li');
      li.textContent = 'Nothing: the email asks you for nothing.';
      requests.push(li);
    }
    el('reply-requests').replaceChildren(...requests);

    el('reply-promised').textContent = promise === null ? 'No promise of when you will hear back.' : describePromise(promise);
    el('reply-promised').dataset['date'] = promise?.date ?? '';
    promisedFromEmail = promise === null ? null : { date: promise.date, zone };
    el('use-promised').hidden = promise === null;
    el('email-result').hidden = false;
  } catch (error) {
    showError('email-error', error);
  }
}

// ---------------------------------------------------------------------------------------------
// Part 2: the plan after an interview

let holidays: Promise<HolidaysModule> | null = null;

async function calendarFor(region: string): Promise<{ calendar: Calendar; words: string }> {
  if (region === '') return { calendar: createCalendar(), words: 'Business days: Monday to Friday (weekends only, no public holidays).' };
  holidays ??= import(HOLIDAYS_URL) as Promise<HolidaysModule>;
  let mod: HolidaysModule;
  try {
    mod = await holidays;
  } catch (cause) {
    holidays = null;
    const fromFiles = location.protocol === 'file:';
    throw new Error(
      `Region holidays could not be loaded (${messageOf(cause)}).${fromFiles ? ' Browsers do not load modules from files: serve the documentation over http (for example `npx http-server docs/api`),' : ''} or leave the region empty to count weekends only.`,
      { cause },
    );
  }
  return { calendar: mod.regionCalendar(region), words: `Business days: the weekend and public holidays of ${region.toUpperCase()} (from date-holidays).` };
}

let planRun = 0;

function reasonItem(reason: PlanReason): HTMLLIElement {
  const li = document.createElement('li');
  li.dataset['subject'] = reason.subject;
  const date = document.createElement('strong');
  date.textContent = reason.date.length === 10 ? withWeekday(reason.date) : describeInstant(reason.date);
  const rule = document.createElement('span');
  rule.className = 'rule';
  rule.textContent = ` (${reason.subject.replaceAll('-', ' ')}, rule ${reason.rule})`;
  li.append(date, `: ${reason.text}`, rule);
  return li;
}

function showPlan(plan: FollowUpPlan, calendarWords: string): void {
  const names = plan.thankYous.map((t) => t.interviewerName).join(', ');
  const thankYou = plan.reasons.find((r) => r.subject === 'thank-you')?.date ?? '';
  el('plan-calendar').textContent = calendarWords;
  el('plan-thank-you').textContent = `${describeInstant(thankYou)} in ${plan.candidateTimeZone}${names === '' ? '' : `, to ${names}`}`;
  el('plan-thank-you').dataset['instant'] = thankYou;
  el('plan-promised-date').textContent = plan.followUp.promisedDate === null ? 'none given' : withWeekday(plan.followUp.promisedDate);
  el('plan-follow-up').textContent = withWeekday(plan.followUp.earliest);
  el('plan-follow-up').dataset['date'] = plan.followUp.earliest;
  el('plan-follow-up-latest').textContent = plan.followUp.latest === null ? 'no end: the employer gave a date' : withWeekday(plan.followUp.latest);
  el('plan-ghosted').textContent = withWeekday(plan.ghostedOn);
  el('plan-reasons').replaceChildren(...plan.reasons.map(reasonItem));
  el('plan-result').hidden = false;
}

async function runPlan(): Promise<void> {
  const run = ++planRun;
  clearError('plan-error');
  el('plan-result').hidden = true;
  try {
    const candidateTimeZone = requireZone('plan-candidate-zone', "Candidate's time zone");
    const employerTimeZone = requireZone('plan-employer-zone', "Employer's time zone");
    const endedAt = instantFromLocal(input('plan-ended').value, candidateTimeZone, 'Interview ended at');
    // The plan needs a start too; an hour before the end stands in for it.
    const startedAt = formatInstantInZone(parseInstant(endedAt) - 3_600_000, candidateTimeZone);
    const promised = input('plan-promised').value;
    const interviewers = input('plan-interviewers').value.split(',').map((n) => n.trim()).filter((n) => n !== '')
      .map((name, i) => ({ id: `interviewer-${i + 1}`, name, points: [] }));
    const interview: Interview = {
      id: 'playground', company: 'The employer', role: 'The role', round: 1, format: 'video',
      startedAt, endedAt, candidateTimeZone, employerTimeZone, interviewers,
      ...(promised === '' ? {} : { timeline: { kind: 'date' as const, date: promised } }),
    };
    const { calendar, words: calendarWords } = await calendarFor(input('plan-region').value.trim());
    const plan = planFollowUp(interview, { calendar });
    if (run === planRun) showPlan(plan, calendarWords);
  } catch (error) {
    if (run === planRun) showError('plan-error', error);
  }
}

// ---------------------------------------------------------------------------------------------
// Wiring

function start(): void {
  const here = Intl.DateTimeFormat().resolvedOptions().timeZone;
  el('zones').replaceChildren(...Intl.supportedValuesOf('timeZone').map((z) => Object.assign(document.createElement('option'), { value: z })));
  for (const id of ['email-zone', 'plan-candidate-zone', 'plan-employer-zone']) input(id).value = here;
  input('email-received').value = localNow(here);
  input('plan-ended').value = localNow(here);

  el('reply-form').addEventListener('submit', (event) => {
    event.preventDefault();
    readEmail();
  });
  el('plan-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void runPlan();
  });
  el('use-promised').addEventListener('click', () => {
    if (promisedFromEmail === null) return;
    input('plan-promised').value = promisedFromEmail.date;
    input('plan-employer-zone').value = promisedFromEmail.zone;
    el('plan').scrollIntoView({ behavior: 'smooth' });
    void runPlan();
  });
  readEmail();
  void runPlan();
}

try {
  start();
} catch (error) {
  showError('email-error', error);
}
