import { describe, expect, it } from 'vitest';
import { stripHtml } from './stripHtml.js';

describe('stripHtml (R7)', () => {
  it('R7: drops tags, style, script and head; decodes entities; turns blocks into newlines', () => {
    const html = '<html><head><title>T</title><style>p{color:red}</style></head><body><script>alert(1)</script><p>Caf&eacute; &amp; co&#39;s&nbsp;offer&#x21;</p>line<br>two</body></html>';
    expect(stripHtml(html).text).toBe('\nCafé & co\'s offer!\nline\ntwo');
  });

  it('R7: drops blockquoted earlier messages, nested or not', () => {
    expect(stripHtml('<p>Yes</p><blockquote>old<blockquote>older</blockquote>still old</blockquote><p>after</p>').text).toBe('\nYes\n\n\nafter\n');
  });

  it('R7: maps each character back to the HTML it came from', () => {
    const html = '<b>A&amp;B</b>';
    const m = stripHtml(html);
    expect(m.text).toBe('A&B');
    expect([...m.starts]).toEqual([3, 4, 9]);
    expect([...m.ends]).toEqual([4, 9, 10]);
  });

  it('R7: the TSDoc example', () => {
    expect(stripHtml('<p>We are pleased&nbsp;to offer</p>').text).toBe('\nWe are pleased to offer\n');
  });

  it('R7: keeps stray angle brackets and unknown entities as text', () => {
    expect(stripHtml('1 < 2 &foo; <3').text).toBe('1 < 2 &foo; <3');
    // Names of the object prototype are no references (`&toString;` was dropped).
    expect(stripHtml('a &toString; b &valueOf; c').text).toBe('a &toString; b &valueOf; c');
  });

  it('R7: drops the text of hidden elements (a preview text, "preheader"), nested or not', () => {
    const preheader = '<div style="display:none;max-height:0;overflow:hidden">We have an update on your application&zwnj;&nbsp;</div>';
    // The hidden block's end still ends a line.
    expect(stripHtml(`${preheader}<p>We regret to inform you that the role has been filled.</p>`).text).toBe('\n\nWe regret to inform you that the role has been filled.\n');
    expect(stripHtml('<span style="DISPLAY: none !important">hidden <span>deeper</span> still hidden</span>shown').text).toBe('shown');
    expect(stripHtml('<td style="mso-hide:all">for Outlook</td><td>for everyone</td>').text.trim()).toBe('for everyone');
    expect(stripHtml('<div style="display:none"><div>a</div><div>b</div></div><p>c</p>').text).toBe('\n\nc\n');
  });

  it('R7: a hidden image or line break hides nothing after it, and a visible element is read', () => {
    expect(stripHtml('<img src="x.png" style="display:none">Welcome<br style="display:none">aboard').text).toBe('Welcome\naboard');
    expect(stripHtml('<div style="display:block">We are pleased to offer you the role.</div>').text).toBe('\nWe are pleased to offer you the role.\n');
    expect(stripHtml('<p class="none">display: none of your business</p>').text).toBe('\ndisplay: none of your business\n');
  });

  it('R7: unterminated comments and tags end the text without backtracking', () => {
    expect(stripHtml('a<!-- never closed').text).toBe('a');
    expect(stripHtml('a<style>never closed').text).toBe('a');
  });
});
