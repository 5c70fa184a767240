import { strict as assert } from 'node:assert';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { applyEvent, classifyReply, createCalendar, extractTimeline, isFollowUpError, nextActions, parseInstant, replyEvent, status } from 'interview-followup';
import type { Application, Calendar, ReplyInput } from 'interview-followup';
import { parseEmail } from 'interview-followup/mail';

// A webhook for a job-search app: the mail service posts each email a candidate receives from an
// employer, and the handler reads it, updates the application it belongs to and answers with what
// to do next. (The reader reads employers' mail; mail the candidate writes is not its input.)
//
//   POST /inbound?application=<id>
//   Content-Type: application/json   { "subject"?, "text" | "html", "receivedAt"? }
//   Content-Type: message/rfc822     the raw email (.eml), read by parseEmail (needs postal-mime)
//
// Node's own http module only, no framework. The applications live in a Map here; a real app keeps
// them in its database. `now` is passed in, so the handler never reads the clock itself.

export interface WebhookOptions {
  readonly applications: Map<string, Application>;
  /** The employer's business-day calendar; `regionCalendar('US')` from interview-followup/holidays adds public holidays. */
  readonly calendar: Calendar;
  /** The current time as an ISO 8601 instant. */
  readonly now: () => string;
}

const MAX_BYTES = 1_000_000;

function send(res: ServerResponse, code: number, body: unknown): void {
  res.writeHead(code, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body, null, 2));
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The email as classifyReply reads it, and when it arrived (when the message says so). */
async function readEmail(req: IncomingMessage, body: Buffer): Promise<{ input: ReplyInput; text: string; receivedAt?: string }> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'message/rfc822') {
    const email = await parseEmail(body); // a missing postal-mime is a MissingDependencyError, answered below
    return { input: email, text: email.text, ...(email.date === undefined ? {} : { receivedAt: email.date }) };
  }
  if (type !== 'application/json') throw new TypeError(`expected Content-Type application/json or message/rfc822, got "${type}"`);
  const json = JSON.parse(body.toString('utf8')) as { subject?: string; text?: string; html?: string; receivedAt?: string; autoReply?: boolean };
  if (typeof json.text !== 'string' && typeof json.html !== 'string') throw new TypeError('expected a "text" or "html" field with the body of the email');
  // `autoReply`: the mail service's own verdict from the headers (Auto-Submitted: auto-replied), when it sends one.
  const input = {
    ...(json.subject === undefined ? {} : { subject: json.subject }), ...(json.html === undefined ? {} : { html: json.html }), text: json.text ?? '',
    ...(json.autoReply === undefined ? {} : { autoReply: json.autoReply }),
  };
  return { input, text: json.text ?? json.html ?? '', ...(json.receivedAt === undefined ? {} : { receivedAt: json.receivedAt }) };
}

