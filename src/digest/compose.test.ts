import { describe, expect, it } from 'vitest';
import { composeDigest, digestId, digestWindow, shouldPost } from './compose.js';
import { analyzedItem, readTestdata, readCorpus, seedItems, TOPICS, type ItemSpec } from './testdata/build.js';
import type { AnalyzedItem } from '../model/story.js';
import { renderText } from './render/text.js';
import { memoSizes } from '../pipeline/dedupe/fold-memo.js';
import { needsShared } from '../../test/support/shared-corpus.js';

/** The corpus articles (dev-15 and the seed with its gold quotes) live in ../shared: tests using them skip without it. */
const CORPUS_ARTICLES = needsShared('corpus/quotes/dev', 'corpus/seed');

const WINDOW = { start: new Date('2026-11-26T12:00:00Z'), end: new Date('2026-11-27T12:00:00Z') };
const SUB = { id: 'sub-1', topics: [] as string[], timezone: 'Europe/Belgrade', locale: 'en-GB' };

const LAZOVIC_QUOTE =
  'Ta rezolucija usvojena je u Savetu bezbednosti bez ijednog glasa protiv i niko je nije ukinuo. Oni koji danas tvrde da je prevaziđena zaboravljaju da bez nje ne bi bilo ni Kfora ni Unmika na Kosovu';
const MARINKOVIC_QUOTE =
  'Beograd se poziva na deo o teritorijalnom integritetu tadašnje SRJ, a Priština na deo o političkom procesu koji treba da odredi budući status. Istina je da rezolucija konačni status ostavlja otvorenim i da je upravo zato i danas važna';

/** Latin → Cyrillic for the few quote words the Cyrillic fixture needs (it was transliterated the same way). */
function toCyr(s: string): string {
  const pairs: [RegExp, string][] = [
    [/lj/g, 'љ'],
    [/nj/g, 'њ'],
    [/dž/g, 'џ'],
  ];
  let out = s;
  for (const [re, c] of pairs) out = out.replace(re, c);
  const map: Record<string, string> = Object.fromEntries([...'abvgdđežzijklmnoprstćufhcčš'].map((c, i) => [c, 'абвгдђежзијклмнопрстћуфхцчш'[i]]));
  return [...out]
    .map((c) => {
      const l = c.toLowerCase();
      const r = map[l];
      return r === undefined ? c : c === l ? r : r.toUpperCase();
    })
    .join('');
}

function lazovicCluster(): AnalyzedItem[] {
  const latin = analyzedItem({
    id: 'vesti-sr#15',
    outlet: 'Vesti sa severa',
    link: 'https://vesti.example/dev-15-sr-rezolucija-1244/',
    published: '2026-11-27T08:00:00Z',
    text: readCorpus('quotes/dev/dev-15-sr-rezolucija-1244.txt'),
    topics: { 'resolution-1244': [['Rezolucija 1244', ['Rezolucija 1244', 'Rezoluciju 1244']]], kosovo: [['Kosovo', ['Kosovu', 'Kosova']]] },
    relevance: { 'resolution-1244': 0.95, kosovo: 0.7 },
    quotes: [
      { text: LAZOVIC_QUOTE, speaker: 'Dragan Lazović', role: 'ministar spoljnih poslova', salience: 0.8 },
      { text: 'koristi svaku priliku', speaker: 'Dragan Lazović', kind: 'partial', salience: 0.3 },
    ],
  });
  const cyr = analyzedItem({
    id: 'vesti-cyr#21',
    outlet: 'Вести',
    link: 'https://vesti-cyr.example/lazovic/',
    published: '2026-11-27T08:40:00Z',
    text: readTestdata('lazovic-cyr.txt'),
    topics: { 'resolution-1244': [['Rezolucija 1244', ['Резолуција 1244']]], kosovo: [['Kosovo', ['Косову', 'Косова']]] },
    quotes: [
      { text: toCyr(LAZOVIC_QUOTE), speaker: 'Драган Лазовић', salience: 0.78 },
      { text: toCyr(MARINKOVIC_QUOTE), speaker: 'Јелена Маринковић', role: 'професорка међународног права', salience: 0.7 },
    ],
  });
  const teaser = analyzedItem({
    id: 'wire#lazovic',
    outlet: 'Balkan Wire',
    link: 'https://wire.example/lazovic.html',
    published: '2026-11-27T09:15:00Z',
    text: readTestdata('lazovic-teaser.txt'),
    topics: { 'resolution-1244': [['Rezolucija 1244', ['Rezolucija 1244']]] },
  });
  return [latin, cyr, teaser];
}

