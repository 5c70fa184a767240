import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkNewFile, runNumberedIds, RUN_NUMBER_WARNING } from '../../scripts/corpus/check-new.js';
import { loadCorpus, splitKeys } from '../../scripts/corpus/load.js';

/** A corpus line as the loader wants it. */
const line = (id: string, lang: string, text: string, subject?: string): string =>
  JSON.stringify({ id, lang, label: 'rejection', topic: 'not_selected', requests: [], kind: 'repo-template', source: 'github:example/repo:mail.txt', ...(subject === undefined ? {} : { subject }), text, timelines: [] });

const TEXT = 'Thank you for your interest in the role. After careful review we have decided to move forward with other candidates whose experience more closely matches our needs.';

const root = mkdtempSync(join(tmpdir(), 'check-new-test-'));
const corpus = join(root, 'corpus');
mkdirSync(corpus);
writeFileSync(join(corpus, 'old.jsonl'), `${line('old-1', 'en', TEXT)}\n`);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function check(lines: readonly string[]): ReturnType<typeof checkNewFile> {
  const file = join(root, 'new.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return checkNewFile(file, corpus);
}

describe('checking new corpus messages before they join (issue 9 §1: near-duplicates across splits)', () => {
  it('passes a message unlike any in the corpus', () => {
    const r = check([line('new-1', 'en', 'We are pleased to invite you to a second interview with the engineering team next week.')]);
    expect(r.items.map((i) => i.id)).toEqual(['new-1']);
    expect(r.problems).toEqual([]);
  });

  it('reports an id already in the corpus', () => {
    expect(check([line('old-1', 'en', 'A different message about the weather.')]).problems).toEqual(['old-1: id already in the corpus']);
  });

  it('reports the same template published again, with one word changed, as a near-duplicate of the corpus message', () => {
    const r = check([line('new-2', 'en', TEXT.replace('careful', 'thorough'))]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(/^new-2: near-duplicate \(0\.\d\d\) of old-1 \(old\.jsonl/);
  });

  it('reports a near-duplicate within the new file, and not one in another language', () => {
    const r = check([
      line('new-3', 'fr', TEXT),
      line('new-4', 'fr', `${TEXT} Best wishes.`),
    ]);
    expect(r.problems).toEqual([expect.stringMatching(/^new-4: near-duplicate \(0\.\d\d\) of new-3 /)]);
  });

  it('measures as the sealed split does (subject and text together): what it reports is what the split would group', () => {
    const subject = 'Update on the platform engineer opening in our Lisbon office, the relocation package, the visa support we offer, the team you would join and the next steps planned for the autumn hiring cycle';
    const lines = [line('new-7', 'en', TEXT, subject), line('new-8', 'en', TEXT.replace('careful', 'thorough'), 'Your application')];
    const reported = new Set(check(lines).problems.map((p) => p.split(':')[0]));
    writeFileSync(join(corpus, 'new.jsonl'), `${lines.join('\n')}\n`);
    const keys = splitKeys(loadCorpus(corpus));
    rmSync(join(corpus, 'new.jsonl'));
    for (const id of ['new-7', 'new-8']) expect(reported.has(id), id).toBe(keys.get(id) === keys.get('old-1'));
    expect([...reported]).toEqual(['new-8']);
  });

  it('warns, without a problem, about ids that are one prefix and a run number, which the sealed split hashes poorly', () => {
    const texts = ['Please book a time for your first call with us.', 'Your start date and the first week are below.', 'We received your application for the role.'];
    const r = check(texts.map((t, k) => line(`new-00${k + 1}`, 'en', t)));
    expect(r.problems).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^3 ids are "new-" and a run number \(new-001, new-002, …\)/);
    expect(check(texts.map((t, k) => line(`new-${['a41f0c', '9b2e77', '03cd5a'][k]}`, 'en', t))).warnings).toEqual([]);
  });

  it('counts run-numbered ids per prefix: fewer than the threshold of one prefix, or other endings, pass', () => {
    expect(runNumberedIds(['a-1', 'a-2', 'b-1', 'b-2', 'x', 'c-d'])).toEqual([]);
    expect(runNumberedIds(Array.from({ length: RUN_NUMBER_WARNING }, (_, k) => `real7-0${k}`))).toHaveLength(1);
    expect(runNumberedIds(['p-1', 'p-2', 'p-3', 'q-1', 'q-2', 'q-3'])).toHaveLength(2);
  });

  it('rejects an invalid line with its line number', () => {
    expect(() => check([line('new-5', 'en', 'Fine.'), line('new-6', 'xx', 'Bad language.')])).toThrow(/new\.jsonl:2: lang xx/);
  });
});
