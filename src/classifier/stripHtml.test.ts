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
    expect(stripHtml('<div style="display:none"><div>a</div><div>b</div></div><p>c</p>').text).toBe('\n\nc\n');
    expect(stripHtml('<h1 style="display:none">You have been rejected</h1><p>We are pleased</p>').text).toBe('\n\nWe are pleased\n');
  });

  it('R7: a hidden element that never closes, or closes itself, hides nothing; nor does a hidden image or line break', () => {
    // Browsers end the span at </div>; the stripper cannot tell, so it reads the span's text rather than lose the rest.
    const unclosed = '<div><span style="display:none;font-size:1px">Your application update</div><p>We regret to inform you.</p>';
    expect(stripHtml(unclosed).text).toBe('\nYour application update\n\nWe regret to inform you.\n');
    expect(stripHtml('<div style="display:none;max-height:0" /><p>We regret to inform you.</p>').text).toBe('\n\nWe regret to inform you.\n');
    expect(stripHtml('<img src="x.png" style="display:none">Welcome<br style="display:none">aboard').text).toBe('Welcome\naboard');
    // A stray "<" inside a hidden element that is read again is written once.
    expect(stripHtml('<span style="display:none">a < b').text).toBe('a < b');
  });

  it('R7: only a hiding style hides: not another attribute, not Outlook-only hiding, not a visible style', () => {
    expect(stripHtml('<div style="display:block">We are pleased to offer you the role.</div>').text).toBe('\nWe are pleased to offer you the role.\n');
    expect(stripHtml('<div title="set display: none to hide">Visible text</div>').text).toBe('\nVisible text\n');
    expect(stripHtml('<p class="none">display: none of your business</p>').text).toBe('\ndisplay: none of your business\n');
    // `mso-hide: all` hides a block from Outlook only (whose copy is in a conditional comment): everyone else reads it.
    const outlook = '<!--[if mso]><p>Offer for Outlook</p><![endif]--><!--[if !mso]><!--><div style="mso-hide:all">We are pleased to offer you the role.</div><!--<![endif]-->';
    expect(stripHtml(outlook).text).toBe('\nWe are pleased to offer you the role.\n');
  });

  it('R7: unterminated comments and tags end the text without backtracking', () => {
    expect(stripHtml('a<!-- never closed').text).toBe('a');
    expect(stripHtml('a<style>never closed').text).toBe('a');
  });
});
