import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string, string | null, string][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.kind, q.speaker, q.text]);
}

describe('a direct quote split by its attribution is one utterance (sr, sq; English keeps two halves)', () => {
  it('Serbian Latin: `„A“, rekao je X, „b …“` is one direct item, A and B joined by a space', () => {
    expect(quotes('Most', '„Radovi kasne dva meseca“, rekao je Vuk Stanić posle obilaska, „ali most će biti gotov do leta.“')).toEqual([
      ['direct', 'Vuk Stanić', 'Radovi kasne dva meseca ali most će biti gotov do leta.'],
    ]);
  });

  it('Serbian Cyrillic with guillemets', () => {
    expect(quotes('Пожар', '«Ватра је под контролом», рекла је Јелка Стевић, «а ветар је ослабио.»')).toEqual([
      ['direct', 'Јелка Стевић', 'Ватра је под контролом а ветар је ослабио.'],
    ]);
  });

  it('Serbian dash speech: `– A – rekao je X – b …`', () => {
    expect(quotes('Klub', '– Tim je spreman – rekao je trener Bojan Lazić – i nećemo menjati sastav.')).toEqual([
      ['direct', 'Bojan Lazić', 'Tim je spreman i nećemo menjati sastav'],
    ]);
  });

  it('Albanian: `«A», tha X, «b …»`', () => {
    expect(quotes('Rruga', '«Rruga do të hapet në pranverë», tha Dritan Hoxha, «por vetëm nëse moti lejon.»')).toEqual([
      ['direct', 'Dritan Hoxha', 'Rruga do të hapet në pranverë por vetëm nëse moti lejon.'],
    ]);
  });

  it('English: `"A," X said, "b …"` stays two direct halves of one speaker (PolNeAR convention; the digest joins them)', () => {
    expect(quotes('Bridge', '"The works are two months late," Ruth Calder said after the visit, "but the bridge will be ready by summer."')).toEqual([
      ['direct', 'Ruth Calder', 'The works are two months late'],
      ['direct', 'Ruth Calder', 'but the bridge will be ready by summer.'],
    ]);
  });

  it('English with curly marks, the verb before the name and an appositive role', () => {
    // After the apposition the second half reads as a quoted phrase; the digest still shows one quote.
    expect(quotes('Fire', '“The fire is under control,” said Owen Pryce, the county fire chief, “and the wind has dropped.”')).toEqual([
      ['direct', 'Owen Pryce', 'The fire is under control'],
      ['partial', 'Owen Pryce', 'and the wind has dropped.'],
    ]);
  });

  it('English with single marks and a pronoun attribution to the speaker named before', () => {
    expect(
      quotes('Talks', 'Nadia Ferris spoke after the meeting.', "'We have not agreed on the annex,' she told reporters, 'though we are closer than before.'"),
    ).toEqual([
      ['direct', 'Nadia Ferris', 'We have not agreed on the annex'],
      ['direct', 'Nadia Ferris', 'though we are closer than before.'],
    ]);
  });

  it('English: a second part that starts a new sentence stays a quote of its own', () => {
    expect(quotes('Bridge', '"The works are two months late," Ruth Calder said. "The bridge will be ready by summer."').map((q) => q[2])).toEqual([
      'The works are two months late',
      'The bridge will be ready by summer.',
    ]);
  });

  it('English: two quotes of two speakers around a clause are not joined', () => {
    const got = quotes('Talks', '"The annex is ready," Ruth Calder said, while Owen Pryce replied, "not before spring."');
    expect(got.filter((q) => q[0] === 'direct').length).not.toBe(1);
  });

  it('a second quote that starts a new sentence after the attribution stays a quote of its own', () => {
    expect(quotes('Most', '„Radovi kasne dva meseca“, rekao je Vuk Stanić. „Most će biti gotov do leta.“').map((q) => q[2])).toEqual([
      'Radovi kasne dva meseca',
      'Most će biti gotov do leta.',
    ]);
  });
});
