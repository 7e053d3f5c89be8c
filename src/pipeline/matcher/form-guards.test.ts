import { describe, expect, it } from 'vitest';
import type { Topic } from '../../model/watchlist.js';
import { compileWatchlist } from './compile.js';

function topic(id: string, terms: string[]): Topic {
  return { id, name: id, terms, exclude: [], priority: 'digest', workspace: null };
}

/** Surface forms of the first topic's mentions in a Serbian article (empty when it did not match). */
function forms(topics: Topic[], paragraphs: string[], language: string | null = 'sr-Latn'): string[] {
  const m = compileWatchlist(topics)
    .match({ paragraphs, language })
    .find((x) => x.topicId === topics[0].id);
  return m ? m.mentions.map((x) => x.text) : [];
}

const most = [topic('most', ['most'])];
const nis = [topic('nis', ['Niš'])];

describe('the plural infix (sr): most → mostovi', () => {
  it('finds every plural case, in both scripts, at the start of a sentence too', () => {
    expect(forms(most, ['Mostovi su stari, a popravka dva mosta i novih mostova kasni.', 'Na mostovima i preko mostove.'])).toEqual([
      'Mostovi',
      'mosta',
      'mostova',
      'mostovima',
      'mostove',
    ]);
    expect(forms(most, ['Мостови преко реке су затворени.'], 'sr-Cyrl')).toEqual(['Мостови']);
    expect(forms([topic('grad', ['grad'])], ['Gradovi na jugu i manji gradovi.'])).toEqual(['Gradovi', 'gradovi']);
    expect(forms([topic('muz', ['muž'])], ['Muževi i žene su čekali.'])).toEqual(['Muževi']);
  });
  it('keeps the traps: Mostar is a city, mostić a diminutive', () => {
    expect(forms(most, ['U Mostaru i oko Mostara, mostarski most je pun.'])).toEqual(['most']);
    expect(forms(most, ['Drveni mostić preko potoka.'])).toEqual([]);
  });
  it('a plural needs a plural ending: a name on the same letters is not one (kos → kosovi, not Kosovo)', () => {
    const kos = [topic('kos', ['kos'])];
    expect(forms(kos, ['Kosovi pevaju u šumi.'])).toEqual(['Kosovi']);
    expect(forms(kos, ['Sastanak o Kosovu i Kosovom Polju.'])).toEqual([]);
  });
  it('only a word written in lower case: the name Most (a party) takes no plural', () => {
    expect(forms([topic('party', ['Most'])], ['Mostovi su zatvoreni.'])).toEqual([]);
    expect(forms([topic('party', ['Most']), topic('bridge', ['most'])], ['Mostovi su zatvoreni.'])).toEqual([]);
    expect(forms([topic('bridge', ['most']), topic('party', ['Most'])], ['Mostovi su zatvoreni.'])).toEqual(['Mostovi']);
  });
  it('not in English text', () => {
    expect(forms(most, ['Mostovi is not an English word.'], 'en')).toEqual([]);
  });
});

describe('the fused -ski adjective (sr): Niš → niški', () => {
  it('finds it with its š, in both scripts, in any case, and with a capital', () => {
    expect(forms(nis, ['Niški gradonačelnik je rekao da će niška skupština zasedati u niškom domu.'])).toEqual(['Niški', 'niška', 'niškom']);
    expect(forms(nis, ['Нишка тврђава и нишки булевар.'], 'sr-Cyrl')).toEqual(['Нишка', 'нишки']);
    expect(forms(nis, ['Turisti bez kvačica idu u Nisku Banju.'])).toEqual(['Nisku']); // a site that drops diacritics
    expect(forms(nis, ['NIŠKI SAJAM POČINJE'])).toEqual(['NIŠKI']);
  });
  it('keeps the traps: niska "low" in lower case, NISKA in capitals, nisu, NIS, Nišava', () => {
    expect(forms(nis, ['Cena je niska, a niski zidovi padaju.'])).toEqual([]);
    expect(forms(nis, ['NISKA CENA GORIVA'])).toEqual([]);
    expect(forms(nis, ['Oni nisu došli, NIS je podigao cene.'])).toEqual([]);
    expect(forms(nis, ['Nišavski okrug i Nišava.'])).toEqual([]);
  });
  it('a capital the sentence gives (its first word) is no name where the article writes diacritics', () => {
    expect(forms(nis, ['Gorivo poskupljuje u četvrtak. Niska cena nafte nije realna, rekao je direktor.'])).toEqual([]);
    expect(forms(nis, ['Poskupljenje: „Niske plate ne prate cene“, kažu radnici.'])).toEqual([]);
    expect(forms(nis, ['U Nišu je protest bio miran. – Niske zgrade stoje.'])).toEqual(['Nišu']);
    // Inside the sentence a capital still is a name's, and the š always counts.
    expect(forms(nis, ['Gosti iz Beča posetili su Nisku Banju.'])).toEqual(['Nisku']);
    expect(forms(nis, ['Gorivo poskupljuje. Niška skupština zaseda.'])).toEqual(['Niška']);
  });
  it('the known limit: in a text written without diacritics, low at the start of a sentence is taken', () => {
    expect(forms(nis, ['Cena je niska. Niske zgrade stoje.'])).toEqual(['Niske']);
  });
  it('the same for the English spelling Nis, and the acronym =NIS never takes it', () => {
    expect(forms([topic('nis', ['Nis'])], ['Niški gradonačelnik, niska cena.'])).toEqual(['Niški']);
    expect(forms([topic('nis-company', ['=NIS'])], ['Niški gradonačelnik, Niška banja, niška skupština.'])).toEqual([]);
    expect(forms([topic('nis-company', ['NIS'])], ['Niški gradonačelnik, Niška banja.'])).toEqual([]);
  });
  it('the other sibilants and affricates: c, ć become č, ć before -ki', () => {
    expect(forms([topic('l', ['Leskovac'])], ['Leskovački sud i leskovačka policija.'])).toEqual(['Leskovački', 'leskovačka']);
    expect(forms([topic('u', ['Užice'])], ['Užička gimnazija i užički kraj.'])).toEqual(['Užička', 'užički']);
    expect(forms([topic('b', ['Bihać'])], ['Bihaćki kanton i bihaćka opština.'])).toEqual(['Bihaćki', 'bihaćka']);
    // a plain s (Pariz → pariski) shows nothing of the name: only with a capital
    expect(forms([topic('p', ['Pariz'])], ['Pariski sporazum i pariski klub.'])).toEqual(['Pariski']);
  });
  it('the other names keep their -ski adjective in lower case', () => {
    for (const [name, text] of [
      ['Beograd', 'beogradski'],
      ['Priština', 'prištinski'],
      ['Prizren', 'prizrenski'],
      ['Kosovo', 'kosovski'],
    ]) {
      expect(forms([topic('x', [name])], [`Ovo je ${text} primer.`])).toEqual([text]);
    }
  });
});

describe('Albanian is not touched', () => {
  it('case endings still match, the verb nis is still not Niš', () => {
    expect(forms([topic('k', ['Kosova'])], ['Qeveria e Kosovës dhe presidentja e Kosovës.'], 'sq')).toEqual(['Kosovës', 'Kosovës']);
    expect(forms([topic('nis', ['Nis'])], ['Ai nisi punën dhe u nisën herët.'], 'sq')).toEqual([]);
  });
});
