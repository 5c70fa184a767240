import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { consumers } from './consumer.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The browser app: bundled from the installed package exactly as a front-end build would. */
const APP = `
import { createCalendar, isFollowUpError } from 'interview-followup';
import { regionCalendar, calendarForEmployer } from 'interview-followup/holidays';
import { planFollowUp } from 'interview-followup/planner';
import { classifyReply, extractTimeline } from 'interview-followup/classifier';
import { renderMessage } from 'interview-followup/templates';
import { parseInterview } from 'interview-followup/model';
const by = regionCalendar('DE-BY');
const interview = parseInterview({
  id: 'i1', company: 'Acme', role: 'Analyst', round: 1, format: 'video',
  startedAt: '2026-11-24T10:00:00-05:00', endedAt: '2026-11-24T11:00:00-05:00',
  candidateTimeZone: 'Europe/Berlin', employerTimeZone: 'America/New_York', employerCalendar: { region: 'US' },
  interviewers: [{ id: 'a', name: 'Ada Park', points: ['the data platform'] }],
});
const plan = planFollowUp(interview, { calendar: calendarForEmployer(interview.employerCalendar) });
const message = renderMessage('followUp', { candidate: { name: 'Jo Lee' }, company: 'Acme', role: 'Analyst', interviewDate: '2026-12-03' }, { locale: 'de-AT' });
let error = null;
try { createCalendar().addBusinessDays('2026-02-30', 1); } catch (e) { error = isFollowUpError(e, 'INVALID_DATE') ? e.message : 'wrong error'; }
window.__result = {
  plain: createCalendar().addBusinessDays('2026-11-27', 1),
  bavaria: by.addBusinessDays('2026-12-23', 1),
  explained: by.explain('2026-12-24', '2026-12-27').map((d) => d.date),
  error,
  followUp: [plan.followUp.earliest, plan.followUp.latest],
  thankYouBy: plan.thankYous[0].deadlineInCandidateZone,
  label: classifyReply('Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.').label,
  promised: extractTimeline('We will get back to you by Friday.', { reference: '2026-11-25T10:00:00-05:00', timeZone: 'America/New_York' })?.date,
  germanDate: message.text.includes('Donnerstag, 3. Dezember'),
};
`;

describe('in a browser (headless Chromium)', () => {
  it.skipIf(!existsSync(CHROMIUM) && process.env.CI !== 'true')('calendar, holidays, model, planner, classifier and templates work from a browser bundle', async () => {
    const { full } = consumers();
    const out = await build({
      stdin: { contents: APP, resolveDir: full, loader: 'js' },
      bundle: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent',
    });
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.setContent('<!doctype html><html><body></body></html>');
      await page.addScriptTag({ content: out.outputFiles[0]!.text, type: 'module' });
      await page.waitForFunction(() => (window as unknown as { __result?: unknown }).__result !== undefined, undefined, { timeout: 20_000 })
        .catch((e: unknown) => { throw new Error(`no result; page errors: ${errors.join('; ') || 'none'}`, { cause: e }); });
      const result = await page.evaluate(() => (window as unknown as { __result: unknown }).__result);
      expect(errors).toEqual([]);
      expect(result).toEqual({
        plain: '2026-11-30',
        // 24 Dec is not a public holiday in Bavaria; 25 and 26 Dec are, then the weekend.
        bavaria: '2026-12-24',
        explained: ['2026-12-25', '2026-12-26', '2026-12-27'],
        error: expect.stringContaining('"2026-02-30"'),
        // 7th and 10th US business days after Tue 2026-11-24, skipping Thanksgiving (R4.3).
        followUp: ['2026-12-04', '2026-12-09'],
        // 24 h after 16:00 UTC, shown in Berlin (UTC+1) (R1.2).
        thankYouBy: '2026-11-25T17:00:00+01:00',
        label: 'rejection',
        promised: '2026-11-27',
        germanDate: true,
      });
    } finally {
      await browser.close();
    }
  });
});
