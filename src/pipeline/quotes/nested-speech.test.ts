import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

/** [kind, speaker, role] of every quote of the article. */
function quotes(...paragraphs: string[]): [string, string | null, string | null][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.kind, q.speaker, q.speakerRole]);
}
const direct = (...paragraphs: string[]) => quotes(...paragraphs).filter(([k]) => k === 'direct');

/** An English filler paragraph, so that short test articles are read as English. */
const EN = 'The talks that the two sides held in the capital on Monday were the first of the year, and the mood is said to be tense.';
/** A Serbian filler paragraph with no report in it. */
const SR = 'Pregovori su održani u ponedeljak u glavnom gradu i trajali su do kasno u noć, a o njima se mnogo pisalo.';

describe('speech nested in speech: the inner speaker says the quote', () => {
  it('en: a quote after `adding that Y had told him:` is Y’s, not the reporting subject’s', () => {
    expect(
      direct(EN, '"Our door stays open," Mayor Ruth Okafor said, adding that Governor Liam Brandt had once told her: "Not one cent more for your city."'),
    ).toEqual([
      ['direct', 'Ruth Okafor', 'Mayor'],
      ['direct', 'Liam Brandt', 'Governor'],
    ]);
  });

  it('en: `X quoted Y as saying:` is Y’s, and `X quoted` is no role', () => {
    expect(direct(EN, 'The committee chair quoted Dana Whitlock as saying: "We never saw the second contract."')).toEqual([['direct', 'Dana Whitlock', null]]);
  });

  it('en: a relative clause `who told him:` gives the quote to its antecedent, past a place after it', () => {
    expect(direct(EN, 'The envoy said he had met an official in Geneva who told him: "Nobody here will sign that paper."')).toEqual([
      ['direct', null, 'an official'],
    ]);
  });

  it('sr: a colon after a da-clause whose own subject speaks gives the quote to that subject', () => {
    expect(direct(SR, 'Predsednik opštine Zoran Lukić naveo je da je i njegov prethodnik Dragan Simić često ponavljao: „Bez puta nema ni sela.“')).toEqual([
      ['direct', 'Dragan Simić', null],
    ]);
  });

  it('sr: `… koji mu je rekao:` gives the quote to the antecedent (a role with no name is nobody named), never the subject', () => {
    const q = direct(SR, 'Ministarka Jelena Kostić citirala je jednog nemačkog diplomatu koji joj je tada rekao: „Vaš put u Uniju biće dug.“');
    expect(q).toHaveLength(1);
    expect(q[0][1]).toBeNull();
  });

  it('sr: the antecedent role is the person named with it earlier, never the quoting subject', () => {
    expect(
      direct(
        SR,
        'Turski ambasador Mehmet Kaya obišao je u utorak opštinu.',
        'Gradonačelnik Milan Ristić citirao je turskog ambasadora koji mu je rekao: „Pomoć stiže do kraja meseca.“',
      )[0][1],
    ).toBe('Mehmet Kaya');
  });

  it('en: a main-clause subject with `who told reporters:` is still the speaker', () => {
    expect(direct(EN, 'Mayor Ruth Okafor, who told reporters: "The bridge opens in May," left before the vote.')).toEqual([['direct', 'Ruth Okafor', 'Mayor']]);
  });

  it('sr: the antecedent named in the relative clause’s sentence speaks', () => {
    expect(direct(SR, 'Novinar je citirao Milana Jovića, koji je ranije rekao: „Fabrika se neće zatvoriti.“')[0][1]).toMatch(/^Milan/);
  });

  it('sq: `X, i cili kishte thënë:` stays X’s', () => {
    expect(
      direct(
        'Bisedimet vazhduan të hënën në Prishtinë dhe u mbyllën pa marrëveshje, tha një zyrtar.',
        'Ai citoi Agron Berishën, i cili kishte thënë: «Askush nuk do ta nënshkruajë këtë.»',
      )[0][1],
    ).toMatch(/^Agron Berish/);
  });
});

describe('verbs of asking and answering that close a quote name their subject', () => {
  it('en: `"…?" X asked rhetorically.` is X’s, not the previous paragraph’s speaker', () => {
    expect(direct(EN, '"We are ready for anything," said Tom Weller.', '"Who would pay for a bridge to nowhere?" Nora Quist asked rhetorically.')).toEqual([
      ['direct', 'Tom Weller', null],
      ['direct', 'Nora Quist', null],
    ]);
  });

  it('en: `asked X`, `X wondered aloud`, `X retorted` after a quote', () => {
    expect(
      direct(
        EN,
        '"Is anyone still listening to us?" asked Paul Brody.',
        '"What happens after the vote?" Mia Torres wondered aloud.',
        '"Not in this decade," Ivo Sand retorted.',
      ),
    ).toEqual([
      ['direct', 'Paul Brody', null],
      ['direct', 'Mia Torres', null],
      ['direct', 'Ivo Sand', null],
    ]);
  });

  it('sr: `upitao je X`, an adverb before `je upitao`, and `uzvratila je X`', () => {
    expect(
      direct(
        SR,
        '„Ko će to da plati?“, upitao je Nenad Perić.',
        '„Zar neko u to veruje?“, retorički je upitao Goran Savić.',
        '„Niko, baš niko od vas“, uzvratila je Milica Đorđević.',
      ),
    ).toEqual([
      ['direct', 'Nenad Perić', null],
      ['direct', 'Goran Savić', null],
      ['direct', 'Milica Đorđević', null],
    ]);
  });

  it('sq: `pyeti X` after a quote', () => {
    expect(
      direct('Bisedimet vazhduan të hënën në Prishtinë dhe u mbyllën pa marrëveshje, tha një zyrtar.', '«Kush do ta paguajë këtë urë?», pyeti Arben Gashi.'),
    ).toEqual([['direct', 'Arben Gashi', null]]);
  });
});

describe('an oblique pronoun before a speech verb is the one spoken to, never the speaker', () => {
  it('sr: `Njemu je odgovorila … X:` is X’s', () => {
    expect(direct(SR, 'Njemu je odgovorila poslanica Vesna Marić: „Vaše brojke ne stoje.“')).toEqual([['direct', 'Vesna Marić', 'poslanica']]);
  });

  it('sr: a pronoun before `je uzvratio X` after a quote', () => {
    expect(direct(SR, '„Vaše brojke ne stoje, i to znate“, njoj je uzvratio ministar Petar Lukić.')).toEqual([['direct', 'Petar Lukić', 'ministar']]);
  });
});

describe('a role holds no complementiser, verb or noun of what was said', () => {
  it('sr: `izjavu predsednice X, koja je rekla da …` is X (first name in the nominative), with no `izjavu` role', () => {
    const q = quotes(SR, 'Sindikat je osudio izjavu gradonačelnice Beograda Marije Nikolić, koja je rekla da su plate „sasvim dovoljne“.');
    expect(q.length).toBeGreaterThan(0);
    for (const [, speaker, role] of q) {
      expect(speaker).toBe('Marija Nikolić');
      expect(role ?? '').not.toMatch(/izjav/);
    }
  });

  it('en: `X later wrote, adding that President Y …` gives no role `adding that President`', () => {
    for (const [, speaker, role] of quotes(EN, '"It is simply untrue," Hale later wrote, adding that President Moss had "no idea what was agreed".')) {
      expect(speaker).toBe('Hale');
      expect(role ?? '').not.toMatch(/adding|that/);
    }
  });
});
