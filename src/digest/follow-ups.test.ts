/**
 * A story the channel already received is not sent again — unless a later item of it brings a quote
 * the channel has not received: then it is delivered as an update showing only what is new (ADR 0163).
 * Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import type { AnalyzedItem } from '../model/story.js';
import { composeDigest } from './compose.js';
import { againstDelivered, newQuotes, repeatedItems } from './repeats.js';
import { analyzedItem, TOPICS, type QuoteSpec } from './testdata/build.js';
import { renderText } from './render/text.js';
import { renderDiscord } from './render/discord/index.js';
import { renderSlack } from './render/slack/index.js';
import { toSerbianCyrillic } from '../../test/support/cyrillic.js';

const WINDOW = { start: new Date('2026-11-27T12:00:00Z'), end: new Date('2026-11-28T12:00:00Z') };
const SUB = { id: 'sub-1', topics: [] as string[], timezone: 'UTC', locale: 'en' };

const BACKGROUND =
  'The Kosovo government closed the old border crossing near the lake last spring after a long dispute over customs fees with the neighbouring municipality. Since then lorries have taken a detour of ninety kilometres through the mountains, and the hauliers have asked for a new crossing every month.';
const OLD_QUOTE = 'We will open a new crossing before the winter, and the detour will end';
const NEW_QUOTE = 'The contractor walked away, and we will not wait another year for a new one';

function item(id: string, outlet: string, title: string, body: string, quotes: QuoteSpec[], published: string): AnalyzedItem {
  return analyzedItem({
    id,
    outlet,
    link: `https://${outlet.toLowerCase().replace(/\W/g, '')}.example/${id}`,
    published,
    firstSeen: published,
    text: `${title}\n\n${body}`,
    topics: { kosovo: [['Kosovo', ['Kosovo']]] },
    quotes,
  });
}

const delivered = item(
  'old',
  'Outlet A',
  'Kosovo approves a new border crossing by the lake',
  `${BACKGROUND}\n\nOn Monday the cabinet approved the plan. "${OLD_QUOTE}," minister Arta Dreni said.`,
  [{ text: OLD_QUOTE, speaker: 'Arta Dreni', salience: 0.8 }],
  '2026-11-27T08:00:00Z',
);

/** Another item with the delivered story's headline, text and quote (a copy, an alert, a resend). */
const copyOf = (id: string, outlet: string, published: string) =>
  item(id, outlet, delivered.item.title, delivered.item.text, [{ text: OLD_QUOTE, speaker: 'Arta Dreni', salience: 0.8 }], published);

const digestOf = (items: AnalyzedItem[], followUps?: Map<string, AnalyzedItem[]>) =>
  composeDigest({ subscription: SUB, topics: TOPICS, items, window: WINDOW, followUps });

