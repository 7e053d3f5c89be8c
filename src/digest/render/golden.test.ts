/**
 * Golden files per platform (text, Markdown, Discord, Slack) and per language (en, sr-Latn, sr-Cyrl,
 * sq) for the seed story and a 3-topic digest, composed through the real presentation rules (quote
 * picking, concise cuts, reported speech, role casing). Read them: they are what a channel sees.
 * Update with `npx vitest run src/digest/render/golden.test.ts -u` and review the diff.
 */
import { describe, expect, it } from 'vitest';
import { needsShared } from '../../../test/support/shared-corpus.js';
import { composeDigest } from '../compose.js';
import { analyzedItem, readCorpus, seedItems, TOPICS, type ItemSpec, type QuoteSpec } from '../testdata/build.js';
import type { AdminNotice, Digest } from '../../model/digest.js';
import type { QuoteKind } from '../../model/quote.js';
import { renderText } from './text.js';
import { renderMarkdown } from './markdown.js';
import { renderDiscord } from './discord/index.js';
import { renderSlack } from './slack/index.js';

const LOCALES = ['en', 'sr-Latn', 'sr-Cyrl', 'sq'] as const;
const WINDOW = { start: new Date('2026-11-26T12:00:00Z'), end: new Date('2026-11-27T12:00:00Z') };
const NOTICE: AdminNotice = {
  kind: 'feed_failing',
  message: 'Feed https://lajme.example/rss has been failing',
  feed: { url: 'https://lajme.example/rss', since: new Date('2026-11-27T07:00:00Z'), failures: 3, error: 'HTTP 503' },
};

/** Roles as the extractor gives them (the article's own capitals), to show the copy-editing rule. */
const ROLES: Record<string, string> = {
  'Milica Stanojević': 'Direktorka Kancelarije za Kosovo i Metohiju',
  'Vladimir Ristić': 'Potpredsednik Srpske liste',
  'Андреј Калињин': 'Руски кодиректор центра',
  'Радомир Јовановић': 'Председник општине Куршумлија',
  'Dragan Lazović': 'Ministar spoljnih poslova Srbije',
  'Bekim Zeqiri': 'The mayor of Kosovo Polje',
  'Valdete Morina': 'The spokesperson of the Central Election Commission',
};

interface Gold {
  kind: QuoteKind;
  text: string;
  speaker: string | null;
}

function corpusItem(base: string, id: string, outlet: string, published: string, topics: ItemSpec['topics']) {
  const gold = JSON.parse(readCorpus(`quotes/dev/${base}.gold.json`)) as { quotes: Gold[] };
  const quotes: QuoteSpec[] = gold.quotes.map((q) => ({
    text: q.text,
    speaker: q.speaker,
    role: q.speaker ? (ROLES[q.speaker] ?? null) : null,
    kind: q.kind,
    salience: Math.round((q.kind === 'direct' ? 0.5 + Math.min(0.4, q.text.length / 1500) : q.kind === 'indirect' ? 0.45 : 0.3) * 1000) / 1000,
  }));
  return analyzedItem({
    id,
    outlet,
    link: `https://${outlet.toLowerCase().replace(/[^a-z]+/g, '') || 'vesti-cyr'}.example/${base}?utm_source=rss`,
    published,
    text: readCorpus(`quotes/dev/${base}.txt`),
    topics,
    quotes,
  });
}

function seedDigest(locale: string): Digest {
  const { kossev, wire } = seedItems();
  return composeDigest({
    subscription: { id: 'sub-seed', topics: [], timezone: 'Europe/Belgrade', locale },
    topics: TOPICS,
    items: [kossev, wire],
    window: WINDOW,
    notices: [NOTICE],
  });
}

function topicsDigest(locale: string): Digest {
  const { kossev, wire } = seedItems();
  const items = [
    kossev,
    wire,
    corpusItem('dev-09-kosovo-polje-recount', 'wire#9', 'Balkan Wire', '2026-11-27T05:10:00Z', { kosovo: [['Kosovo', ['Kosovo']]] }),
    corpusItem('dev-17-sr-hapsenja-leposavic', 'vesti#17', 'Vesti sa severa', '2026-11-27T08:40:00Z', {
      kosovo: [['Kosovo', ['Kosova', 'Kosovu', 'Kosovom']]],
    }),
    corpusItem('dev-20-cyr-deminiranje', 'vesti-cyr#20', 'Вести', '2026-11-27T07:15:00Z', {
      'nis-center': [['Russian-Serbian Humanitarian Center', ['Руско-српски хуманитарни центар', 'Руско-српског хуманитарног центра']]],
    }),
    corpusItem('dev-15-sr-rezolucija-1244', 'vesti#15', 'Vesti sa severa', '2026-11-26T20:00:00Z', {
      'resolution-1244': [['Rezolucija 1244', ['Rezolucija 1244', 'Rezoluciju 1244']]],
    }),
  ];
  return composeDigest({
    subscription: { id: 'sub-topics', topics: [], timezone: 'Europe/Belgrade', locale },
    topics: TOPICS,
    items,
    window: WINDOW,
    notices: [NOTICE],
  });
}

const json = (x: unknown) => JSON.stringify(x, null, 2) + '\n';

describe.skipIf(!needsShared('corpus/quotes/dev'))('golden digests per platform and language', () => {
  for (const [name, make] of [
    ['seed', seedDigest],
    ['topics', topicsDigest],
  ] as const) {
    for (const locale of LOCALES) {
      it(`${name}, ${locale}: text, markdown, discord, slack`, async () => {
        const d = make(locale);
        await expect(renderText(d) + '\n').toMatchFileSnapshot(`./testdata/golden/${name}.${locale}.txt`);
        await expect(renderMarkdown(d) + '\n').toMatchFileSnapshot(`./testdata/golden/${name}.${locale}.md`);
        await expect(json(renderDiscord(d))).toMatchFileSnapshot(`./testdata/golden/${name}.${locale}.discord.json`);
        await expect(json(renderSlack(d))).toMatchFileSnapshot(`./testdata/golden/${name}.${locale}.slack.json`);
      });
    }
  }

  it('the 3-topic digest has all three topics, and no tracking parameter in any link', () => {
    const d = topicsDigest('en');
    expect(d.sections.map((s) => s.topicId).sort()).toEqual(['kosovo', 'nis-center', 'resolution-1244']);
    expect(renderText(d)).not.toContain('utm_');
    expect(JSON.stringify(renderSlack(d))).not.toContain('utm_');
  });
});
