import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('a coordinated second speech verb takes the subject of the first; words inside a quote are never its subject', () => {
  it('sr: `„…“, rekao je X, i dodao: „…“` with a group noun inside the first quote', () => {
    const qs = quotes(
      'Naslov',
      'Ministar Jovan Ilić govorio je u petak.',
      '„Nećemo dozvoliti da Hrvati odu iz sela“, rekao je Ilić, i dodao: „Opština će pomoći.“',
    );
    expect(find(qs, 'Opština će pomoći')?.speaker).toBe('Jovan Ilić');
  });

  it('sr-Cyrl: `„…“, рекла је X и додала: „…“`', () => {
    const qs = quotes(
      'Наслов',
      'Министарка Марија Лукић говорила је у петак.',
      '„Грађани траже нове путеве“, рекла је Лукић и додала: „Радови почињу у марту.“',
    );
    expect(find(qs, 'Радови почињу')?.speaker).toBe('Марија Лукић');
  });

  it('en: `“…,” said X, and added: “…”`', () => {
    const qs = quotes(
      'Title',
      'Mayor Laura Benson spoke on Friday.',
      '“The Croats in the valley need a bridge,” said Benson, and added: “Work starts in spring.”',
    );
    expect(find(qs, 'Work starts in spring')?.speaker).toBe('Laura Benson');
  });
});
