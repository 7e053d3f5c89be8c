import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';
import { parseRole } from './roles.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}

describe('a role qualified by a nation goes only to the holder of that nation', () => {
  it('reads a dotted abbreviation and Serbian adjectives of the great powers as nations', () => {
    expect(parseRole('The U.S. envoy to Japan')?.nations).toEqual(['US']);
    expect(parseRole('američki ambasador u Japanu')?.nations).toEqual(['US']);
    expect(parseRole('ruska ambasadorka')?.nations).toEqual(['RU']);
    expect(parseRole('кинески амбасадор')?.nations).toEqual(['CN']);
  });

  it('English: the role before a name keeps its `U.S.` qualifier, and `the Russian ambassador` is never the American', () => {
    const got = extractQuotes(
      articleFromText(
        [
          'Envoys in Tokyo',
          'The U.S. ambassador to Japan, Mark Olsen, and the Russian ambassador to Japan, Igor Petrov, spoke at a forum on Tuesday.',
          '"Trade must grow," Olsen said.',
          'The Russian ambassador said sanctions were "a mistake".',
          '"Nobody wins," the ambassador told the audience.',
        ].join('\n\n'),
      ),
    );
    expect(got.map((q) => q.speaker)).toEqual(['Mark Olsen', 'Igor Petrov', 'Igor Petrov', 'Igor Petrov']);
    expect(got[0].speakerRole).toBe('The U.S. ambassador to Japan');
  });

  it('English: a bare role two holders last shared one sentence is nobody', () => {
    const got = speakers(
      'Envoys meet',
      'The British ambassador, John Smith, and the French ambassador, Pierre Martin, met the mayor on Friday.',
      '"The talks went well," the ambassador told reporters.',
      'The French ambassador said the region needed "patience".',
      '"We will come back," the ambassador added.',
    );
    expect(got).toEqual([null, 'Pierre Martin', 'Pierre Martin', 'Pierre Martin']);
  });

  it('Serbian: `ruski ambasador` is the Russian one named second, and a shared bare role is nobody', () => {
    const got = speakers(
      'Ambasadori',
      'TOKIO – Američki ambasador u Japanu Mark Olsen i ruski ambasador u Japanu Igor Petrov sastali su se sa gradonačelnikom.',
      '„Razgovori su bili dobri“, rekao je ambasador novinarima.',
      'Ruski ambasador je rekao da su sankcije „velika greška“.',
      '„Niko ne dobija“, dodao je ambasador.',
    );
    expect(got).toEqual([null, 'Igor Petrov', 'Igor Petrov', 'Igor Petrov']);
  });

  it('Albanian: `ambasadori francez` is the French one, never the British one named first', () => {
    const got = speakers(
      'Ambasadorët',
      'PRISHTINË – Ambasadori britanik John Smith dhe ambasadori francez Pierre Martin u takuan me kryetarin.',
      '«Bisedimet shkuan mirë», tha ambasadori.',
      'Ambasadori francez tha se rajoni ka nevojë për durim.',
      '«Do të kthehemi», shtoi ambasadori.',
    );
    expect(got).toEqual([null, 'Pierre Martin', 'Pierre Martin']);
  });
});

describe('a statement that names no source', () => {
  it('Serbian: `navodi se u saopštenju.` is the organisation that just issued it, not the last person named', () => {
    const got = speakers(
      'Pomoć',
      'Gradonačelnik Petar Marić rekao je da je „stanje stabilno“.',
      'Ministarstvo Ruske Federacije za vanredne situacije saopštilo je da šalje još jedan avion. „Ostajemo koliko bude trebalo“, navodi se u saopštenju.',
    );
    expect(got.slice(0, 2)).toEqual(['Petar Marić', 'Petar Marić']);
    expect(got).toHaveLength(4);
    for (const s of got.slice(2)) expect(s).toMatch(/^Ministarstvo Ruske Federacije za vanredne/);
  });
});
