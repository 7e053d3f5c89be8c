import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { parseRole } from './roles.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const withText = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('a deputy is a role of its own (new user, session 10)', () => {
  it('`said the mayor’s deputy, Nora Lind.` names Nora Lind, not the unnamed source before her', () => {
    const qs = quotes(
      'Bridge closes',
      'HARBORTON, May 3 – The town’s mayor, Peter Olsen, met the engineers on Monday.',
      'One contractor, who asked not to be named, said: "Nobody saw the crack coming."',
      '"The bridge stays shut until the autumn," said Olsen\'s deputy, Nora Lind. She added that buses would replace the trams.',
    );
    expect(withText(qs, 'stays shut')?.speaker).toBe('Nora Lind');
    expect(withText(qs, 'buses would replace')?.speaker).toBe('Nora Lind');
    expect(withText(qs, 'Nobody saw')?.speaker).toBeNull();
  });

  it('`his deputy` and `njegov zamenik` head a role; before another role noun that noun heads it', () => {
    expect(parseRole('his deputy')?.head).toBe('deputy');
    expect(parseRole('njegov zamenik')?.head).toBe('deputy');
    expect(parseRole('deputy minister')?.head).toBe('minister');
    expect(parseRole('zamenik ministra')?.head).toBe('minister');
    expect(parseRole('deputy permanent representative')?.head).toBe(parseRole('permanent representative')?.head);
  });
});

describe('a deputy before a noun the lexicon does not list is no role', () => {
  it('`deputy sheriff` stays unparsed, `deputy of the governor` is a deputy', () => {
    expect(parseRole('a county deputy sheriff')).toBeNull();
    expect(parseRole('the deputy of the governor')?.head).toBe('deputy');
  });
});
