import { describe, expect, it } from 'vitest';
import { escapeDiscord, discordLink } from './discord/escape.js';
import { escapeSlack, slackLink } from './slack/escape.js';
import { cleanText, fitEscaped, truncate } from './format.js';

const ZW = '\u200b';

describe('Discord escaping', () => {
  it('neutralises mentions with a zero-width space', () => {
    expect(escapeDiscord('@everyone @here <@123> <@&45> <#67>')).toBe(`@${ZW}everyone @${ZW}here <${ZW}@${ZW}123\\> <${ZW}@${ZW}&45\\> <${ZW}\\#67\\>`);
  });
  it('escapes markdown that changes layout', () => {
    expect(escapeDiscord('**b** __u__ ~~s~~ `c` ||sp|| [l](u) # h')).toBe(
      '\\*\\*b\\*\\* \\_\\_u\\_\\_ \\~\\~s\\~\\~ \\`c\\` \\|\\|sp\\|\\| \\[l\\]\\(u\\) \\# h',
    );
    expect(escapeDiscord('> quote\n# heading')).toBe('\\> quote \\# heading');
    expect(escapeDiscord('- item')).toBe('\\- item');
  });
  it('links only with an http(s) URL, parentheses encoded', () => {
    expect(discordLink('N1', 'https://n1.example/a_(b)')).toBe('[N1](https://n1.example/a_%28b%29)');
    expect(discordLink('N1', null)).toBe('N1');
  });
});

describe('Slack escaping', () => {
  it('escapes &, <, > and neutralises mentions', () => {
    expect(escapeSlack('<!channel> <@U123> A & B @here')).toBe(`&lt;!channel&gt; &lt;@U123&gt; A &amp; B @${ZW}here`);
  });
  it('keeps bracketed title text a reader now keeps (ADR 0307) as text, never a mention', () => {
    expect(escapeSlack('Kurti: <Kosovo is a state> and 5 < 6 <!channel>')).toBe('Kurti: &lt;Kosovo is a state&gt; and 5 &lt; 6 &lt;!channel&gt;');
    expect(escapeDiscord('Kosovo <!channel> <b>')).not.toMatch(/<[!@#a-z]/i);
  });
  it('fences formatting characters with zero-width spaces', () => {
    expect(escapeSlack('*b*')).toBe(`${ZW}*${ZW}b${ZW}*${ZW}`);
  });
  it('builds links with the URL made safe for the link syntax', () => {
    expect(slackLink('RTS', 'https://rts.example/a?x=1&y=2|3')).toBe('<https://rts.example/a?x=1&amp;y=2%7C3|RTS>');
  });
});

describe('cutting text', () => {
  it('cuts at a word with an ellipsis, never inside a surrogate pair', () => {
    expect(truncate('one two three four', 12)).toBe('one two…');
    expect(truncate('abcdefghijklmnop', 6)).toBe('abcde…');
    expect(truncate('😀😀😀😀', 4)).toBe('😀…');
    expect(truncate('short', 10)).toBe('short');
  });
  it('fits escaped text without splitting an escape', () => {
    const out = fitEscaped('a & b & c & d & e', 14, escapeSlack);
    expect(out.length).toBeLessThanOrEqual(14);
    expect(out).toMatch(/…$/);
    expect(out).not.toMatch(/&(?!amp;)/);
  });
  it('cleans control characters and bidi overrides', () => {
    expect(cleanText('a\u0000b\u202ec\r\nd\u001b[31m')).toBe('a bc d [31m');
  });
});