function ksf(overrides: Partial<ItemSpec> = {}): AnalyzedItem {
  return analyzedItem({
    id: 'wire#ksf',
    outlet: 'Balkan Wire',
    link: 'https://wire.example/ksf.html',
    published: '2026-11-27T06:00:00Z',
    text: readTestdata('unrelated-ksf.txt'),
    topics: { kosovo: [['Kosovo', ['Kosovo']]], 'resolution-1244': [['Resolution 1244', ['Resolution 1244']]] },
    quotes: [
      {
        text: 'These vehicles are for the protection of all citizens of Kosovo and they are within our mandate',
        speaker: 'Arben Kastrati',
        role: 'Defence Minister',
        salience: 0.6,
      },
    ],
    ...overrides,
  });
}

describe('composeDigest: clustering', () => {
  it.skipIf(!CORPUS_ARTICLES)('makes one entry of the same story from three outlets, Latin, Cyrillic and a teaser under another headline', () => {
    const items = [...lazovicCluster(), ksf()];
    const d = composeDigest({ subscription: SUB, topics: TOPICS, items, window: WINDOW });
    const entries = d.sections.flatMap((s) => s.entries);
    expect(entries).toHaveLength(2);
    const story = entries.find((e) => e.itemIds?.includes('vesti-sr#15'))!;
    expect(story.itemIds).toHaveLength(3);
    expect(story.id).toBe('vesti-sr#15'); // the fullest, most relevant text represents the story
    expect(story.alsoIn.map((a) => a.outlet)).toEqual(['Вести', 'Balkan Wire']);
    expect(story.alsoIn[1].link).toBe('https://wire.example/lazovic.html');
    // the best quotes of all outlets: Lazović once (his Cyrillic copy folds to the same words, a
    // near-duplicate) and Marinković, whom only the Cyrillic outlet quoted
    expect(story.quotes.map((q) => [q.speaker, q.outlet])).toEqual([
      ['Dragan Lazović', 'Vesti sa severa'],
      ['Јелена Маринковић', 'Вести'],
    ]);
    expect(entries.find((e) => e.id === 'wire#ksf')!.alsoIn).toEqual([]);
    // a quote from another outlet's copy says where it came from
    expect(renderText(d)).toContain('— Јелена Маринковић, професорка међународног права (via Вести)');
  });

  it.skipIf(!CORPUS_ARTICLES)('folds each article once for all subscriptions (memoised by text), with the same digest each time', () => {
    const fresh = () => [...lazovicCluster(), ksf()].map((a) => structuredClone(a)); // as re-read from the store
    const first = composeDigest({ subscription: SUB, topics: TOPICS, items: fresh(), window: WINDOW });
    const after = memoSizes();
    expect(after.shingles).toBeGreaterThan(0);
    expect(after.words).toBeGreaterThan(0);
    for (const id of ['sub-2', 'sub-3', 'sub-4']) {
      const d = composeDigest({ subscription: { ...SUB, id }, topics: TOPICS, items: fresh(), window: WINDOW });
      expect(d.sections).toEqual(first.sections);
    }
    expect(memoSizes()).toEqual(after);
  });

  it.skipIf(!CORPUS_ARTICLES)('clusters the seed story from KoSSev (full text) and the wire (teaser, own headline)', () => {
    const { kossev, wire } = seedItems();
    const d = composeDigest({ subscription: null, topics: TOPICS, items: [wire, kossev], window: WINDOW });
    const entries = d.sections.flatMap((s) => s.entries);
    expect(entries).toHaveLength(1);
    expect(entries[0].outlet).toBe('KoSSev English');
    expect(entries[0].alsoIn).toEqual([{ outlet: 'Balkan Wire', link: 'https://wire.example/pages/kossev-botsan-kharchenko.html' }]);
    expect(entries[0].quotes).toHaveLength(2);
    for (const q of entries[0].quotes) expect(q.speaker).toMatch(/Botsan-Kharchenko/);
  });

  it('joins items with the same canonical link even when their text differs', () => {
    const a = ksf({ id: 'a', canonicalLink: 'https://x.example/story' });
    const b = analyzedItem({
      id: 'b',
      outlet: 'Other',
      link: 'https://x.example/story?utm_source=rss',
      canonicalLink: 'https://x.example/story',
      published: '2026-11-27T07:00:00Z',
      text: 'Kosovo: an update\n\nEntirely different words in this updated version of the page about Kosovo today.',
      topics: { kosovo: [['Kosovo', ['Kosovo']]] },
    });
    const d = composeDigest({ subscription: null, topics: TOPICS, items: [a, b], window: WINDOW });
    expect(d.sections.flatMap((s) => s.entries)).toHaveLength(1);
  });

  it.skipIf(!CORPUS_ARTICLES)('does not join similar stories more than 72 hours apart', () => {
    const [latin] = lazovicCluster();
    const old = { ...lazovicCluster()[1], item: { ...lazovicCluster()[1].item, published: new Date('2026-11-23T08:00:00Z') } };
    const d = composeDigest({
      subscription: null,
      topics: TOPICS,
      items: [latin, old],
      window: { start: new Date('2026-11-20T00:00:00Z'), end: WINDOW.end },
    });
    expect(d.sections.flatMap((s) => s.entries)).toHaveLength(2);
  });
});

