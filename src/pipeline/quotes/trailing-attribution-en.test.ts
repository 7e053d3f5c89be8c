import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words) && q.kind === 'direct');

describe('en: a quote continued outside its marks is named by the attribution that closes the sentence', () => {
  it('`“…” with the ruling, said X, a director of …`', () => {
    const qs = quotes('Farmers welcome ruling', '“We are very pleased” with the ruling, said Mary Jones, director of the Farmers League.');
    expect(find(qs, 'We are very pleased')?.speaker).toBe('Mary Jones');
  });

  it('`“…” unless …, says X.` with a present-tense verb', () => {
    const qs = quotes('Voters stay home', '"Nobody turns out for a dull race" unless the weather is fine, says Peter Grant, a pollster in Leeds.');
    expect(find(qs, 'Nobody turns out')?.speaker).toBe('Peter Grant');
  });

  it('a sentence-final quote and a quote with its own attribution are left alone', () => {
    const qs = quotes(
      'Council meets',
      'The mayor opened the session with a warning: “The budget is short.”',
      '“We will cut costs,” Tom Baker said, and added that taxes would stay.',
    );
    expect(find(qs, 'We will cut costs')?.speaker).toBe('Tom Baker');
  });

  it('`declares X` after the quote, like `says X`', () => {
    const qs = quotes('Veterans vote', '"I am a voter," declares Anna Kowal, 27, a veteran who studies in Denver.');
    expect(find(qs, 'I am a voter')?.speaker).toBe('Anna Kowal');
  });
});
