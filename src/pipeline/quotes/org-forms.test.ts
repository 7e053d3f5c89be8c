import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { abbreviates } from './org-forms.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('abbreviations and inflected organisation names resolve to the full name', () => {
  it('abbreviates: leading words by stem, then initials of the rest', () => {
    expect(abbreviates(['kancelarija', 'za', 'kim'], ['kancelarija', 'za', 'kosovo', 'i', 'metohiju'])).toBe(true);
    expect(abbreviates(['msp'], ['ministarstvo', 'spoljnih', 'poslova'])).toBe(true);
    expect(abbreviates(['kancelarija', 'za', 'kim'], ['kancelarija', 'eu', 'u', 'pristini'])).toBe(false);
  });
  it('sr-Cyrl: `Канцеларија за КиМ` headline and genitive `Канцеларије` are the office named in full', () => {
    const qs = quotes(
      'Канцеларија за КиМ: Приштина крши Резолуцију 1244',
      'БЕОГРАД – Канцеларија за Косово и Метохију саопштила је да је забрана уласка неприхватљива.',
      'Према речима Канцеларије, секретар је враћен са прелаза у четвртак ујутру.',
      'Канцеларија ЕУ у Приштини није се огласила.',
    );
    expect(find(qs, 'Приштина крши')?.speaker).toBe('Канцеларија за Косово и Метохију');
    expect(find(qs, 'враћен са прелаза')?.speaker).toBe('Канцеларија за Косово и Метохију');
  });
  it('sr: Latin `Kancelarija za KiM` and `Kancelarije`', () => {
    const qs = quotes(
      'Kancelarija za KiM: Priština krši Rezoluciju 1244',
      'Kancelarija za Kosovo i Metohiju saopštila je da je zabrana ulaska neprihvatljiva.',
      'Prema rečima Kancelarije, sekretar je vraćen sa prelaza u četvrtak ujutru.',
    );
    expect(find(qs, 'Priština krši')?.speaker).toBe('Kancelarija za Kosovo i Metohiju');
    expect(find(qs, 'vraćen sa prelaza')?.speaker).toBe('Kancelarija za Kosovo i Metohiju');
  });
  it('sr: a masculine name indexed in the genitive is reported in the nominative', () => {
    const qs = quotes(
      'H',
      'Kancelarija je osudila zabranu ulaska državnog sekretara Miloša Jankovića na Kosovo.',
      '– Nisam došao kao provokator, nego da obiđem decu u školi – rekao je Janković novinarima.',
    );
    expect(find(qs, 'provokator')?.speaker).toBe('Miloš Janković');
  });
});

describe('a diplomat noun with a nationality may be the holder of an institution’s post', () => {
  it('en: `the French diplomat` is the EU’s representative named before', () => {
    const qs = quotes(
      'H',
      'The EU’s Special Representative for the Belgrade-Pristina dialogue, Claire Mercier, met both leaders on Tuesday.',
      'Asked about sanctions, the French diplomat said that all options remained open for the Union.',
    );
    expect(qs.find((q) => q.text.includes('all options'))?.speaker).toBe('Claire Mercier');
  });
  it('sr: `francuski diplomata` is the EU’s special representative; a Russian ambassador stays someone else', () => {
    const qs = quotes(
      'H',
      'Specijalni predstavnik EU za dijalog Claire Mercier sastala se sa oba lidera.',
      'Francuska diplomata je rekla da su sve opcije i dalje otvorene za Uniju.',
    );
    expect(qs.find((q) => q.text.includes('sve opcije'))?.speaker).toBe('Claire Mercier');
    const other = quotes(
      'H',
      'The EU’s Special Representative, Claire Mercier, met both leaders on Tuesday.',
      'The Russian ambassador said that the talks had failed completely and for good.',
    );
    expect(other.find((q) => q.text.includes('talks had failed'))?.speaker).toBeNull();
  });
});