describe('composeDigest: quotes', () => {
  it('drops quotes that are not verbatim in the article and quotes without a speaker', () => {
    const item = ksf({
      quotes: [
        { text: 'These vehicles are for the protection of all citizens of Serbia', speaker: 'Arben Kastrati', salience: 0.99 },
        { text: 'These vehicles are for the protection of all citizens of Kosovo', speaker: null, salience: 0.95 },
        { text: 'took delivery of twelve armoured vehicles', speaker: 'the ministry of defence', kind: 'indirect', salience: 0.2 },
      ],
    });
    const d = composeDigest({ subscription: null, topics: TOPICS, items: [item], window: WINDOW });
    const quotes = d.sections[0].entries[0].quotes;
    // The indirect quote is shown as the outlet's own reporting sentence, not as the speaker's words.
    expect(quotes.map((q) => [q.kind, q.text])).toEqual([
      [
        'indirect',
        'The Kosovo Security Force on Monday took delivery of twelve armoured vehicles, the ministry of defence said, the third shipment this year.',
      ],
    ]);
    expect(quotes[0].namesSpeaker).toBe(true);
  });

  it('keeps at most maxQuotesPerEntry, by salience, without near-duplicates, watched topics first', () => {
    const text = [
      'Minister speaks about Kosovo',
      '„We will not give up on Kosovo and its people, whatever the pressure,“ said the minister Ana Petrović.',
      '„We will not give up on Kosovo and its people, whatever the pressure from abroad,“ she repeated later.',
      '„The budget for roads grows by ten percent next year and the works start in spring,“ Petrović said.',
      '„Our schools need more teachers, and we will hire them this year,“ she added.',
    ].join('\n\n');
    const item = analyzedItem({
      id: 'm',
      outlet: 'Outlet',
      link: 'https://o.example/m',
      published: '2026-11-27T10:00:00Z',
      text,
      topics: { kosovo: [['Kosovo', ['Kosovo']]] },
      quotes: [
        { text: 'The budget for roads grows by ten percent next year and the works start in spring', speaker: 'Ana Petrović', salience: 0.95 },
        { text: 'We will not give up on Kosovo and its people, whatever the pressure', speaker: 'Ana Petrović', salience: 0.7 },
        { text: 'We will not give up on Kosovo and its people, whatever the pressure from abroad', speaker: 'Ana Petrović', salience: 0.72 },
        { text: 'Our schools need more teachers, and we will hire them this year', speaker: 'Ana Petrović', salience: 0.5 },
      ],
    });
    const d = composeDigest({ subscription: null, topics: TOPICS, items: [item], window: WINDOW, maxQuotesPerEntry: 3 });
    const texts = d.sections[0].entries[0].quotes.map((q) => q.text);
    // the Kosovo quote first (the more salient of the two near-identical ones), then by salience
    expect(texts).toEqual([
      'We will not give up on Kosovo and its people, whatever the pressure from abroad',
      'The budget for roads grows by ten percent next year and the works start in spring',
      'Our schools need more teachers, and we will hire them this year',
    ]);
    const none = composeDigest({ subscription: null, topics: TOPICS, items: [item], window: WINDOW, maxQuotesPerEntry: 0 });
    expect(none.sections[0].entries[0].quotes).toEqual([]);
  });

  it('links each quote to its passage with a percent-encoded text fragment', () => {
    const d = composeDigest({ subscription: null, topics: TOPICS, items: [ksf()], window: WINDOW });
    const q = d.sections[0].entries[0].quotes[0];
    expect(q.link).toBe('https://wire.example/ksf.html#:~:text=These%20vehicles%20are%20for,are%20within%20our%20mandate');
  });
});

