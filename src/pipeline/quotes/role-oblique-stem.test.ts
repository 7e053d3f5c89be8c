import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}

describe('a Serbian role noun with a fleeting `a` (`tužilac` → `tužioca`) is the same role in every case', () => {
  it('Latin: `zamenik javnog tužioca Goran Marić`, then `Tužilac je rekao da` is Goran Marić', () => {
    const got = speakers(
      'Presuda',
      'Optužnicu je zastupao zamenik javnog tužioca Goran Marić. Postupak je trajao godinu dana.',
      'Tužilac je posle presude rekao da je „zadovoljan odlukom suda“.',
    );
    expect(got).toEqual(['Goran Marić', 'Goran Marić']);
  });

  it('Cyrillic: `заменик јавног тужиоца Горан Марић`, then `Тужилац је рекао да`', () => {
    const got = speakers('Пресуда', 'Оптужницу је заступао заменик јавног тужиоца Горан Марић.', 'Тужилац је после пресуде рекао да ће размотрити жалбу.');
    expect(got).toEqual(['Горан Марић']);
  });
});
