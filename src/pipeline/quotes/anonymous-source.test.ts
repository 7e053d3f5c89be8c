import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}

describe('sr/sq: a subject headed by a noun for an unnamed source names nobody', () => {
  it('Latin: `Izvori u Demokratskoj stranci tvrde da` is null', () => {
    const got = speakers('Izbori', 'Predsednik stranke Goran Perić najavio je kandidaturu.', 'Izvori u Demokratskoj stranci tvrde da je odluka već doneta.');
    expect(got).toEqual([null]);
  });

  it('Cyrillic: `Извор близак Влади рекао је агенцији да` is null', () => {
    const got = speakers('Избори', 'Премијер Горан Перић најавио је реформу.', 'Извор близак Влади рекао је агенцији да је одлука већ донета.');
    expect(got).toEqual([null]);
  });

  it('Latin: `Pojedini poslanici opozicije rekli su da` is null', () => {
    const got = speakers('Izbori', 'Ministar Goran Perić najavio je reformu.', 'Pojedini poslanici opozicije rekli su da je odluka doneta prekasno.');
    expect(got).toEqual([null]);
  });

  it('Albanian: `Burime në Qeverinë e Kosovës thanë se` is null', () => {
    const got = speakers('Zgjedhjet', 'Ministri Arben Krasniqi njoftoi reformën.', 'Burime në Qeverinë e Kosovës thanë se vendimi është marrë.');
    expect(got).toEqual([null]);
  });
});

describe('sq: a source noun that is also a first name, before a surname, is a person', () => {
  it('`Avokati i mbrojtjes, Burim Gashi, deklaroi se` is Burim Gashi (role phrase + apposed name)', () => {
    const got = speakers(
      'Gjykata',
      'Gjykata Themelore shtyu seancën për muajin tjetër.',
      'Avokati i mbrojtjes, Burim Gashi, deklaroi se klienti i tij do të paraqitet vullnetarisht.',
    );
    expect(got).toEqual(['Burim Gashi']);
  });

  it('`Burim Krasniqi tha se` is Burim Krasniqi; `Një burim në ministri tha se` stays unnamed', () => {
    expect(speakers('Tenderi', 'Burim Krasniqi tha se oferta ishte e rregullt.')).toEqual(['Burim Krasniqi']);
    expect(speakers('Tenderi', 'Një burim në ministri tha se oferta ishte e rregullt.')).toEqual([null]);
  });
});
