import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string, number, string | null, string][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.kind, q.paragraph, q.speaker, q.text]);
}

describe('Serbian dash-led speech over two paragraphs is one direct quote of the closing attribution’s speaker', () => {
  it('Latin: `– A.` then `– B – rekao je Perić.` is one quote, A and B', () => {
    const got = quotes(
      'Presuda',
      'Sud je osudio bivšeg direktora Marka Perića na dve godine zatvora.',
      '– Sud nije imao nijedan dokaz protiv mene. Ovo je politička odluka.',
      '– Žalićemo se Apelacionom sudu – rekao je Perić novinarima.',
      'Postupak je trajao tri godine.',
    );
    expect(got).toEqual([['direct', 2, 'Marko Perić', 'Sud nije imao nijedan dokaz protiv mene. Ovo je politička odluka. Žalićemo se Apelacionom sudu']]);
  });

  it('Cyrillic: `– А.` then `– Б – додао је Перић.`', () => {
    const got = quotes(
      'Пресуда',
      'Суд је осудио бившег директора Марка Перића.',
      '– Суд није имао ниједан доказ.',
      '– Жалићемо се вишем суду – додао је Перић.',
    );
    expect(got).toEqual([['direct', 2, 'Марко Перић', 'Суд није имао ниједан доказ. Жалићемо се вишем суду']]);
  });

  it('a dash-led paragraph followed by narration is not joined to anything', () => {
    const got = quotes('Presuda', 'Sud je osudio Marka Perića.', '– Ovo je politička odluka.', 'Postupak je trajao tri godine.');
    expect(got.filter(([k]) => k === 'direct')).toEqual([]);
  });
});

describe('Serbian dash-led speech that goes on after its attribution (`– A – rekao je X – i B.`)', () => {
  it('Latin: both parts are one direct quote of X (joined by a space), and no reported clause is made of `B`', () => {
    const got = quotes(
      'Savez',
      'Skupština je izabrala Marka Ilića za predsednika.',
      '– Lukić je pošten čovek – rekao je kasnije Ilić – i želim da ostane u odboru.',
    );
    expect(got).toEqual([['direct', 2, 'Marko Ilić', 'Lukić je pošten čovek i želim da ostane u odboru']]);
  });

  it('a medium named in quote marks inside the attribution does not stop the dash speech', () => {
    const got = quotes(
      'Savez',
      'Skupština je izabrala Marka Ilića za predsednika.',
      '– Lukić je pošten čovek – rekao je kasnije Ilić za „Jutarnji sport“ – i želim da ostane u odboru.',
    );
    expect(got).toEqual([['direct', 2, 'Marko Ilić', 'Lukić je pošten čovek i želim da ostane u odboru']]);
  });

  it('Cyrillic: `– А – рекао је Илић – и Б.`', () => {
    const got = quotes(
      'Савез',
      'Скупштина је изабрала Марка Илића за председника.',
      '– Лукић је поштен човек – рекао је касније Илић – и желим да остане у одбору.',
    );
    expect(got.map(([k, , sp]) => [k, sp])).toEqual([['direct', 'Марко Илић']]);
  });
});
