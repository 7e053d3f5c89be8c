import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { cleanRole, cleanSpeakerName } from './role-text.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('cleanRole: a role is a clean noun phrase', () => {
  it('en: datelines and dates are not part of a role', () => {
    expect(cleanRole('12 June 2025 – France’s Minister Delegate for Europe')).toBe('France’s Minister Delegate for Europe');
    expect(cleanRole('NEW YORK, 22 April 2026 – The British ambassador to the UN')).toBe('The British ambassador to the UN');
    expect(cleanRole('– The EU Special Representative')).toBe('The EU Special Representative');
  });
  it('sr: a dateline before a role noun goes (Latin and Cyrillic)', () => {
    expect(cleanRole('BEOGRAD – Ministar spoljnih poslova')).toBe('Ministar spoljnih poslova');
    expect(cleanRole('БЕОГРАД – Министар спољних послова')).toBe('Министар спољних послова');
  });
  it('sq: a dateline before a role noun goes', () => {
    expect(cleanRole('PRISHTINË – Zëvendëskryeministrja e Kosovës')).toBe('Zëvendëskryeministrja e Kosovës');
    expect(cleanRole('JORK – Ministrja')).toBe('Ministrja');
  });
  it('en: a clause with a speech verb gives the role after it, a quote tail goes', () => {
    expect(cleanRole("» Marchal said after meeting Kosovo's Prime Minister")).toBe("Kosovo's Prime Minister");
    expect(cleanRole('qqqqq qqqq" – the centre’s Russian co-director')).toBe('the centre’s Russian co-director');
    expect(cleanRole('including the mayor of Gračanica')).toBe('the mayor of Gračanica');
  });
  it('sr: a speech verb before the role and a complement clause', () => {
    expect(cleanRole('rekao je direktor festivala')).toBe('direktor festivala');
    expect(cleanRole('saopštila je da je zabrana ulaska državnog sekretara')).toBeNull();
  });
  it('time adverbials close neither roles nor names (en, sr, sq)', () => {
    expect(cleanRole('Foreign Minister on Monday')).toBe('Foreign Minister');
    expect(cleanRole('ministar spoljnih poslova u ponedeljak')).toBe('ministar spoljnih poslova');
    expect(cleanRole('Ministri i Jashtëm të hënën')).toBe('Ministri i Jashtëm');
    expect(cleanSpeakerName('Serbian Ministry of Foreign Affairs on Monday')).toBe('Serbian Ministry of Foreign Affairs');
    expect(cleanSpeakerName("Kosovo's Central Election Commission on Thursday")).toBe("Kosovo's Central Election Commission");
    expect(cleanSpeakerName('Ministarstvo spoljnih poslova juče')).toBe('Ministarstvo spoljnih poslova');
  });
  it('time adverbials do not open a role either, after an inverted verb (sr, sq, en)', () => {
    expect(cleanRole('rekao je danas ministar unutrašnjih poslova')).toBe('ministar unutrašnjih poslova');
    expect(cleanRole('izjavio je juče ambasador')).toBe('ambasador'); // Cyrillic is read in its Latin view
    expect(cleanRole('tha sot kryeministri')).toBe('kryeministri');
    expect(cleanRole('said today the minister of finance')).toBe('the minister of finance');
  });
  it('no role noun left, or a list remnant → null', () => {
    expect(cleanRole('leaving the')).toBeNull();
    expect(cleanRole('Belarus, and Serbia Ambassador')).toBeNull();
    expect(cleanRole(null)).toBeNull();
  });
});

describe('speakerRole in quotes', () => {
  it('en: a dateline paragraph gives the role without the dateline', () => {
    const qs = quotes(
      'Talks',
      'PARIS, 12 June 2025 – France’s Minister Delegate for Europe, Étienne Marchal, said that the dialogue must resume without conditions.',
    );
    const q = find(qs, 'dialogue must resume');
    expect(q?.speaker).toBe('Étienne Marchal');
    expect(q?.speakerRole).toBe('France’s Minister Delegate for Europe');
  });
  it('sr-Cyrl: the role is given in the article’s script', () => {
    const qs = quotes('Наслов', '„Центар ради у складу са споразумом две владе“, рекао је руски кодиректор центра Андреј Калињин.');
    const q = find(qs, 'Центар ради');
    expect(q?.speaker).toBe('Андреј Калињин');
    expect(q?.speakerRole).toBe('руски кодиректор центра');
  });
  it('en: a curly apostrophe in a possessive is no closing quote; time words leave the speaker', () => {
    const qs = quotes(
      'H',
      'Kosovo’s Central Election Commission on Thursday announced that the vote would be repeated in four municipalities.',
      'The Serbian Ministry of Foreign Affairs on Monday said that the ban was a violation of Resolution 1244.',
    );
    expect(find(qs, 'vote would be repeated')?.speaker).toBe('Kosovo’s Central Election Commission');
    expect(find(qs, 'violation of Resolution')?.speaker).toBe('Serbian Ministry of Foreign Affairs');
  });
  it('sq and sr: a dateline never reaches the role', () => {
    const sq = find(quotes('H', 'PRISHTINË – Zëvendëskryeministrja e Kosovës Lirije Selimi tha se qendra në Nish duhet të mbyllet.'), 'qendra në Nish');
    expect(sq?.speaker).toBe('Lirije Selimi');
    expect(sq?.speakerRole).toBe('Zëvendëskryeministrja e Kosovës');
    const sr = find(quotes('Н', 'ПРИШТИНА – Министарка спољних послова Косова Доника Герваља рекла је да Србија дестабилизује север.'), 'дестабилизује');
    expect(sr?.speakerRole).toBe('Министарка спољних послова Косова');
  });
});
