import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('attribution forms real news uses (beyond the dev corpus)', () => {
  it('en: `, he added, ` inside a quote gives both halves to the speaker', () => {
    const qs = quotes('H', 'Prime Minister Albin Kurti met the envoy.', '“We will not accept it,” he added, “because it was imposed from outside.”');
    expect(find(qs, 'We will not accept it')?.speaker).toBe('Albin Kurti');
    expect(find(qs, 'imposed from outside')?.speaker).toBe('Albin Kurti');
  });
  it('en: `said in a statement that`, `told reporters`, `wrote on Facebook that`, `wrote on X:`', () => {
    const qs = quotes(
      'H',
      'The Serbian Ministry of Foreign Affairs said in a statement that the border crossing would reopen on Friday.',
      'Kosovo Prime Minister Albin Kurti told reporters the crossing would stay closed until Monday.',
      'Opposition leader Lumir Abdixhiku wrote on Facebook that the government had failed the north.',
      'Serbian President Aleksandar Vučić wrote on X: “Serbia will never recognise the independence of Kosovo.”',
    );
    expect(find(qs, 'border crossing would reopen')?.speaker).toBe('Serbian Ministry of Foreign Affairs');
    expect(find(qs, 'stay closed until Monday')?.speaker).toBe('Albin Kurti');
    expect(find(qs, 'failed the north')?.speaker).toBe('Lumir Abdixhiku');
    expect(find(qs, 'never recognise')).toMatchObject({ kind: 'direct', speaker: 'Aleksandar Vučić' });
  });
  it('sr: `kazao je`, `naglasila je`, `poručio je`, `izjavio je za N1`', () => {
    const qs = quotes(
      'H',
      '„Srbija neće priznati nezavisnost Kosova“, kazao je predsednik Aleksandar Vučić.',
      'Premijerka Ana Brnabić naglasila je da Srbija ostaje posvećena dijalogu.',
      'Predsednik opštine Gračanica Srđan Popović poručio je da će škola raditi normalno.',
      'Ministar Dragan Lazović izjavio je za N1 da je situacija na severu stabilna.',
    );
    expect(find(qs, 'neće priznati')).toMatchObject({ kind: 'direct', speaker: 'Aleksandar Vučić' });
    expect(find(qs, 'posvećena dijalogu')?.speaker).toBe('Ana Brnabić');
    expect(find(qs, 'škola raditi')?.speaker).toBe('Srđan Popović');
    expect(find(qs, 'situacija na severu')?.speaker).toBe('Dragan Lazović');
  });
  it('sr-Cyrl: `изјавио је за РТС`', () => {
    const qs = quotes('Н', 'Министар Драган Лазовић изјавио је за РТС да је ситуација на северу стабилна.');
    expect(find(qs, 'ситуација на северу')?.speaker).toBe('Драган Лазовић');
  });
  it('sq: `deklaroi se`, `theksoi se`, `shtoi ai` after a quote', () => {
    const qs = quotes(
      'H',
      'Kryeministri Albin Kurti deklaroi se Kosova nuk do të tërhiqet nga veriu.',
      'Ministrja Donika Gërvalla theksoi se dialogu duhet të vazhdojë.',
      '“Ne nuk do të tërhiqemi nga veriu”, shtoi ajo.',
    );
    expect(find(qs, 'nuk do të tërhiqet')?.speaker).toBe('Albin Kurti');
    expect(find(qs, 'dialogu duhet')?.speaker).toBe('Donika Gërvalla');
    expect(find(qs, 'tërhiqemi')).toMatchObject({ kind: 'direct', speaker: 'Donika Gërvalla' });
  });
});
