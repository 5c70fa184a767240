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
    // Every page, read as HTML: its first signature names its types (no inline object type), it has a summary and an
    // example, and the weight of what comes before that example (text, plus a line for each block).
    const weights = new Map<string, number>();
    for (const file of pages) {
      const html = readFileSync(join(SITE, 'functions', file), 'utf8');
      const text = (part: string): string => part.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
      const signature = /<div class="tsd-signature[^"]*"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1];
      const summary = /<div class="tsd-description">\s*<div class="tsd-comment tsd-typography">\s*<p>([\s\S]*?)<\/p>/.exec(html)?.[1];
      const example = /<h4 class="tsd-anchor-link" id="example">[\s\S]*?<\/h4>\s*<pre>/.exec(html);
      if (signature === undefined || text(signature).includes('{')) late.push(`${file}: no signature, or an inline type in it: ${text(signature ?? '')}`);
      if (summary === undefined || text(summary) === '') late.push(`${file}: no summary`);
      if (example === null) late.push(`${file}: no example`);
      else {
        const before = html.slice(html.indexOf('<div class="col-content">'), example.index);
        weights.set(file, text(before).length + 60 * (before.match(/<(?:p|li|h[1-6]|pre|tr|section|div class="tsd-signature)\b/g) ?? []).length);
      }
    }
    expect(late).toEqual([]);
    // Where each page puts its example, measured in the page: one call per page.
    const measure = (tab: Page): Promise<number | null> => tab.evaluate(() => {
      let pre = document.getElementById('example')?.nextElementSibling ?? null;
      while (pre !== null && pre.tagName !== 'PRE') pre = pre.nextElementSibling;
      return pre === null ? null : Math.round(pre.getBoundingClientRect().top + window.scrollY);
    });
    // The twenty heaviest pages are laid out in Chromium, from their HTML and CSS alone (scripts off: no 500 ms reveal
    // timer). On the site of 91 function pages, this weight ranks the pages by where their example starts with a rank
    // correlation of 0.98, and its twenty heaviest hold the ten whose example starts lowest, so laying out every page
    // (about 25 s of CPU) adds little. Three of them are opened again with their scripts and must match.
    const heaviest = [...weights].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([file]) => file);
    const plain = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const tab = await plain.newPage();
    const tops = new Map<string, number | null>();
    for (const file of heaviest) {
      await tab.goto(url(`functions/${file}`));
      tops.set(file, await measure(tab));
    }
    await plain.close();
    expect([...tops].filter(([, top]) => top === null || top >= 900)).toEqual([]);
    const sample = heaviest.filter((_, i) => i % 7 === 0);
    const scripted = new Map<string, number | null>();
    for (const file of sample) {
      await page.goto(url(`functions/${file}`));
      await page.waitForFunction(() => document.body.style.display !== 'none');
      scripted.set(file, await measure(page));
    }
    expect(scripted).toEqual(new Map(sample.map((f) => [f, tops.get(f)])));
    await page.goto(url('functions/interview-followup_planner.planFollowUp.html'));
    // A long signature is laid out one parameter a line; read as one line.
    const signature = ((await page.locator('.tsd-signature').first().textContent()) ?? '').replace(/\s+/g, ' ').replace(/\( /, '(').replace(/,? ?\)/, ')');
    expect(signature).toBe('planFollowUp(interview: DeepReadonly<Interview>, options: PlanOptions): FollowUpPlan');
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
