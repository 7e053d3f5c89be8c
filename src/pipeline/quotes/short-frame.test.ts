import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string, string | null][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.text, q.speaker]);
}

describe('a speech frame whose quote is too short to keep still names the speaker of what follows', () => {
  it('en: `X replied: "Never."` — the next uncued quote is X’s, not the previous paragraph’s speaker', () => {
    const got = quotes(
      'Port strike',
      'Union leader Mark Dolan said the offer was "an insult". "We will not sign it," he added.',
      'Asked whether she would sign, harbour director Eva Marsh replied: "Never." Journalists pressed her. "Not this year. The board sent me to cut costs."',
    );
    expect(got.at(-1)).toEqual(['Not this year. The board sent me to cut costs.', 'Eva Marsh']);
  });

  it('sr: `X je odgovorio: „Ne.“` — the next uncued quote is X’s', () => {
    const got = quotes(
      'Štrajk u luci',
      'Sindikalna liderka Vesna Marić rekla je da je ponuda „uvreda“. „Nećemo je potpisati“, dodala je.',
      'Upitan da li će potpisati, direktor luke Dejan Kostić je odgovorio: „Nikada.“ Novinari su insistirali. „Ne ove godine. Postavljen sam da smanjim troškove.“',
    );
    expect(got.at(-1)).toEqual(['Ne ove godine. Postavljen sam da smanjim troškove.', 'Dejan Kostić']);
  });
});

describe('a quote’s first-person participle tells its speaker’s gender (sr)', () => {
  it('`Izabran sam …` with no cue is never a woman’s, though she spoke last', () => {
    const got = quotes(
      'Štrajk u luci',
      'Sindikalna liderka Vesna Marić rekla je da je ponuda „uvreda“. „Nećemo je potpisati“, dodala je.',
      '„Izabran sam da smanjim troškove i to ću uraditi.“',
    );
    expect(got.at(-1)).toEqual(['Izabran sam da smanjim troškove i to ću uraditi.', null]);
  });

  it('`Izabrana sam …` stays with the woman who spoke last', () => {
    const got = quotes('Štrajk u luci', 'Sindikalna liderka Vesna Marić rekla je da je ponuda „uvreda“.', '„Izabrana sam da branim radnike i to ću uraditi.“');
    expect(got.at(-1)).toEqual(['Izabrana sam da branim radnike i to ću uraditi.', 'Vesna Marić']);
  });

  it('Cyrillic: `нисам рекао` is a man’s words, not the woman’s before', () => {
    const got = quotes('Штрајк', 'Синдикална лидерка Весна Марић рекла је да је понуда „увреда“.', '„Никада нисам рекао да ћемо потписати ту понуду.“');
    expect(got.at(-1)).toEqual(['Никада нисам рекао да ћемо потписати ту понуду.', null]);
  });
});