describe('follow-ups of a delivered story', () => {
  it('the same text again (another outlet, under the same headline) brings nothing new: left out', () => {
    const copy = copyOf('copy', 'Outlet B', '2026-11-27T14:00:00Z');
    const d = digestOf([copy]);
    expect(newQuotes(copy, [delivered])).toEqual([]);
    expect([...repeatedItems(d, [copy], [delivered])]).toEqual(['copy']);
  });

  it('the same story, updated under the same headline with a new quote, is delivered as an update showing only the new quote', () => {
    const update = item(
      'update',
      'Outlet A',
      delivered.item.title,
      `${delivered.item.text}\n\nOn Thursday the contractor withdrew. "${NEW_QUOTE}," Dreni told the assembly.`,
      [
        { text: OLD_QUOTE, speaker: 'Arta Dreni', salience: 0.9 },
        { text: NEW_QUOTE, speaker: 'Arta Dreni', salience: 0.7 },
      ],
      '2026-11-27T15:00:00Z',
    );
    const first = digestOf([update]);
    const { repeated, followUps } = againstDelivered(first, [update], [delivered]);
    expect(repeated.size).toBe(0);
    expect([...followUps.keys()]).toEqual(['update']);
    const d = digestOf([update], followUps);
    const [e] = d.sections.flatMap((s) => s.entries);
    expect(e.followUp).toBe(true);
    expect(e.quotes.map((q) => q.text)).toEqual([NEW_QUOTE]);
    expect(renderText(d)).toContain(`1. Update: ${delivered.item.title}`);
    expect(JSON.stringify(renderDiscord(d))).toContain('Update: Kosovo approves');
    expect(JSON.stringify(renderSlack(d))).toContain('Update: Kosovo approves');
    expect(renderText({ ...d, locale: 'sr-Latn' })).toContain(`1. Novo: ${delivered.item.title}`);
    // Over the section's cap, its "+N more" line says so too.
    const over = composeDigest({ subscription: SUB, topics: TOPICS, items: [update], window: WINDOW, followUps, maxEntries: 0 });
    expect(over.sections[0].more?.[0].followUp).toBe(true);
    expect(renderText(over)).toContain(`• Update: ${delivered.item.title}`);
    expect(JSON.stringify(renderDiscord(over))).toContain('Update: Kosovo approves');
    expect(JSON.stringify(renderSlack(over))).toContain('Update: Kosovo approves');
  });

  it('a Cyrillic copy of the delivered quote is not new; a partial quote the delivered text lacks is', () => {
    const cyr = copyOf('cyr', 'Вести', '2026-11-27T16:00:00Z');
    // The delivered item in Cyrillic: the folded words are the same.
    const toCyr = (s: string) => s.replace(/a/g, 'а').replace(/e/g, 'е').replace(/o/g, 'о');
    const oldCyr = { ...delivered, article: { ...delivered.article, paragraphs: delivered.article.paragraphs.map(toCyr) } };
    expect(newQuotes(cyr, [oldCyr])).toEqual([]);
    const partial = item(
      'partial',
      'Outlet C',
      delivered.item.title,
      `${delivered.item.text} The minister called the withdrawal "a betrayal of the hauliers" on Friday.`,
      [{ text: 'a betrayal of the hauliers', speaker: 'Arta Dreni', kind: 'partial', salience: 0.6 }],
      '2026-11-27T17:00:00Z',
    );
    expect(newQuotes(partial, [delivered]).map((q) => q.text)).toEqual(['a betrayal of the hauliers']);
  });

  it('a two-word partial quote the delivered text holds (not among the quotes shown) is not new; one it lacks is', () => {
    // The delivered article holds "keeping watch" though a digest showed at most two other quotes.
    const said = (q: string) => `${delivered.item.text} The lake authority declined to comment, but its spokesman, Ilir Basha, said it was "${q}".`;
    const quotes = (q: string): QuoteSpec[] => [
      { text: OLD_QUOTE, speaker: 'Arta Dreni', salience: 0.8 },
      { text: q, speaker: 'Ilir Basha', kind: 'partial', salience: 0.5 },
    ];
    const old = item('old2', 'Outlet A', delivered.item.title, said('keeping watch'), quotes('keeping watch'), '2026-11-27T08:00:00Z');
    const copy = item('copy2', 'Outlet B', delivered.item.title, said('keeping watch'), quotes('keeping watch'), '2026-11-27T14:00:00Z');
    expect(newQuotes(copy, [old])).toEqual([]);
    const d = digestOf([copy]);
    const { repeated, followUps } = againstDelivered(d, [copy], [old]);
    expect([...repeated]).toEqual(['copy2']);
    expect(followUps.size).toBe(0);
    // Its words must stand together and in order: apart, or the other way round, they are news.
    const apart = item('apart', 'Outlet C', delivered.item.title, said('watch keeping'), quotes('watch keeping'), '2026-11-27T15:00:00Z');
    expect(newQuotes(apart, [old]).map((q) => q.text)).toEqual(['watch keeping']);
    const fresh = item('fresh', 'Outlet C', delivered.item.title, said('deeply worried'), quotes('deeply worried'), '2026-11-27T15:00:00Z');
    expect(newQuotes(fresh, [old]).map((q) => q.text)).toEqual(['deeply worried']);
    // One word: it must stand in the text as a word.
    const one = item('one', 'Outlet C', delivered.item.title, said('alarmed'), quotes('alarmed'), '2026-11-27T15:00:00Z');
    expect(newQuotes(one, [old]).map((q) => q.text)).toEqual(['alarmed']);
    expect(newQuotes(one, [one])).toEqual([]);
  });

  it('a copy of a quote split by its attribution (either script) is not new: the join is no words the text printed together', () => {
    const body = `${BACKGROUND}\n\n„Nismo se dogovorili o svemu“, rekao je ministar Arta Dreni, „ali razgovori se nastavljaju“.`;
    const joined = 'Nismo se dogovorili o svemu ali razgovori se nastavljaju';
    const splitItem = (id: string, outlet: string, text: string, published: string) => {
      const a = item(id, outlet, 'Kosovo: talks on the crossing go on', text, [{ text: joined, speaker: 'Arta Dreni', salience: 0.8 }], published);
      // The extractor gives the two halves as one utterance joined by a space, placed over the whole span.
      const p = a.article.paragraphs.length - 1;
      const para = a.article.paragraphs[p];
      const quotes = a.quotes.map((q) => ({ ...q, paragraph: p, start: 1, end: para.lastIndexOf('“') }));
      return { ...a, quotes };
    };
    const old = splitItem('split-old', 'Outlet A', body, '2026-11-27T08:00:00Z');
    const copy = splitItem('split-copy', 'Outlet B', body, '2026-11-27T14:00:00Z');
    expect(newQuotes(copy, [old])).toEqual([]);
    const cyrCopy = splitItem('split-cyr', 'Вести', toSerbianCyrillic(body), '2026-11-27T15:00:00Z');
    expect(newQuotes({ ...cyrCopy, quotes: cyrCopy.quotes.map((q) => ({ ...q, text: toSerbianCyrillic(joined) })) }, [old])).toEqual([]);
    // A split quote whose second half the channel never got is still news.
    const longer = splitItem('split-new', 'Outlet C', body.replace('ali razgovori se nastavljaju', 'ali odluka pada u petak'), '2026-11-27T16:00:00Z');
    const longerQuotes = longer.quotes.map((q) => ({ ...q, text: 'Nismo se dogovorili o svemu ali odluka pada u petak' }));
    expect(newQuotes({ ...longer, quotes: longerQuotes }, [old]).map((q) => q.text)).toEqual(['Nismo se dogovorili o svemu ali odluka pada u petak']);
  });

  it('the full text of a delivered teaser is the story received, not a follow-up, though it has quotes', () => {
    const teaser = item('teaser', 'Wire', 'Lake crossing approved', BACKGROUND, [], '2026-11-27T07:00:00Z');
    const full = item(
      'full',
      'Outlet A',
      delivered.item.title,
      `${BACKGROUND}\n\nOn Monday the cabinet approved the plan, after a debate of four hours in which the opposition asked for a second route through the valley and for a study of the costs of both. "${OLD_QUOTE}," minister Arta Dreni said, adding that the tender would open in January and that the ministry had already set the money aside in next year's budget.`,
      [{ text: OLD_QUOTE, speaker: 'Arta Dreni', salience: 0.8 }],
      '2026-11-27T14:00:00Z',
    );
    const d = digestOf([full]);
    expect(newQuotes(full, [teaser]).length).toBe(1);
    const { repeated, followUps } = againstDelivered(d, [full], [teaser]);
    expect([...repeated]).toEqual(['full']);
    expect(followUps.size).toBe(0);
  });

  it('an alerted item of this window is never its own follow-up', () => {
    const alerted = copyOf('alerted', 'Outlet A', '2026-11-27T13:00:00Z');
    const d = digestOf([alerted]);
    const { repeated, followUps } = againstDelivered(d, [alerted], [alerted]);
    expect([...repeated]).toEqual(['alerted']);
    expect(followUps.size).toBe(0);
  });
});