describe('composeDigest: selection, ranking, sections', () => {
  it('selects by window [start, end) and by the subscription topics', () => {
    const atStart = ksf({ id: 'start', published: WINDOW.start.toISOString(), link: 'https://a.example/1' });
    const atEnd = ksf({ id: 'end', published: WINDOW.end.toISOString(), link: 'https://a.example/2' });
    const noDate = ksf({
      id: 'nodate',
      published: null,
      firstSeen: '2026-11-27T11:00:00Z',
      link: 'https://a.example/3',
      text: 'Kosovo elections: results in\n\nThe results of the local elections in Kosovo came in late on Sunday night.',
    });
    const d = composeDigest({ subscription: null, topics: TOPICS, items: [atStart, atEnd, noDate], window: WINDOW });
    const ids = d.sections.flatMap((s) => s.entries.flatMap((e) => e.itemIds));
    expect(ids.sort()).toEqual(['nodate', 'start']);

    const onlyNis = composeDigest({ subscription: { ...SUB, topics: ['nis-center'] }, topics: TOPICS, items: [atStart], window: WINDOW });
    expect(onlyNis.sections).toEqual([]);
  });

  it.skipIf(!CORPUS_ARTICLES)('puts an entry once, under its most relevant topic, and explains why with the forms found', () => {
    const items = lazovicCluster();
    const d = composeDigest({ subscription: SUB, topics: TOPICS, items, window: WINDOW });
    expect(d.sections.map((s) => s.topicId)).toEqual(['resolution-1244']);
    const e = d.sections[0].entries[0];
    expect(e.topics).toEqual(['resolution-1244', 'kosovo']);
    expect(e.why).toEqual([
      { topicId: 'resolution-1244', term: 'Rezolucija 1244', forms: ['Rezolucija 1244', 'Rezoluciju 1244', 'Резолуција 1244'] },
      { topicId: 'kosovo', term: 'Kosovo', forms: ['Kosovu', 'Kosova', 'Косову', 'Косова'] },
    ]);
  });

  it.skipIf(!CORPUS_ARTICLES)(
    'ranks by relevance, recency, outlets and quote salience, and caps each section with maxEntries, the rest as overflow lines',
    () => {
      const items = [...lazovicCluster(), ksf()];
      const d = composeDigest({ subscription: SUB, topics: TOPICS, items, window: WINDOW });
      const all = d.sections.flatMap((s) => s.entries);
      const story = all.find((e) => e.id === 'vesti-sr#15')!;
      const single = all.find((e) => e.id === 'wire#ksf')!;
      expect(story.score).toBeGreaterThan(single.score);
      const capped = composeDigest({ subscription: SUB, topics: TOPICS, items, window: WINDOW, maxEntries: 1 });
      expect(capped.sections.flatMap((s) => s.entries.map((e) => e.id))).toContain('vesti-sr#15');
      for (const s of capped.sections) expect(s.entries.length).toBeLessThanOrEqual(1);
      // Nothing cut: every story is an entry or an overflow line, once.
      const listed = capped.sections.flatMap((s) => [...s.entries.map((e) => e.id), ...(s.more ?? []).map((m) => m.id)]);
      expect(listed.sort()).toEqual(all.map((e) => e.id).sort());
      const zero = composeDigest({ subscription: SUB, topics: TOPICS, items, window: WINDOW, maxEntries: 0 });
      expect(zero.sections.flatMap((s) => (s.more ?? []).map((m) => m.id)).sort()).toEqual(all.map((e) => e.id).sort());
      expect(zero.sections.flatMap((s) => s.more ?? []).every((m) => m.itemIds.includes(m.id))).toBe(true);
    },
  );

  it.skipIf(!CORPUS_ARTICLES)('is deterministic whatever the input order', () => {
    const items = [...lazovicCluster(), ksf(), ...Object.values(seedItems())];
    const a = composeDigest({ subscription: SUB, topics: TOPICS, items, window: WINDOW });
    const b = composeDigest({ subscription: SUB, topics: TOPICS, items: [...items].reverse(), window: WINDOW });
    expect(b).toEqual(a);
  });

  it('gives an empty digest with notices, and a short id stable for (subscription, window)', () => {
    const notices = [{ kind: 'feed_failing' as const, message: 'https://x.example/feed: 3 failures (timeout)' }];
    const d = composeDigest({ subscription: SUB, topics: TOPICS, items: [], window: WINDOW, notices });
    expect(d.sections).toEqual([]);
    expect(d.notices).toEqual(notices);
    expect(d.timezone).toBe('Europe/Belgrade');
    expect(d.id).toMatch(/^[0-9a-f]{12}$/);
    expect(d.id).toBe(digestId('sub-1', WINDOW.start, WINDOW.end));
    expect(digestId('sub-2', WINDOW.start, WINDOW.end)).not.toBe(d.id);
    expect(digestId('sub-1', WINDOW.start, new Date('2026-11-27T12:00:01Z'))).not.toBe(d.id);
  });

  it('rejects an inverted window and bad counts', () => {
    expect(() => composeDigest({ subscription: null, topics: TOPICS, items: [], window: { start: WINDOW.end, end: WINDOW.start } })).toThrow(/digest: window/);
    expect(() => composeDigest({ subscription: null, topics: TOPICS, items: [], window: WINDOW, maxQuotesPerEntry: -1 })).toThrow(/maxQuotesPerEntry/);
  });
});

describe('digestWindow and shouldPost', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  it('runs from the last window end, or the last 24 h for a first digest', () => {
    expect(digestWindow({ lastWindowEnd: null }, now)).toEqual({ start: new Date('2026-11-26T12:00:00Z'), end: now });
    expect(digestWindow({ lastWindowEnd: new Date('2026-11-27T06:00:00Z') }, now).start).toEqual(new Date('2026-11-27T06:00:00Z'));
    expect(digestWindow({ lastWindowEnd: new Date('2026-11-28T00:00:00Z') }, now)).toEqual({ start: now, end: now });
  });
  it('posts an empty digest only when asked to, or when it carries notices', () => {
    const empty = composeDigest({ subscription: SUB, topics: TOPICS, items: [], window: WINDOW });
    expect(shouldPost(empty, { postEmpty: false })).toBe(false);
    expect(shouldPost(empty, { postEmpty: true })).toBe(true);
    expect(shouldPost({ ...empty, notices: [{ kind: 'subscription_paused', message: 'x' }] }, { postEmpty: false })).toBe(true);
    const full = composeDigest({ subscription: SUB, topics: TOPICS, items: [ksf()], window: WINDOW });
    expect(shouldPost(full, { postEmpty: false })).toBe(true);
  });
});
