import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The docs site as a reader opens it: the output of `npm run docs` (docs/api), from the file system,
// in headless Chromium at a 1280×900 laptop viewport.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SITE = join(import.meta.dirname, '../../docs/api');
const url = (path: string) => pathToFileURL(join(SITE, path)).href;
const built = existsSync(join(SITE, 'index.html'));

interface NavNode { text: string; path?: string; kind?: number; children?: NavNode[] }

/** The sidebar as typedoc writes it: zlib-compressed JSON, base64, in assets/navigation.js. */
function navigation(): NavNode[] {
  const script = readFileSync(join(SITE, 'assets/navigation.js'), 'utf8');
  const data = /"([A-Za-z0-9+/=]+)"/.exec(script)![1]!;
  return JSON.parse(inflateSync(Buffer.from(data, 'base64')).toString()) as NavNode[];
}
function leaves(nodes: NavNode[]): NavNode[] {
  return nodes.flatMap((n) => (n.children ? [...(n.path ? [n] : []), ...leaves(n.children)] : [n]));
}

describe.skipIf(!existsSync(CHROMIUM) && process.env.CI !== 'true')('the docs site (docs/api, built by npm run docs)', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    if (!built) throw new Error('docs/api/index.html is missing: run `npm run docs` first');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens on the getting-started guide, under the name interview-followup', async () => {
    await page.goto(url('index.html'));
    expect(await page.locator('.col-content h1').first().textContent()).toBe('Getting started');
    expect(await page.title()).toMatch(/^interview-followup/);
    await expect.poll(() => page.locator('.col-content').textContent()).toContain('npm install interview-followup');
    // install → first plan → classify → draft, in that order
    const headings = await page.locator('.col-content h2').allTextContents();
    expect(headings.slice(0, 4)).toEqual(['1. Install', '2. A first plan', "3. Read the employer's reply", '4. Draft the message']);
    // guides link to the API pages of the functions they use
    await page.getByRole('link', { name: 'planFollowUp', exact: true }).first().click();
    expect(page.url()).toContain('planner.planFollowUp.html');
    expect(errors).toEqual([]);
  });

  it('lists the guides in reading order, then the reference, then the entry points (root first, named interview-followup)', () => {
    const nav = navigation();
    expect(nav.map((n) => n.text)).toEqual(['Guides', 'Reference', 'Modules']);
    const guides = nav[0]!.children!.map((n) => n.text);
    expect(guides.indexOf('Follow-up planner')).toBe(0);
    const order = ['Follow-up planner', 'Application tracker', 'Reply classifier', 'Message templates', 'Hiring team', 'Business-day calendar', 'Calendar export'];
    expect(order.map((g) => guides.indexOf(g))).toEqual([...order.map((g) => guides.indexOf(g))].sort((a, b) => a - b));
    expect(order.every((g) => guides.includes(g))).toBe(true);
    const modules = nav[2]!.children!.map((n) => n.text);
    expect(modules[0]).toBe('interview-followup');
    expect(modules).not.toContain('index');
    expect(modules.slice(1).every((m) => m.startsWith('interview-followup/'))).toBe(true);
  });

  it('lists each symbol once in the navigation (no index.X beside planner.X)', () => {
    const symbols = leaves(navigation()[2]!.children!).filter((n) => n.kind !== 2 && n.kind !== undefined);
    expect(symbols.length).toBeGreaterThan(250);
    const seen = new Map<string, string[]>();
    for (const s of symbols) seen.set(s.text, [...(seen.get(s.text) ?? []), s.path!]);
    expect([...seen].filter(([, paths]) => paths.length > 1)).toEqual([]);
  });

  it('finds the guides when searching for "thank-you"', async () => {
    await page.goto(url('index.html'));
    await page.locator('#tsd-search-trigger').click();
    await page.locator('#tsd-search-input').fill('thank-you');
    const results = page.locator('#tsd-search-results li');
    await expect.poll(() => results.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const found = await results.allTextContents();
    expect(found).toEqual(expect.arrayContaining(['Follow-up planner', 'Message templates']));
  });

  it('shows every function page with its types by name, a summary, and its example above the fold', async () => {
    const pages = readdirSync(join(SITE, 'functions')).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    const late: string[] = [];
    // Where each page puts its first signature and its example, measured in the page: one call per page.
    const measure = (tab: Page): Promise<{ signature: string | null; summary: string; example: number | null }> => tab.evaluate(() => {
      const heading = Array.from(document.querySelectorAll('.tsd-comment h4')).find((h) => h.textContent?.includes('Example'));
      let pre = heading?.nextElementSibling ?? null;
      while (pre !== null && pre.tagName !== 'PRE') pre = pre.nextElementSibling;
      return {
        signature: document.querySelector('.tsd-signature')?.textContent ?? null,
        summary: document.querySelector('.tsd-description > .tsd-comment > p')?.textContent?.trim() ?? '',
        example: pre === null ? null : Math.round(pre.getBoundingClientRect().top + window.scrollY),
      };
    });
    // Every page is laid out from its HTML and CSS alone (scripts off: a third of the time, and no 500 ms reveal
    // timer); every tenth page is opened again with its scripts, and must put its example at the same place.
    const plain = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const tab = await plain.newPage();
    const tops = new Map<string, number | null>();
    for (const file of pages) {
      await tab.goto(url(`functions/${file}`));
      const { signature, summary, example } = await measure(tab);
      tops.set(file, example);
      if (signature?.includes('{')) late.push(`${file}: inline type in the signature ${signature}`);
      if (summary === '') late.push(`${file}: no summary`);
      if (example === null) late.push(`${file}: no example`);
      else if (example >= 900) late.push(`${file}: example starts at ${example} px`);
    }
    await plain.close();
    const sample = pages.filter((_, i) => i % 10 === 0);
    const scripted = new Map<string, number | null>();
    for (const file of sample) {
      await page.goto(url(`functions/${file}`));
      await page.waitForFunction(() => document.body.style.display !== 'none');
      scripted.set(file, (await measure(page)).example);
    }
    expect(scripted).toEqual(new Map(sample.map((f) => [f, tops.get(f)])));
    expect(late).toEqual([]);
    await page.goto(url('functions/interview-followup_planner.planFollowUp.html'));
    expect(await page.locator('.tsd-signature').first().textContent()).toBe('planFollowUp(interview: Interview, options: PlanOptions): FollowUpPlan');
    await page.locator('.tsd-signature a', { hasText: 'Interview' }).click();
    expect(page.url()).toContain('Interview.html');
  });

  it('links the API back to the guides, and the header to the playground', async () => {
    await page.goto(url('modules/interview-followup_planner.html'));
    await page.locator('.col-content a', { hasText: 'Follow-up planner' }).first().click();
    expect(await page.locator('.col-content h1').first().textContent()).toMatch(/Follow-up planner/);
    await page.goto(url('functions/interview-followup_planner.planFollowUp.html'));
    const playground = page.locator('#tsd-toolbar-links a', { hasText: 'Playground' });
    expect(await playground.getAttribute('href')).toBe('../playground/index.html');
    expect(errors).toEqual([]);
  });
});
