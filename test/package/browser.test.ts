import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { consumers } from './consumer.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The browser app: bundled from the installed package exactly as a front-end build would. */
const APP = `
import { createCalendar, isFollowUpError } from 'interview-followup';
import { regionCalendar } from 'interview-followup/holidays';
const by = regionCalendar('DE-BY');
let error = null;
try { createCalendar().addBusinessDays('2026-02-30', 1); } catch (e) { error = isFollowUpError(e, 'INVALID_DATE') ? e.message : 'wrong error'; }
window.__result = {
  plain: createCalendar().addBusinessDays('2026-11-27', 1),
  bavaria: by.addBusinessDays('2026-12-23', 1),
  explained: by.explain('2026-12-24', '2026-12-27').map((d) => d.date),
  error,
};
`;

describe('in a browser (headless Chromium)', () => {
  it.skipIf(!existsSync(CHROMIUM) && process.env.CI !== 'true')('the calendar and regional holidays work from a browser bundle', async () => {
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
      });
    } finally {
      await browser.close();
    }
  });
});
