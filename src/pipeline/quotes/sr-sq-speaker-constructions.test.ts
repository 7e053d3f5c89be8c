import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string, string | null][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.kind, q.speaker]);
}

describe('Serbian: a role noun governing an organisation names its holder, not the organisation', () => {
  it('headline `Direktor Agencije za puteve:` resolves to the director the body names', () => {
    const qs = quotes(
      'Direktor Agencije za puteve: Radovi na obilaznici kasne dva meseca',
      'Direktor Agencije za puteve Petar Ilić izjavio je danas da radovi kasne zbog kiše.',
    );
    expect(qs[0]).toEqual(['indirect', 'Petar Ilić']);
  });

  it('a given name that merely begins like an organisation noun (`Vladan`, `vlada`) is no organisation governed', () => {
    expect(quotes('Vesti', 'Ministar pravde Vladan Perović rekao je da će zakon biti usvojen do leta.')).toEqual([['indirect', 'Vladan Perović']]);
  });
});

describe('Serbian: an adjective of anonymity before a source noun leaves the source unnamed', () => {
  it('`Neimenovani izvor iz Ministarstva …` is nobody', () => {
    expect(quotes('Bolnica', 'Neimenovani izvor iz Ministarstva zdravlja rekao je za naš list da će bolnica biti zatvorena u maju.')).toEqual([
      ['indirect', null],
    ]);
  });
});

describe('Serbian: a nation adjective opening a role phrase is no name', () => {
  it('`Hrvatski premijer odgovorio je da …` is the prime minister of Croatia named before', () => {
    const qs = quotes(
      'Sastanak',
      'Premijer Hrvatske Ivan Horvat izjavio je da Zagreb podržava dogovor o granici.',
      'Hrvatski premijer odgovorio je da Zagreb neće menjati svoj stav o mostu.',
    );
    expect(qs.map(([, s]) => s)).toEqual(['Ivan Horvat', 'Ivan Horvat']);
  });
});

describe('Serbian: an institution named in sentence case, and its statement', () => {
  it('`saopštio je Centar` and `U saopštenju se navodi da` are the centre named inside the sentence', () => {
    const qs = quotes(
      'Planinari spaseni',
      'NOVI SAD – Spasioci Pokrajinskog kriznog centra iz Novog Sada izvukli su tri planinara iz klisure, saopštio je Centar.',
      'U saopštenju se navodi da su planinari zdravi i da su prebačeni u bolnicu.',
    );
    expect(qs.map(([, s]) => s)).toEqual(['Pokrajinski krizni centar', 'Pokrajinski krizni centar', 'Pokrajinski krizni centar']);
  });

  it('a statement is never that of an institution only mentioned (`u Narodnom muzeju`, `je Gradski fond obezbedio`)', () => {
    const qs = quotes(
      'Izložba',
      'Izložbu je finansirao Gradski fond za kulturu, a biće otvorena u Narodnom muzeju.',
      'Ulaznice će biti besplatne tokom prve nedelje, navodi se u saopštenju.',
    );
    expect(qs.map(([, s]) => s)).not.toContain('Gradski fond za kulturu');
  });
});

describe('Serbian: a possessive before a kinship noun still names nobody', () => {
  it('`Moja majka je govorila: „…“` is an unnamed relative', () => {
    const qs = quotes('Selo', 'Marko Lukić kaže da je detinjstvo proveo na selu. Moja majka je govorila: „Ko rano rani, dve sreće grabi.“');
    expect(qs).toContainEqual(['direct', null]);
  });
});

describe('Serbian: marked words that open a sentence its predicate goes on with are a title, not speech', () => {
  it('`„Kuća na brdu“ prodata je …` is no quote', () => {
    const qs = quotes(
      'Nagrada',
      'Roman „Kuća na brdu“ spisateljice Ane Petrović dobio je nagradu.',
      '„Kuća na brdu“ prodata je u više od pet hiljada primeraka.',
    );
    expect(qs.filter(([k]) => k === 'direct')).toEqual([]);
  });
});

describe('Serbian: a dative clitic after the participle is no subject', () => {
  it('`Rekao mi je: „…“` is the man named before, by the participle’s gender', () => {
    expect(
      quotes('Plan', 'Dragana Perić je razgovarala sa ministrom Markom Ilićem prošle nedelje. Rekao mi je: „Imamo plan, ali ga nećemo objavljivati.“'),
    ).toEqual([['direct', 'Marko Ilić']]);
  });
});

describe('Serbian: commas between the portfolios of a role do not end it', () => {
  it('`ministarka za rad, zapošljavanje i socijalna pitanja Jelena Marić` is `ministarka` later', () => {
    const qs = quotes(
      'Pomoć',
      'Pomoć će biti isplaćena u martu, izjavila je danas ministarka za rad, zapošljavanje i socijalna pitanja Jelena Marić.',
      '„Novac je obezbeđen i isplate su sigurne“, rekla je ministarka na konferenciji za novinare.',
    );
    expect(qs.map(([, s]) => s)).toEqual(['Jelena Marić', 'Jelena Marić']);
  });
});

describe('Albanian: organisations as speakers', () => {
  it('an adjunct set off by commas after the subject (`Lista …, në një deklaratë …, njoftoi se`) is no part of it', () => {
    expect(quotes('Zgjedhjet', 'Lista Qytetare, në një deklaratë për mediat, njoftoi se do të marrë pjesë në zgjedhjet e marsit.')).toEqual([
      ['indirect', 'Lista Qytetare'],
    ]);
  });

  it('`Federata … njoftoi se` is the federation', () => {
    expect(quotes('Volejboll', 'Federata Shqiptare e Volejbollit njoftoi se ndeshja shtyhet për të dielën.')).toEqual([
      ['indirect', 'Federata Shqiptare e Volejbollit'],
    ]);
  });

  it('a speech verb in a relative clause (`…, i cili kërkoi të mos përmendej emri, tha se`) is its antecedent’s', () => {
    expect(quotes('Punimet', 'Një zyrtar i Bashkisë së Durrësit, i cili kërkoi të mos përmendej emri, tha se punimet do të nisin në mars.')).toEqual([
      ['indirect', null],
    ]);
  });
});
