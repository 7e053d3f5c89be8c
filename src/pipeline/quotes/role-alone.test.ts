import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('sr/sq: a role with no name in the sentence is only a person given that role before', () => {
  it('sr: `rekao je ministar odbrane` after the president is named is not the president', () => {
    const qs = quotes('Vežba', 'Predsednik Marko Petrović obišao je kasarnu u sredu.', '„Vojnici su spremni za zimu“, rekao je ministar odbrane.');
    const q = find(qs, 'Vojnici su spremni');
    expect(q?.speaker).toBeNull();
    expect(q?.speakerRole).toBe('ministar odbrane');
  });

  it('sr: the same role given to a named person earlier resolves to that person, not to the last name', () => {
    const qs = quotes(
      'Vežba',
      'Ministar odbrane Dušan Ilić posetio je jedinicu na jugu.',
      'Predsednik Marko Petrović obišao je kasarnu u sredu.',
      '„Vojnici su spremni za zimu“, rekao je ministar odbrane.',
    );
    expect(find(qs, 'Vojnici su spremni')?.speaker).toBe('Dušan Ilić');
  });

  it('sr-Cyrl: `рекао је министар` with no minister named is nobody named', () => {
    const qs = quotes('Вежба', 'Председник Марко Петровић обишао је касарну у среду.', '„Војници су спремни за зиму“, рекао је министар.');
    expect(find(qs, 'Војници су спремни')?.speaker).toBeNull();
  });

  it('sq: `tha ministri` after the president is named is not the president', () => {
    const qs = quotes('Ushtria', 'Presidenti Agim Krasniqi vizitoi kazermën të mërkurën.', '“Ushtarët janë gati për dimrin”, tha ministri i mbrojtjes.');
    expect(find(qs, 'Ushtarët janë gati')?.speaker).toBeNull();
  });

  it('sq: a minister named before is the one `ministri` refers to', () => {
    const qs = quotes(
      'Ushtria',
      'Ministri i mbrojtjes Besim Gashi vizitoi njësinë në jug.',
      'Presidenti Agim Krasniqi vizitoi kazermën të mërkurën.',
      '“Ushtarët janë gati për dimrin”, tha ministri.',
    );
    expect(find(qs, 'Ushtarët janë gati')?.speaker).toBe('Besim Gashi');
  });
});
