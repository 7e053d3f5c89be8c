import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string | null, string][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.speaker, q.text]);
}

describe('`according to <role>, <role> <Name>, …`: the named person in the apposition is the source', () => {
  it('Latin: `Prema rečima Petrovićevog branioca, advokata Marka Ilića, …` is Marko Ilić, and the apposition is no content', () => {
    const got = quotes(
      'Presuda',
      'Sud je osudio bivšeg gradonačelnika Zorana Petrovića na dve godine zatvora.',
      'Prema rečima Petrovićevog branioca, advokata Marka Ilića, presuda će biti osporena pred Apelacionim sudom.',
    );
    expect(got).toEqual([['Marko Ilić', 'presuda će biti osporena pred Apelacionim sudom']]);
  });

  it('Cyrillic: `Према речима Петровићевог браниоца, адвоката Марка Илића, …`', () => {
    const got = quotes(
      'Пресуда',
      'Суд је осудио бившег градоначелника Зорана Петровића на две године затвора.',
      'Према речима Петровићевог браниоца, адвоката Марка Илића, пресуда ће бити оспорена пред Апелационим судом.',
    );
    expect(got).toEqual([['Марко Илић', 'пресуда ће бити оспорена пред Апелационим судом']]);
  });

  it('English: `According to Smith’s defence team, lawyer Mark Evans, …` is Mark Evans', () => {
    const got = quotes(
      'Verdict',
      'The court sentenced former mayor John Smith to two years.',
      "According to Smith's defence team, lawyer Mark Evans, the verdict will be appealed.",
    );
    expect(got).toEqual([['Mark Evans', 'the verdict will be appealed']]);
  });
});
