import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string, string | null][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.text, q.speaker]);
}

describe('Serbian: who speaks in a second clause and after `priznao je on`', () => {
  it('`„…“, priznao je on` after a sentence led by another man: the pronoun is that sentence’s subject', () => {
    const got = quotes(
      'Luka',
      'Predsednik Uprave luke Dragan Savić izjavio je da luka „neće stati“ ni tokom štrajka.',
      'Direktor Nenad Jokić, međutim, kaže da brodovi kasne. „Imamo problem sa dizalicama“, priznao je on.',
    );
    expect(got.find(([t]) => t.startsWith('Imamo'))).toEqual(['Imamo problem sa dizalicama', 'Nenad Jokić']);
  });

  it('Cyrillic `признала је она` is a speech verb too', () => {
    const got = quotes('Лука', 'Директорка Јелена Савић обишла је луку.', '„Имамо проблем са дизалицама“, признала је она.');
    expect(got.at(-1)).toEqual(['Имамо проблем са дизалицама', 'Јелена Савић']);
  });

  it('`„…“, rekla je X, a Y joj je odgovorio da „…“`: the partial is Y’s, the dative clitic the addressee', () => {
    const got = quotes(
      'Luka',
      'Sindikalna liderka Vesna Marić rekla je da štrajk počinje u ponedeljak.',
      '„Mi smo za dogovor, ali protiv ucena“, rekla je Marić, a Nenad Jokić joj je odgovorio da „ucenjuje sindikat, a ne uprava“.',
    );
    expect(got.find(([t]) => t.startsWith('ucenjuje'))).toEqual(['ucenjuje sindikat, a ne uprava', 'Nenad Jokić']);
    expect(got.find(([t]) => t.startsWith('Mi smo'))).toEqual(['Mi smo za dogovor, ali protiv ucena', 'Vesna Marić']);
  });

  it('Cyrillic, the other way round: `рекао је X, а Y му је одговорила да`', () => {
    const got = quotes(
      'Лука',
      'Директор Ненад Јокић рекао је да ће лука радити.',
      '„Лука ради нормално“, рекао је Јокић, а Весна Марић му је одговорила да „лаже управа, а не синдикат“.',
    );
    expect(got.find(([t]) => t.startsWith('лаже'))).toEqual(['лаже управа, а не синдикат', 'Весна Марић']);
  });
});
