/**
 * An entry's quotes keep their marks honest: a direct quote is never shown under "reported:" (issue:
 * the extractor also reports a passage with an attribution in the middle as one indirect, which used
 * to fold the direct quotes away), and a quote's words stand in the item its entry links first (a
 * Latin and a Cyrillic copy of one outlet used to show one copy's quote under the other's link).
 */
import { describe, expect, it } from 'vitest';
import { composeDigest } from './compose.js';
import { isVerbatim } from './quotes.js';
import { analyzedItem, type ItemSpec } from './testdata/build.js';
import { renderText } from './render/text.js';
import { renderDiscord } from './render/discord/index.js';
import { renderSlack } from './render/slack/index.js';
import type { Topic } from '../model/watchlist.js';
import type { AnalyzedItem } from '../model/story.js';
import { createAnalyzer } from '../pipeline/analyze.js';

const TOPICS: Topic[] = [{ id: 'drina', name: 'Drina', terms: ['Drina'], exclude: [], priority: 'digest', workspace: null }];
const WINDOW = { start: new Date('2026-11-27T00:00:00Z'), end: new Date('2026-11-28T00:00:00Z') };
const DRINA: ItemSpec['topics'] = { drina: [['Drina', ['Drine', 'Дрине']]] };

const OPEN = 'Ovaj most spaja dve polovine jednog grada na obalama Drine';
const CLOSE = 'i niko ih više neće razdvojiti, ma šta se dogodilo.';
const BRIDGE = [
  'Gradonačelnica otvorila novi most na Drini',
  'Gradonačelnica Ana Perić otvorila je u ponedeljak novi most preko Drine, posle dve godine radova na obe obale.',
  `„${OPEN}“, rekla je Perić, „${CLOSE}“`,
  'Radovi su koštali manje nego što je planirano, navodi se u saopštenju opštine.',
].join('\n\n');

function compose(items: AnalyzedItem[]) {
  const d = composeDigest({ subscription: null, topics: TOPICS, items, window: WINDOW });
  return { d, entries: d.sections.flatMap((s) => s.entries) };
}

