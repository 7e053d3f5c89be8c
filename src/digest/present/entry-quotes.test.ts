/** Quotes of one entry as composeDigest presents them: no repeated claim, within the word budgets, reported speech unmarked. */
import { describe, expect, it } from 'vitest';
import { composeDigest } from '../compose.js';
import { analyzedItem, TOPICS, type QuoteSpec } from '../testdata/build.js';

const WINDOW = { start: new Date('2026-11-27T00:00:00Z'), end: new Date('2026-11-28T00:00:00Z') };

const TEXT = [
  'Minister: Serbia will not join NATO',
  'BELGRADE – Serbia will not join NATO, the minister said on Tuesday, answering a question about Kosovo.',
  '“Serbia will not join NATO. Our neutrality is written in a resolution of the Assembly, and no government can change it alone. We talk to everyone, in Brussels and in Moscow, and we will keep doing so,” the minister, Jana Petrović, told reporters.',
  'She said that the government would present its plan for Kosovo to parliament in spring.',
  'Asked about the talks, Petrović said the next round would be held in Brussels, adding that she “expects no miracles”.',
].join('\n\n');

function compose(quotes: QuoteSpec[], opts: { quoteWords?: number; entryQuoteWords?: number; maxQuotesPerEntry?: number } = {}) {
  const item = analyzedItem({
    id: 'a',
    outlet: 'Outlet',
    link: 'https://outlet.example/a',
    published: '2026-11-27T09:00:00Z',
    text: TEXT,
    topics: { kosovo: [['Kosovo', ['Kosovo']]] },
    quotes,
  });
  return composeDigest({ subscription: null, topics: TOPICS, items: [item], window: WINDOW, ...opts }).sections[0].entries[0];
}

const DIRECT =
  'Serbia will not join NATO. Our neutrality is written in a resolution of the Assembly, and no government can change it alone. We talk to everyone, in Brussels and in Moscow, and we will keep doing so';

describe('quotes of an entry', () => {
  it("folds the headline's own claim and a partial quote the direct one already holds", () => {
    const e = compose(
      [
        { text: 'Serbia will not join NATO', speaker: 'Jana Petrović', kind: 'indirect', salience: 0.9 },
        { text: DIRECT, speaker: 'Jana Petrović', kind: 'direct', salience: 0.7 },
        { text: 'Our neutrality is written in a resolution of the Assembly', speaker: 'Jana Petrović', kind: 'partial', salience: 0.8 },
      ],
      { maxQuotesPerEntry: 3 },
    );
    expect(e.quotes.map((q) => q.kind)).toEqual(['direct']);
    expect(e.quotes[0].text).toBe(DIRECT);
  });

  it('cuts a quote to its budget at sentences, with ellipses, and keeps every quote within the entry budget', () => {
    const e = compose(
      [
        { text: DIRECT, speaker: 'Jana Petrović', kind: 'direct', salience: 0.9 },
        { text: 'the government would present its plan for Kosovo to parliament in spring', speaker: 'Jana Petrović', kind: 'indirect', salience: 0.5 },
      ],
      { quoteWords: 20, entryQuoteWords: 40 },
    );
    const direct = e.quotes.find((q) => q.kind === 'direct')!;
    // The opening sentence only restates the headline, so the key sentence after it is kept.
    expect(direct.text).toBe('… Our neutrality is written in a resolution of the Assembly, and no government can change it alone. …');
    const words = e.quotes.map(
      (q) =>
        q.text
          .replace(/…/g, '')
          .split(/\s+/)
          .filter((w) => w).length,
    );
    for (const w of words) expect(w).toBeLessThanOrEqual(20);
    expect(words.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(40);
    // The link points at the kept words.
    expect(direct.link).toContain('#:~:text=Our%20neutrality%20is%20written,can%20change%20it%20alone.');
  });

  it("shows reported speech as the outlet's sentence, with the speaker when the sentence does not name them", () => {
    const e = compose([
      {
        text: 'the government would present its plan for Kosovo to parliament in spring',
        speaker: 'Jana Petrović',
        role: 'minister',
        kind: 'indirect',
        salience: 0.9,
      },
      { text: 'the next round would be held in Brussels', speaker: 'Jana Petrović', kind: 'indirect', salience: 0.8 },
    ]);
    expect(e.quotes.map((q) => [q.text, q.namesSpeaker])).toEqual([
      ['She said that the government would present its plan for Kosovo to parliament in spring.', false],
      ['Asked about the talks, Petrović said the next round would be held in Brussels, adding that she “expects no miracles”.', true],
    ]);
  });

  it('drops a quote that the rest of the entry budget could only mangle', () => {
    const e = compose(
      [
        { text: DIRECT, speaker: 'Jana Petrović', kind: 'direct', salience: 0.9 },
        { text: 'the next round would be held in Brussels', speaker: 'Jana Petrović', kind: 'indirect', salience: 0.8 },
      ],
      { quoteWords: 40, entryQuoteWords: 40 },
    );
    expect(e.quotes).toHaveLength(1);
  });
});
