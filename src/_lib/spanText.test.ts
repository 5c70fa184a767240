import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { spanWords } from './spanText.js';

describe('spanWords', () => {
  it('R7: a span of an HTML part loses its tags and reads its character references; other spans stay as they are', () => {
    expect(spanWords({ field: 'html', text: 'by&nbsp;<b>Friday' })).toBe('by Friday');
    expect(spanWords({ field: 'html', text: 'sign&nbsp;and&nbsp;return</b> the offer' })).toBe('sign and return the offer');
    expect(spanWords({ field: 'html', text: "d'ici&#160;vendredi &amp; &#x2014; &eacute; &#0; &#xD800;" })).toBe("d'ici vendredi & — é &#0; &#xD800;");
    expect(spanWords({ field: 'html', text: 'by <a<b>>Friday' })).toBe('by Friday');
    // The reader's table of named references, and only its own names.
    expect(spanWords({ field: 'html', text: 'd&eacute;cembre &toString; &constructor;' })).toBe('décembre &toString; &constructor;');
    expect(spanWords({ field: 'text', text: 'by&nbsp;<b>Friday' })).toBe('by&nbsp;<b>Friday');
    expect(spanWords({ text: 'plain  words' })).toBe('plain  words');
  });

  test.prop([fc.string({ unit: 'binary' })])('R7: never throws on any text, and trims what it keeps', (text) => {
    const words = spanWords({ field: 'html', text });
    expect(words).toBe(words.trim());
  });

  test.prop([fc.string({ unit: 'binary' }).map((s) => s.replaceAll('&', ''))])('R7: an HTML span without character references keeps no tag', (text) => {
    expect(/<[^<>]*>/.test(spanWords({ field: 'html', text }))).toBe(false);
  });
});