describe('entry quotes: a direct quote is never shown as reported speech', () => {
  // What the extractor gives for „A“, rekla je X, „B“: the two direct quotes, and one indirect
  // holding the whole passage (marks and attribution included).
  const passage = `„${OPEN}“, rekla je Perić, „${CLOSE}“`;
  const item = analyzedItem({
    id: 'most',
    outlet: 'Glas Podrinja',
    link: 'https://glas.example/most',
    published: '2026-11-27T09:00:00Z',
    text: BRIDGE,
    topics: DRINA,
    quotes: [
      { text: OPEN, speaker: 'Ana Perić', kind: 'direct', salience: 0.8 },
      { text: CLOSE, speaker: 'Ana Perić', kind: 'direct', salience: 0.7 },
      { text: passage, speaker: 'Ana Perić', kind: 'indirect', salience: 0.85 },
    ],
  });

  it('keeps the direct quotes of a passage with the attribution in the middle, and drops its indirect', () => {
    const { d, entries } = compose([item]);
    // The two halves are shown as the one quote they are (`split-halves.ts`).
    expect(entries[0].quotes.map((q) => [q.kind, q.text])).toEqual([['direct', `${OPEN} … ${CLOSE}`]]);
    const text = renderText(d);
    expect(text).not.toContain('reported:');
    expect(text).toContain(`“${OPEN} … ${CLOSE}” — Ana Perić`);
    const discord = JSON.stringify(renderDiscord(d));
    expect(discord).not.toContain('reported:');
    expect(JSON.stringify(renderSlack(d))).not.toContain('reported:');
  });

  it("never shows a reporting sentence that holds a direct quote's words in the outlet's marks", () => {
    const text = [
      'Perić: the bridge on the Drina will open in spring',
      'Mayor Ana Perić spoke in the town hall about the new bridge over the Drine river on Monday.',
      '"Nobody will split the two banks again," Perić said, adding that the works on the Drine bridge had cost less than planned.',
    ].join('\n\n');
    const it2 = analyzedItem({
      id: 'en',
      outlet: 'Drina Daily',
      link: 'https://dd.example/bridge',
      published: '2026-11-27T10:00:00Z',
      text,
      topics: DRINA,
      quotes: [
        { text: 'Nobody will split the two banks again,', speaker: 'Ana Perić', kind: 'direct', salience: 0.6 },
        { text: 'the works on the Drine bridge had cost less than planned', speaker: 'Ana Perić', kind: 'indirect', salience: 0.9 },
      ],
    });
    const { d, entries } = compose([it2]);
    expect(entries[0].quotes.map((q) => q.kind)).toEqual(['direct']);
    expect(renderText(d)).not.toMatch(/reported: .*Nobody will split/);
  });

  it('never folds a direct quote into a longer paraphrase of the same words from another outlet', () => {
    const other = analyzedItem({
      id: 'other',
      outlet: 'Radio Zvornik',
      link: 'https://rz.example/most',
      published: '2026-11-27T09:30:00Z',
      // The same text (a syndicated copy) with a paragraph of the outlet's own that paraphrases it.
      text: `${BRIDGE}\n\nPerić je rekla da ovaj most spaja dve polovine jednog grada na obalama Drine i da ih niko više neće razdvojiti.`,
      topics: DRINA,
      quotes: [
        {
          text: 'ovaj most spaja dve polovine jednog grada na obalama Drine i da ih niko više neće razdvojiti',
          speaker: 'Ana Perić',
          kind: 'indirect',
          salience: 0.95,
        },
      ],
    });
    const { entries } = compose([item, other]);
    expect(entries).toHaveLength(1);
    expect(entries[0].quotes.map((q) => q.kind)).not.toContain('indirect');
    expect(entries[0].quotes[0]).toMatchObject({ kind: 'direct', text: `${OPEN} … ${CLOSE}` });
  });

  it('shows a text only once when two reports of one sentence are chosen', () => {
    const text = [
      'Most na Drini biće otvoren',
      'Gradonačelnica Ana Perić rekla je u ponedeljak da će most preko Drine biti otvoren u proleće i da su radovi jeftiniji od plana.',
    ].join('\n\n');
    const twice = analyzedItem({
      id: 'twice',
      outlet: 'Glas Podrinja',
      link: 'https://glas.example/twice',
      published: '2026-11-27T11:00:00Z',
      text,
      topics: DRINA,
      quotes: [
        { text: 'će most preko Drine biti otvoren u proleće', speaker: 'Ana Perić', kind: 'indirect', salience: 0.8 },
        { text: 'su radovi jeftiniji od plana', speaker: 'Ana Perić', kind: 'indirect', salience: 0.7 },
      ],
    });
    const { entries } = compose([twice]);
    expect(entries[0].quotes).toHaveLength(1);
  });
});

describe('entry quotes: the quote stands in the item the entry links first', () => {
  const CYR = [
    'Градоначелница отворила нови мост на Дрини',
    'Градоначелница Ана Перић отворила је у понедељак нови мост преко Дрине, после две године радова на обе обале.',
    '„Овај мост спаја две половине једног града на обалама Дрине“, рекла је Перић, „и нико их више неће раздвојити, ма шта се догодило.“',
    'Радови су коштали мање него што је планирано, наводи се у саопштењу општине.',
    'Свечаности је присуствовало неколико стотина грађана из оба дела града, као и представници суседних општина.',
  ].join('\n\n');
  const latin = (quotes: ItemSpec['quotes']) =>
    analyzedItem({
      id: 'glas#lat',
      outlet: 'Glas Podrinja',
      link: 'https://glas.example/lat/most',
      published: '2026-11-27T09:00:00Z',
      text: BRIDGE,
      topics: DRINA,
      quotes,
    });
  const cyrillic = (quotes: ItemSpec['quotes']) =>
    analyzedItem({
      id: 'glas#cyr',
      outlet: 'Glas Podrinja',
      link: 'https://glas.example/cyr/most',
      published: '2026-11-27T09:05:00Z',
      text: CYR,
      topics: DRINA,
      quotes,
    });

  it("takes the representative copy's own quote, not its twin in the other script", () => {
    const lat = latin([{ text: OPEN, speaker: 'Ana Perić', salience: 0.9 }]);
    const cyr = cyrillic([{ text: 'Овај мост спаја две половине једног града на обалама Дрине', speaker: 'Ана Перић', salience: 0.6 }]);
    const { entries } = compose([lat, cyr]);
    expect(entries).toHaveLength(1);
    const [e] = entries;
    expect(e.link).toBe('https://glas.example/cyr/most'); // the fuller copy represents the story
    expect(e.quotes).toHaveLength(1);
    expect(e.quotes[0].text).toBe('Овај мост спаја две половине једног града на обалама Дрине');
    expect(e.quotes[0].link?.startsWith('https://glas.example/cyr/most')).toBe(true);
    for (const q of e.quotes) expect(isVerbatim(cyr.article, { text: q.text, paragraph: -1, start: 0, end: 0 })).toBe(true);
  });

  it("leaves out a quote only the same outlet's other copy holds (nothing would say which link it is from)", () => {
    const lat = latin([{ text: OPEN, speaker: 'Ana Perić', salience: 0.9 }]);
    const cyr = cyrillic([]);
    const { entries } = compose([lat, cyr]);
    expect(entries[0].link).toBe('https://glas.example/cyr/most');
    expect(entries[0].quotes).toEqual([]);
  });

  it("keeps another outlet's quote, shown via that outlet", () => {
    const lat = analyzedItem({ ...latinSpec(), outlet: 'Radio Zvornik', quotes: [{ text: OPEN, speaker: 'Ana Perić', salience: 0.9 }] });
    const { d, entries } = compose([lat, cyrillic([])]);
    expect(entries[0].quotes.map((q) => q.outlet)).toEqual(['Radio Zvornik']);
    expect(renderText(d)).toContain('(via Radio Zvornik)');
  });

  function latinSpec(): ItemSpec {
    return { id: 'rz#lat', outlet: 'Glas Podrinja', link: 'https://rz.example/most', published: '2026-11-27T09:00:00Z', text: BRIDGE, topics: DRINA };
  }
});

