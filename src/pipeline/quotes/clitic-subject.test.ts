import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}

describe('sr: the subject stands before the second-place auxiliary clitic, adjuncts after it', () => {
  it('Latin: `On je za dnevni list Danas rekao da` is the man named before', () => {
    const got = speakers('Most', 'Gradonačelnik Petar Ilić obišao je radove na mostu.', 'On je za dnevni list Danas rekao da će most biti otvoren u maju.');
    expect(got).toEqual(['Petar Ilić']);
  });

  it('Cyrillic: an acronym subject before `је у одговору на питање агенције` keeps the acronym', () => {
    const got = speakers('Суд', 'Суђење је почело у Нишу.', 'ОЕБС је у одговору на питање агенције Бета навео да „помно прати“ суђење.');
    expect(got[0]).toBe('ОЕБС');
  });

  it('a fronted adverbial before the clitic is not cut (`U sredu je Ilić rekao`)', () => {
    const got = speakers('Most', 'Gradonačelnik Petar Ilić obišao je radove.', 'U sredu je Ilić rekao da će most biti otvoren u maju.');
    expect(got).toEqual(['Petar Ilić']);
  });
});
