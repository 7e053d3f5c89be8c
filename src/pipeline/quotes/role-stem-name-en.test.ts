import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { parseRole } from './roles.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('en: a word that starts with an English role noun is a role only by an English inflection', () => {
  it('plural and possessive forms stay roles; a longer name or word is not one', () => {
    expect(parseRole('mayors')?.head).toBe('mayor');
    expect(parseRole('the mayor’s')?.head).toBe('mayor');
    expect(parseRole('Mayorkas')).toBeNull();
    expect(parseRole('Priestley')).toBeNull();
    expect(parseRole('headed')).toBeNull();
    expect(parseRole('a GOP consultant')?.head).toBe('consultant');
  });

  it('sr/sq case endings of a shared spelling still follow (`senatora`, `presidentja`)', () => {
    expect(parseRole('senatora')?.head).toBe('senator');
    expect(parseRole('Presidentja')?.head).toBe('president');
  });

  it('a surname that starts like a role noun is the named person', () => {
    const qs = quotes(
      'Visa plan grows',
      'Deputy Secretary Carla Mayorkin unveiled the plan on Monday, and Tom Andrews attended.',
      '“These programs need patience,” Mayorkin said.',
    );
    expect(find(qs, 'These programs need patience')?.speaker).toBe('Carla Mayorkin');
  });
});