describe('entry quotes through the real extractor', () => {
  it('a Serbian quote with the attribution in the middle is shown in marks, never under the reported label', () => {
    const analyzer = createAnalyzer(TOPICS);
    const paragraphs = BRIDGE.split('\n\n');
    const at = new Date('2026-11-27T09:00:00Z');
    const item = analyzer.analyze({
      feedUrl: 'https://glas.example/feed',
      outlet: 'Glas Podrinja',
      item: {
        guid: 'most',
        key: 'most',
        title: paragraphs[0],
        link: 'https://glas.example/most',
        canonicalLink: 'https://glas.example/most',
        published: at,
        author: null,
        categories: [],
        summary: null,
        contentHtml: null,
        text: paragraphs.slice(1).join('\n\n'),
        enclosures: [],
      },
      article: { paragraphs, language: 'sr-Latn' },
      firstSeen: at,
    });
    const { d, entries } = compose([item]);
    expect(entries[0].quotes.length).toBeGreaterThan(0);
    for (const q of entries[0].quotes) expect(q.kind).not.toBe('indirect');
    const text = renderText({ ...d, locale: 'sr-Latn' });
    expect(text).not.toContain('Iz teksta:');
    // One utterance; an ellipsis stands where the reporter's attribution was, so the marks hold only
    // words that stand in the article, in order (A and B joined by a space would not).
    expect(text).toContain(`„${OPEN} … ${CLOSE.slice(0, 20)}`);
    expect(text).not.toContain(`${OPEN} ${CLOSE.slice(0, 20)}`);
  });
});

describe('entry quotes: the halves of a split quote are shown as one quote, in their order', () => {
  const FIRST = 'We are not leaving this town';
  const SECOND = 'until the new bridge over the Drina stands.';
  const text = [
    'Mayor promises a bridge over the Drina',
    'Mayor Tom Reed spoke to residents on Monday about the flood damage.',
    `“${FIRST},” said Reed, “${SECOND}”`,
  ].join('\n\n');
  const item = analyzedItem({
    id: 'split',
    outlet: 'River Post',
    link: 'https://river.example/split',
    published: '2026-11-27T09:00:00Z',
    text,
    topics: { drina: [['Drina', ['Drina']]] },
    // The second half mentions the watched topic, so it is chosen first; equal salience.
    quotes: [
      { text: FIRST, speaker: 'Tom Reed', kind: 'direct', salience: 0.6 },
      { text: SECOND, speaker: 'Tom Reed', kind: 'direct', salience: 0.6 },
    ],
  });

  it('shows the first half before the second even when the second would be chosen first', () => {
    const { entries } = compose([item]);
    expect(entries[0].quotes.map((q) => q.text)).toEqual([`${FIRST} … ${SECOND}`]);
  });
});