/** The request handler: pass it to `http.createServer`, or call it from the route of another server. */
export async function handleInboundMail(req: IncomingMessage, res: ServerResponse, options: WebhookOptions): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'POST' || url.pathname !== '/inbound') return send(res, 404, { error: 'not-found', message: 'POST /inbound?application=<id>' });
  const application = options.applications.get(url.searchParams.get('application') ?? '');
  if (application === undefined) return send(res, 404, { error: 'unknown-application', message: `no application "${url.searchParams.get('application')}"` });
  const body = await readBody(req);
  if (body === null) return send(res, 413, { error: 'too-large', message: `an email of at most ${MAX_BYTES} bytes` });

  try {
    const email = await readEmail(req, body);
    const now = options.now();
    // Dates in the email ("by Friday") are read from when it was written: its Date header.
    const receivedAt = email.receivedAt ?? now;
    // The event is logged when the email reached us: never after `now` (a sender's clock may run ahead) and never
    // before the log's last event (mail can arrive late); the log stays in time order.
    const lastAt = application.events.at(-1)?.at;
    let at = parseInstant(receivedAt) > parseInstant(now) ? now : receivedAt;
    if (lastAt !== undefined && parseInstant(at) < parseInstant(lastAt)) at = lastAt;
    // Deadlines like "by Friday" are read on the employer's calendar, in the employer's zone.
    const timeZone = application.interviews.at(-1)?.employerTimeZone ?? 'UTC';
    const read = { reference: receivedAt, timeZone, calendar: options.calendar };

    // 1. Read the email: what it is about, what it asks, and when they promised to get back.
    const reply = classifyReply(email.input, read);
    // An out-of-office notice is not the employer's answer: recording it would count as news from them (replyEvent
    // refuses it).
    if (reply.autoReply) return send(res, 200, { applicationId: application.id, autoReply: true, recorded: false });
    const promise = extractTimeline(email.input, read);
    // 2. Record it on the application's event log (a new application object; the old one is untouched). Mail after
    // the application ended (onboarding after an accepted offer) is recorded too: the end stays, and what it asks is
    // listed below.
    const event = replyEvent(reply, at, { text: email.text, timeline: promise });
    const updated = applyEvent(application, event);
    options.applications.set(updated.id, updated);
    // 3. What the candidate does next, and by when.
    const ctx = { calendar: options.calendar };
    send(res, 200, {
      applicationId: updated.id,
      label: reply.label,
      confidence: reply.confidence,
      needsReview: reply.needsReview,
      topic: reply.topic,
      promisedDate: promise?.date ?? null,
      // The event's requests: their words without the markup of an HTML email. An implied one (the answer an offer
      // waits for, not asked in words) is part of the reply-to-offer action, not an answer-request.
      requests: (event.requests ?? []).map((r) => ({ kind: r.kind, due: r.due ?? null, text: r.text ?? null, implied: r.implied === true })),
      status: status(updated, now, ctx),
      nextActions: nextActions(updated, now, ctx).map((a) => ({ kind: a.kind, due: a.due, title: a.title })),
    });
  } catch (error) {
    // The library's errors say what was wrong with the input: a client error, not a crash.
    if (isFollowUpError(error)) return send(res, 422, { error: error.code, message: error.message });
    if (error instanceof SyntaxError || error instanceof TypeError) return send(res, 400, { error: 'bad-request', message: error.message });
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Run directly: start the webhook on a free loopback port, post two emails to it, then stop.

function sampleApplication(id: string, company: string, ended = false): Application {
  const app: Application = {
    id, company, role: 'Data Analyst',
    interviews: [{
      id: `${id}-r1`, company, role: 'Data Analyst', round: 1, format: 'video',
      startedAt: '2026-11-19T14:00:00-05:00', endedAt: '2026-11-19T15:00:00-05:00',
      candidateTimeZone: 'America/Chicago', employerTimeZone: 'America/New_York',
      interviewers: [{ id: 'ana', name: 'Ana Ruiz', points: ['the churn dashboard'] }],
    }],
    events: [
      { type: 'interview-held', at: '2026-11-19T15:00:00-05:00' },
      { type: 'thank-you-sent', at: '2026-11-19T18:30:00-05:00', interviewerId: 'ana' },
    ],
  };
  if (!ended) return app;
  return {
    ...app,
    events: [...app.events, { type: 'offer-received', at: '2026-11-20T10:00:00-05:00' }, { type: 'offer-accepted', at: '2026-11-20T16:00:00-05:00' }],
  };
}

async function demo(): Promise<void> {
  const applications = new Map([
    ['app-6', sampleApplication('app-6', 'Northwind', true)],
    ['app-7', sampleApplication('app-7', 'Contoso')],
    ['app-8', sampleApplication('app-8', 'Fabrikam')],
  ]);
  const options: WebhookOptions = { applications, calendar: createCalendar(), now: () => '2026-11-23T11:00:00-05:00' };
  const server = createServer((req, res) => {
    handleInboundMail(req, res, options).catch((error: unknown) => send(res, 500, { error: 'internal', message: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = async (application: string, type: string, body: string): Promise<{ status: number; json: any }> => {
    const res = await fetch(`${base}/inbound?application=${application}`, { method: 'POST', headers: { 'content-type': type }, body, signal: AbortSignal.timeout(30_000) });
    return { status: res.status, json: await res.json() };
  };

  try {
    // An invitation to the next round, posted as JSON, that asks for availability by Wednesday.
    const invite = await post('app-7', 'application/json', JSON.stringify({
      subject: 'Next steps',
      text: 'Hi Jordan,\n\nThanks for speaking with us. We would like to invite you to a final round with our head of analytics. Could you send us your availability for next week by Wednesday?\n\nBest,\nAna',
      receivedAt: '2026-11-23T09:15:00-05:00',
    }));
    console.log('JSON email →', invite.json);
    assert.equal(invite.status, 200);
    assert.equal(invite.json.label, 'next_round');
    // "by Wednesday", received on Monday 2026-11-23 in New York, is 2026-11-25.
    assert.deepEqual(invite.json.requests.map((r: { kind: string; due: string }) => [r.kind, r.due]), [['send_availability', '2026-11-25']]);
    assert.ok(invite.json.nextActions.some((a: { kind: string }) => a.kind === 'answer-request'));
    assert.equal(applications.get('app-7')!.events.at(-1)!.type, 'reply-received');

    // A raw .eml (as many mail services forward it): the employer is still deciding and promises
    // news by Friday. Its Date header is Monday 2026-11-23, so Friday is 2026-11-27.
    const eml = [
      'From: Priya Shah <priya@fabrikam.example>',
      'To: Jordan Lee <jordan@example.com>',
      'Subject: Your application',
      'Date: Mon, 23 Nov 2026 10:05:00 -0500',
      'Message-ID: <status-1@fabrikam.example>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hi Jordan,',
      '',
      'Thank you for your patience. The team is still reviewing the last candidates, and we will get back to you by Friday.',
      '',
      'Best regards,',
      'Priya',
      '',
    ].join('\r\n');
    const pending = await post('app-8', 'message/rfc822', eml);
    console.log('.eml email →', pending.json);
    assert.equal(pending.status, 200);
    assert.equal(pending.json.label, 'pending');
    assert.equal(pending.json.promisedDate, '2026-11-27');
    // Nothing to chase before the promised date: the candidate waits, then follows up once one full
    // business day has passed after it: Fri 27, (Mon 30 passes), Tue 2026-12-01.
    assert.equal(pending.json.status, 'waiting');
    assert.deepEqual(pending.json.nextActions.find((a: { kind: string }) => a.kind === 'follow-up')?.due, '2026-12-01');

    // A sender whose clock runs two minutes ahead of ours: the email is logged at our `now`, not in the future.
    const ahead = await post('app-8', 'application/json', JSON.stringify({
      text: 'Hi Jordan, a quick note: we are still finalising our decision. Thanks for your patience.',
      receivedAt: '2026-11-23T11:02:00-05:00',
    }));
    assert.equal(ahead.status, 200);
    assert.equal(applications.get('app-8')!.events.at(-1)!.at, '2026-11-23T11:00:00-05:00');

    // An out-of-office notice is answered and left out of the log.
    const before = applications.get('app-7')!.events.length;
    const away = await post('app-7', 'application/json', JSON.stringify({
      subject: 'Automatic reply: Following up on my Data Analyst interview',
      text: 'I am out of the office until Monday, December 7, and will reply when I return.',
    }));
    assert.deepEqual(away.json, { applicationId: 'app-7', autoReply: true, recorded: false });
    // Known by the mail service's headers alone, whatever the subject says.
    const byHeaders = await post('app-7', 'application/json', JSON.stringify({ subject: 'Thanks for your email', text: 'I am away this week.', autoReply: true }));
    assert.equal(byHeaders.json.recorded, false);
    assert.equal(applications.get('app-7')!.events.length, before);

    // Mail after the end: the offer was accepted, and HR asks for documents. It is recorded (the application stays
    // "offer-accepted") and its request is the next action, due by the date it states: 3 business days from Monday.
    const onboarding = await post('app-6', 'application/json', JSON.stringify({
      subject: 'Welcome to Northwind',
      text: 'Hi Jordan,\n\nThank you for accepting our offer! To prepare your contract, please upload a copy of your passport to our HR portal within the next 3 business days.\n\nBest,\nHR',
      receivedAt: '2026-11-23T09:30:00-05:00',
    }));
    console.log('after the end →', onboarding.json.status, onboarding.json.nextActions);
    assert.equal(onboarding.status, 200);
    assert.equal(onboarding.json.status, 'offer-accepted');
    assert.deepEqual(onboarding.json.nextActions.map((a: { kind: string; due: string }) => [a.kind, a.due]), [['answer-request', '2026-11-26']]);

    // Mistakes are answered as JSON errors, never a crash.
    const unknown = await post('app-9', 'application/json', '{"text":"Hello"}');
    assert.equal(unknown.status, 404);
    const broken = await post('app-7', 'application/json', '{"text":');
    assert.equal(broken.status, 400);
    console.log('errors →', unknown.json.error, broken.json.error);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await demo();
