// The playground page of the docs site, built by scripts/build-playground.mjs from dist/ and opened
// in headless Chromium: over a loopback HTTP server (as the docs site is served), and from the file
// system (where the page still reads emails and plans with weekends only).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gcFlags, ROOT } from './consumer.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = join(tmpdir(), 'interview-followup-playground');
const SHOTS = join(ROOT, '.tmp');
const canRun = existsSync(CHROMIUM) || process.env.CI === 'true';

const REJECTION = `Dear Sam,

Thank you for taking the time to interview with us last week. We were impressed by your background, but we have decided to move forward with another candidate whose experience more closely matches our needs.

We wish you every success in your search.

Kind regards,
Priya, Talent Acquisition`;

const PENDING = `Hi Sam,

Thanks for coming in on Friday. The team is still meeting a few other candidates this week, and we will get back to you by Wednesday.

Best,
Priya`;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** A static server for OUT on 127.0.0.1, closed after the tests (and never keeping the process alive). */
function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    const file = join(OUT, path === '' ? 'index.html' : path);
    if (!file.startsWith(OUT) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  server.requestTimeout = 10_000;
  server.unref();
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Character ranges of the `<mark>`s of a kind inside #reply-source, as offsets into its text. */
function markRanges(page: Page, kind: string): Promise<[number, number, string][]> {
  return page.$eval('#reply-source', (source, k) => {
    const out: [number, number, string][] = [];
    let at = 0;
    for (const node of Array.from(source.childNodes)) {
      const text = node.textContent ?? '';
      if (node instanceof HTMLElement && node.tagName === 'MARK' && node.classList.contains(k)) out.push([at, at + text.length, text]);
      at += text.length;
    }
    return out;
  }, kind);
}

async function readEmail(page: Page, text: string): Promise<void> {
  await page.fill('#email-text', text);
  await page.fill('#email-received', '2026-11-23T10:00');
  await page.fill('#email-zone', 'America/New_York');
  await page.click('#email-read');
}

/** Submits the plan form and waits until the page shows a plan or an error for it. */
async function plan(page: Page, fields: Record<string, string>): Promise<void> {
  for (const [id, value] of Object.entries(fields)) await page.fill(`#${id}`, value);
  await page.click('#plan-run');
  await page.waitForFunction(() => !document.getElementById('plan-result')!.hidden || !document.getElementById('plan-error')!.hidden, undefined, { timeout: 30_000 });
}

const text = (page: Page, selector: string): Promise<string> => page.$eval(selector, (e) => e.textContent ?? '');
const shown = (page: Page, selector: string): Promise<boolean> => page.$eval(selector, (e) => !(e as HTMLElement).hidden);

describe('the playground source', () => {
  it('type-checks against the declarations of the built package (esbuild only strips types)', () => {
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const run = spawnSync(process.execPath, [...gcFlags, tsc, '-p', 'site/playground/tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe.skipIf(!canRun)('the playground page (headless Chromium)', () => {
  let browser: Browser;
  let server: Server;

  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build-playground.mjs', '--out', OUT], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    mkdirSync(SHOTS, { recursive: true });
    server = await serve();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  it('served over http: reads an email with its evidence, and plans with reasons, with and without region holidays', async () => {
    const { classifyReply } = (await import(pathToFileURL(join(ROOT, 'dist/index.js')).href)) as typeof import('interview-followup');
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`);
    await page.waitForSelector('#email-result:not([hidden])', { timeout: 30_000 });

    // A rejection: the label, and every word of evidence marked where the library found it.
    await readEmail(page, REJECTION);
    expect(await shown(page, '#email-error')).toBe(false);
    expect(await text(page, '#reply-label')).toBe('rejection');
    expect(await text(page, '#reply-topic')).toBe('not selected');
    expect(await text(page, '#reply-source')).toBe(REJECTION);
    const evidence = classifyReply(REJECTION).evidence;
    const marks = await markRanges(page, 'evidence');
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.map((m) => m[2])).toContain('move forward with another candidate');
    for (const e of evidence) expect(marks.some(([start, end]) => start <= e.start && e.end <= end), `evidence "${e.text}" is marked`).toBe(true);
    for (const [start, end] of marks) {
      expect(evidence.some((e) => e.start === start)).toBe(true);
      expect(evidence.some((e) => e.end === end)).toBe(true);
    }
    expect(await text(page, '#reply-promised')).toBe('No promise of when you will hear back.');
    await page.screenshot({ path: join(SHOTS, 'playground-reply.png'), fullPage: true });

    // A promise: "by Wednesday", received on Monday 2026-11-23 in New York, is Wednesday 2026-11-25.
    await readEmail(page, PENDING);
    expect(await text(page, '#reply-label')).toBe('pending');
    expect(await page.$eval('#reply-promised', (e) => (e as HTMLElement).dataset['date'])).toBe('2026-11-25');
    expect((await markRanges(page, 'promise')).map((m) => m[2])).toEqual(['by Wednesday']);

    // The promised date goes into the plan. The interview ended on Friday 2026-11-20 at 22:00 in
    // Berlin (16:00 in New York). By hand:
    // - thank-you: 24 real hours later, 2026-11-21T22:00:00+01:00 in Berlin;
    // - weekends only: promised Wed 25 + 2 business days (one full day of grace, then the next) =
    //   Thu 26, Fri 27 → 2026-11-27; ghosting 10 business days after that → Fri 2026-12-11;
    // - US holidays: Thanksgiving (Thu 26) is skipped → Fri 27, Mon 30 → 2026-11-30; ghosting → Mon 2026-12-14.
    await page.fill('#plan-ended', '2026-11-20T22:00');
    await page.fill('#plan-candidate-zone', 'Europe/Berlin');
    await page.fill('#plan-region', '');
    await page.fill('#plan-interviewers', 'Ada Park');
    await page.click('#use-promised');
    await page.waitForFunction(() => document.getElementById('plan-follow-up')!.dataset['date'] === '2026-11-27', undefined, { timeout: 30_000 });
    expect(await page.inputValue('#plan-promised')).toBe('2026-11-25');
    expect(await page.inputValue('#plan-employer-zone')).toBe('America/New_York');
    expect(await page.$eval('#plan-thank-you', (e) => (e as HTMLElement).dataset['instant'])).toBe('2026-11-21T22:00:00+01:00');
    expect(await text(page, '#plan-thank-you')).toContain('to Ada Park');
    expect(await text(page, '#plan-promised-date')).toBe('2026-11-25 (Wednesday)');
    expect(await text(page, '#plan-follow-up')).toBe('2026-11-27 (Friday)');
    expect(await text(page, '#plan-ghosted')).toBe('2026-12-11 (Friday)');
    const reasons = await page.$$eval('#plan-reasons li', (lis) => lis.map((li) => [(li as HTMLElement).dataset['subject'] ?? '', li.textContent ?? ''] as const));
    expect(reasons.map((r) => r[0])).toEqual(['thank-you', 'promised-date', 'follow-up', 'ghosted']);
    for (const [, reason] of reasons) expect(reason.length).toBeGreaterThan(40);

    await plan(page, { 'plan-region': 'US' });
    expect(await shown(page, '#plan-error')).toBe(false);
    expect(await text(page, '#plan-follow-up')).toBe('2026-11-30 (Monday)');
    expect(await text(page, '#plan-ghosted')).toBe('2026-12-14 (Monday)');
    expect(await text(page, '#plan-reasons li[data-subject="follow-up"]')).toContain('Thanksgiving');
    expect(await text(page, '#plan-calendar')).toContain('public holidays of US');
    await page.screenshot({ path: join(SHOTS, 'playground-plan.png'), fullPage: true });

    // 24 real hours across the end of daylight saving time in New York (Sunday 2026-11-01): 16:00 EDT
    // on Saturday is 20:00 UTC; a day later is 20:00 UTC, which is 15:00 EST. Without a promise the
    // window is the 7th to 10th business day after Saturday: Tue 2026-11-10 to Fri 2026-11-13.
    await plan(page, { 'plan-ended': '2026-10-31T16:00', 'plan-candidate-zone': 'America/New_York', 'plan-promised': '', 'plan-region': '' });
    expect(await page.$eval('#plan-thank-you', (e) => (e as HTMLElement).dataset['instant'])).toBe('2026-11-01T15:00:00-05:00');
    expect(await text(page, '#plan-promised-date')).toBe('none given');
    expect(await text(page, '#plan-follow-up')).toBe('2026-11-10 (Tuesday)');
    expect(await text(page, '#plan-follow-up-latest')).toBe('2026-11-13 (Friday)');

    // Mistakes are messages on the page, never exceptions.
    await plan(page, { 'plan-region': 'ZZ' });
    expect(await shown(page, '#plan-result')).toBe(false);
    expect(await text(page, '#plan-error')).toContain('ZZ');
    await plan(page, { 'plan-region': '', 'plan-employer-zone': 'Mars/Olympus' });
    expect(await text(page, '#plan-error')).toContain('Mars/Olympus');
    await page.screenshot({ path: join(SHOTS, 'playground-error.png'), fullPage: true });
    await readEmail(page, '   ');
    expect(await shown(page, '#email-result')).toBe(false);
    expect(await text(page, '#email-error')).toContain('Email text');

    expect(problems).toEqual([]);
    await page.close();
  });

  it('opened from the file system: reads emails and plans with weekends only, and says why a region cannot load', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(join(OUT, 'index.html')).href);
    await page.waitForSelector('#email-result:not([hidden])', { timeout: 30_000 });
    await readEmail(page, REJECTION);
    expect(await text(page, '#reply-label')).toBe('rejection');
    expect((await markRanges(page, 'evidence')).length).toBeGreaterThan(0);

    await plan(page, { 'plan-ended': '2026-11-20T22:00', 'plan-candidate-zone': 'Europe/Berlin', 'plan-employer-zone': 'America/New_York', 'plan-promised': '2026-11-25', 'plan-region': '' });
    expect(await text(page, '#plan-follow-up')).toBe('2026-11-27 (Friday)');
    await plan(page, { 'plan-region': 'US' });
    expect(await shown(page, '#plan-result')).toBe(false);
    expect(await text(page, '#plan-error')).toContain('leave the region empty to count weekends only');
    expect(errors).toEqual([]);
    await page.close();
  });
});
