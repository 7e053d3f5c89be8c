import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}

describe('the participle’s gender wins over a first-name list (sr)', () => {
  it('`Andrea … je otvorila`: a woman, so the later `rekla je ona` is her, not the man named since', () => {
    expect(
      speakers('Fabrika', 'Andrea Lukić je otvorila novu fabriku u Nišu. Goran Ilić je bio prisutan.', '„Radnici će dobiti plate do petka“, rekla je ona.'),
    ).toEqual(['Andrea Lukić']);
  });

  it('`Saša … rekla je`: a woman named Saša is the antecedent of `Ona`', () => {
    expect(
      speakers(
        'Fabrika',
        'Nikola Jeremić je bio prisutan.',
        '„Radnici će dobiti plate do petka“, rekla je Saša Mitrović. Ona je dodala da fabrika neće biti zatvorena.',
      ),
    ).toEqual(['Saša Mitrović', 'Saša Mitrović']);
  });

  it('Cyrillic: `Никола … рекао је`: a man, the antecedent of `он` beside a woman', () => {
    expect(speakers('Фабрика', 'Никола Јеремић и Милица Поповић обишли су фабрику.', '„Радници ће добити плате до петка“, рекао је он.')).toEqual([
      'Никола Јеремић',
    ]);
  });
});
