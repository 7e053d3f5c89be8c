import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';
import { inscriptionFrame } from './inscription.js';
import { lexiconFor } from './lexicon/index.js';

function quotes(...paragraphs: string[]): [string, string | null][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.text, q.speaker]);
}

describe('a quote whose frame has a banner, sign or headline as subject has no speaker', () => {
  const before = 'Union leader Mark Dolan said the offer was "an insult". "We will not sign it," he added.';

  it('en: `“…,” read a placard held by dockers` is nobody’s, not the last speaker’s', () => {
    expect(quotes('Port strike', before, '"Bosses out of the harbour now," read a placard held by dockers at the gate.').at(-1)).toEqual([
      'Bosses out of the harbour now',
      null,
    ]);
  });

  it('en: `said the sign` and `A sign read:` likewise', () => {
    expect(quotes('Port strike', before, '"No ships will leave this port today," said the sign on the gate.').at(-1)?.[1]).toBeNull();
    expect(quotes('Port strike', before, 'A sign on the gate read: "No ships will leave this port today."').at(-1)?.[1]).toBeNull();
  });

  it('en: a person who wrote in a message is still the speaker', () => {
    expect(quotes('Port strike', before, '"We will be back on Monday with a new offer," he wrote in a message to members.').at(-1)?.[1]).toBe('Mark Dolan');
    expect(inscriptionFrame(' she wrote in a message to members.', lexiconFor('en'))).toBe(false);
    expect(inscriptionFrame('She said in a message:', lexiconFor('en'), true)).toBe(false);
  });

  it('sr: `„…“, pisalo je na transparentu` and Cyrillic `стајало је на паноу`', () => {
    const sr = 'Sindikalna liderka Vesna Marić rekla je da je ponuda „uvreda“. „Nećemo je potpisati“, dodala je.';
    expect(quotes('Štrajk', sr, '„Gazde napolje iz luke odmah“, pisalo je na transparentu radnika ispred kapije.').at(-1)).toEqual([
      'Gazde napolje iz luke odmah',
      null,
    ]);
    const cyr = 'Синдикална лидерка Весна Марић рекла је да је понуда „увреда“. „Нећемо је потписати“, додала је.';
    expect(quotes('Штрајк', cyr, '„Газде напоље из луке одмах“, стајало је на паноу испред капије.').at(-1)?.[1]).toBeNull();
  });

  it('sq: `„…“, shkruhej në një pankartë`', () => {
    const sq = 'Kryetarja e sindikatës Vjosa Berisha tha se oferta ishte „fyerje“. „Nuk do ta nënshkruajmë“, shtoi ajo.';
    expect(quotes('Greva', sq, '„Pronarët jashtë nga porti tani“, shkruhej në një pankartë të punëtorëve.').at(-1)?.[1]).toBeNull();
  });
});
