import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}

describe('sr/sq: an institution head noun alone as the subject is no name', () => {
  it('Latin: `Ministarstvo je navelo da` is the ministry named before, across another speaker', () => {
    const got = speakers(
      'Lekovi',
      'Ministarstvo prosvete saopštilo je da će udžbenici stići do septembra.',
      'Direktor škole Petar Ilić rekao je da knjiga još nema.',
      'Ministarstvo je navelo da su škole dobile dodatna sredstva.',
    );
    expect(got).toEqual(['Ministarstvo prosvete', 'Petar Ilić', 'Ministarstvo prosvete']);
  });

  it('Cyrillic: `Министарство је навело` with no ministry named is an unnamed source, never `Министарство`', () => {
    const got = speakers('Уџбеници', 'Уџбеници касне већ три недеље.', 'Министарство је навело да су школе добиле додатна средства.');
    expect(got).toEqual([null]);
  });

  it('Latin: `Agencija je saopštila` is the agency of its kind named before, not another organisation', () => {
    const got = speakers(
      'Reka',
      'Agencija za zaštitu životne sredine saopštila je da je voda u reci čista.',
      'Crveni krst saopštio je da deli vodu meštanima.',
      'Agencija je saopštila da će merenja trajati mesec dana.',
    );
    expect(got).toEqual(['Agencija za zaštitu životne sredine', 'Crveni krst', 'Agencija za zaštitu životne sredine']);
  });

  it('Albanian: `Ministria tha se` is the ministry named before; with none named, unnamed', () => {
    expect(
      speakers('Tekstet', 'Ministria e Arsimit njoftoi se tekstet do të arrijnë në shtator.', 'Ministria tha se shkollat kanë marrë fonde shtesë.'),
    ).toEqual(['Ministria e Arsimit', 'Ministria e Arsimit']);
    expect(speakers('Tekstet', 'Tekstet vonohen prej tri javësh.', 'Ministria tha se shkollat kanë marrë fonde shtesë.')).toEqual([null]);
  });
});
