import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/helpers/runs.js';
import { foldField, foldText } from './foldText.js';

/** The runs of non-space characters of `s`, each with where it starts. */
const runsOf = (s: string): [string, number][] => [...s.matchAll(/\S+/g)].map((m) => [m[0], m.index]);

describe('foldField (R7)', () => {
  it.each([
    ['Book here: https://calendly.com/acme/30min.', ['book', 'here:', 'calendly', '.']],
    ['Join https://acme.zoom.us/j/845123?pwd=abc today', ['join', 'zoom', 'today']],
    ['(www.acme.com/careers)', ['(', 'acme', ')']],
    ['https://u1234567.ct.sendgrid.net/ls/click?upn=Rk9P', ['sendgrid']],
    ['http://localhost:3000/x', []],
    ['Apply at www.acme.co.uk/jobs or https://empresa.com.br/vagas', ['apply', 'at', 'acme', 'or', 'empresa']],
    ['https://jane@calendly.com/30min', ['calendly']],
  ] as const)('R7: a link reads as its host\'s name alone, where it stands: %s', (text, words) => {
    const folded = foldField(text);
    expect(folded.length).toBe(text.length);
    expect(runsOf(folded).map(([w]) => w)).toEqual(words);
    // Each run stands where the text has it.
    for (const [w, at] of runsOf(folded)) expect(text.slice(at, at + w.length).toLowerCase()).toBe(w);
  });

  it('R7: an inline image\'s marker reads as nothing', () => {
    expect(runsOf(foldField('Dear Ana,[cid:image001.png@01DA0285.844FA910]')).map(([w]) => w)).toEqual(['dear', 'ana,', ']']);
    expect(runsOf(foldField('[image: Acme logo]')).map(([w]) => w)).toEqual([']']);
  });

  it('R7: "www" or "http" inside a word is no link', () => {
    expect(foldField('Awww. Thanks, xhttp://a.b')).toBe('awww. thanks, xhttp://a.b');
  });

  test.prop([fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string()], { numRuns: runs(200) })(
    'R7: the folded field is as long as the text, and reads as foldText outside its links',
    (before, url, after) => {
      const text = `${before} ${url} ${after}`;
      const folded = foldField(text);
      expect(folded.length).toBe(text.length);
      if (!/https?:|www\.|\[(?:cid|image):/i.test(before)) expect(folded.slice(0, before.length)).toBe(foldText(before));
    },
  );
});