describe('within one digest: no quote of a distinct story is hidden behind another', () => {
  it('two different texts under the same headline, each with its own quote, are two entries', () => {
    const a = copyOf('a', 'Outlet A', '2026-11-27T13:00:00Z');
    const b = item(
      'b',
      'Outlet B',
      delivered.item.title,
      `${BACKGROUND}\n\nOn Thursday the company chosen for the works withdrew, citing the price of steel and late payments. "${NEW_QUOTE}," Dreni told the assembly.`,
      [{ text: NEW_QUOTE, speaker: 'Arta Dreni', salience: 0.7 }],
      '2026-11-27T15:00:00Z',
    );
    const d = composeDigest({ subscription: SUB, topics: TOPICS, items: [a, b], window: WINDOW, maxQuotesPerEntry: 1 });
    const entries = d.sections.flatMap((s) => s.entries);
    expect(entries).toHaveLength(2);
    expect(entries.flatMap((e) => e.quotes.map((q) => q.text)).sort()).toEqual([NEW_QUOTE, OLD_QUOTE].sort());
  });

  it('a copy and its teaser stay one entry', () => {
    const a = copyOf('a', 'Outlet A', '2026-11-27T13:00:00Z');
    const c = item('c', 'Outlet C', 'Lake crossing approved', BACKGROUND.split('. ')[0] + '.', [], '2026-11-27T13:30:00Z');
    const copy = copyOf('copy', 'Outlet B', '2026-11-27T14:00:00Z');
    const d = composeDigest({ subscription: SUB, topics: TOPICS, items: [a, c, copy], window: WINDOW });
    expect(d.sections.flatMap((s) => s.entries)).toHaveLength(1);
  });
});
