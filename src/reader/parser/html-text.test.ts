import { describe, expect, it } from 'vitest';
import { htmlToLine, htmlToText } from './html-text.js';

describe('htmlToText', () => {
  it('separates block elements and double <br> by one blank line', () => {
    expect(htmlToText('<p>One <b>bold</b>\n line.</p><p>Two</p><div>Three<br>same<br><br>Four</div>')).toBe('One bold line.\n\nTwo\n\nThree same\n\nFour');
  });
  it('decodes entities until stable in text, never into markup, and drops scripts and styles', () => {
    expect(htmlToText('<p>it&apos;s &amp;amp; &lt;b&gt;</p><script>alert(1)</script><style>p{}</style>')).toBe("it's & <b>");
  });
  it('keeps plain text paragraphs', () => {
    expect(htmlToText('First  line\n\nSecond')).toBe('First line\n\nSecond');
  });
});

describe('htmlToLine', () => {
  it('makes one line and maps C1 code points to windows-1252 characters', () => {
    expect(htmlToLine('<p>A</p><p>B</p>')).toBe('A B');
    expect(htmlToLine('don\u0092t')).toBe('don’t');
    expect(htmlToLine('')).toBe('');
  });
});
