import { describe, expect, it } from 'vitest';
import { headlineOf } from './headline.js';

function item(title: string, paragraphs: string[], summary: string | null = null) {
  return {
    item: {
      guid: null,
      key: 'k',
      title,
      link: null,
      canonicalLink: null,
      published: null,
      author: null,
      categories: [],
      summary,
      contentHtml: null,
      text: paragraphs.join('\n\n'),
      enclosures: [],
    },
    article: { paragraphs: [title, ...paragraphs] },
  };
}

describe('headlineOf', () => {
  it('is the title when there is one', () => {
    expect(headlineOf(item('  Bridge  reopens ', ['Text.']))).toBe('Bridge reopens');
  });
  it("is the first sentence of an untitled item's text, trimmed", () => {
    expect(headlineOf(item('', ['  The bridge in Mitrovica reopened this morning. Police were present. ']))).toBe(
      'The bridge in Mitrovica reopened this morning.',
    );
    expect(headlineOf(item('', [], 'Most je ponovo otvoren. Policija je bila prisutna.'))).toBe('Most je ponovo otvoren.');
  });
  it('cuts a very long first sentence at a word with an ellipsis, and is empty without any text', () => {
    const long = `${'word '.repeat(60)}end.`;
    const h = headlineOf(item('', [long]));
    expect(h.length).toBeLessThanOrEqual(160);
    expect(h.endsWith('word…')).toBe(true);
    expect(headlineOf(item('', []))).toBe('');
  });
});
