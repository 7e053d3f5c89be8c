/** Sample rows for store tests and benches (kept out of the build with the rest of testdata/). */
import type { AnalyzedItem } from '../../model/story.js';
import type { Quote } from '../../model/quote.js';
import type { Subscription } from '../../model/subscription.js';

const at = (iso: string) => new Date(iso);

/** A realistic analysed item (Serbian Latin and Cyrillic text, mentions, three kinds of quotes). */
export function sampleItem(over: { feedUrl?: string; key?: string; published?: Date | null; firstSeen?: Date; title?: string } = {}): AnalyzedItem {
  const key = over.key ?? 'https://vesti.example/2026/03/01/kosovo-dijalog';
  const title = over.title ?? 'Dijalog Beograda i Prištine nastavljen u Briselu';
  const body1 = '„Nema dogovora bez Zajednice srpskih opština", rekao je Petar Petković, direktor Kancelarije za KiM.';
  const body2 = 'Специјални изасланик ЕУ Мирослав Лајчак каже да су разговори били „тешки али корисни".';
  return {
    id: 'ignored-by-the-store',
    feedUrl: over.feedUrl ?? 'https://vesti.example/rss',
    outlet: 'Vesti',
    item: {
      guid: key,
      key,
      title,
      link: key + '?utm_source=rss',
      canonicalLink: key,
      published: over.published === undefined ? at('2026-03-01T07:30:00.000Z') : over.published,
      author: null,
      categories: ['Politika', 'Kosovo'],
      summary: 'Razgovori u Briselu…',
      contentHtml: `<p>${body1}</p><p>${body2}</p>`,
      text: `${body1}\n\n${body2}`,
      enclosures: [{ url: 'https://vesti.example/img/1.jpg', type: 'image/jpeg', length: 48213 }],
    },
    article: { paragraphs: [title, body1, body2], source: key, language: 'sr-Latn' },
    firstSeen: over.firstSeen ?? at('2026-03-01T07:45:00.123Z'),
    matches: [
      {
        topicId: 'kosovo',
        relevance: 0.82,
        mentions: [
          { topicId: 'kosovo', term: 'Priština', text: 'Prištine', paragraph: 0, start: 18, end: 26 },
          { topicId: 'kosovo', term: 'ZSO', text: 'Zajednice srpskih opština', paragraph: 1, start: 18, end: 43 },
        ],
      },
      { topicId: 'eu', relevance: 0.4, mentions: [{ topicId: 'eu', term: 'ЕУ', text: 'ЕУ', paragraph: 2, start: 21, end: 23 }] },
    ],
    quotes: [
      {
        kind: 'direct',
        text: 'Nema dogovora bez Zajednice srpskih opština',
        speaker: 'Petar Petković',
        speakerRole: 'direktor Kancelarije za KiM',
        paragraph: 1,
        start: 1,
        end: 44,
        confidence: 0.9,
        salience: 0.75,
      },
      {
        kind: 'partial',
        text: 'тешки али корисни',
        speaker: 'Мирослав Лајчак',
        speakerRole: null,
        paragraph: 2,
        start: 75,
        end: 92,
        confidence: 0.7,
        salience: 0.5,
      },
    ],
  };
}

/** An answer of an interview with a harbour master, as the extractor gives it. */
export const SAMPLE_ANSWER: Quote = {
  kind: 'indirect',
  text: 'No, they will run every day. We bought two new boats for the storms.',
  speaker: 'Edwin Lowe',
  speakerRole: 'harbour master',
  paragraph: 3,
  start: 3,
  end: 71,
  confidence: 0.8,
  salience: 0.6,
  form: 'answer',
};

/**
 * The sample item as another story (its own key, headline and text, so no store takes it for the
 * sample itself) with an interview answer after its direct and partial quotes.
 */
export function itemWithAnswer(): AnalyzedItem {
  const a = sampleItem({ key: 'https://vesti.example/2026/03/01/intervju-luka', title: 'Lučki kapetan: trajekti će ploviti cele zime' });
  const text = `${a.item.text}\n\nA: ${SAMPLE_ANSWER.text}`;
  return {
    ...a,
    item: { ...a.item, text },
    article: { ...a.article, paragraphs: [...a.article.paragraphs, `A: ${SAMPLE_ANSWER.text}`] },
    quotes: [...a.quotes, SAMPLE_ANSWER],
  };
}

export function sampleSubscription(over: Partial<Subscription> = {}): Subscription {
  return {
    id: 'sub-1',
    platform: 'discord',
    workspace: 'guild-1',
    channel: 'chan-1',
    topics: ['kosovo', 'eu'],
    cron: '0 8 * * 1-5',
    timezone: 'Europe/Belgrade',
    locale: 'sr-Latn',
    mode: 'digest',
    postEmpty: false,
    paused: false,
    pausedReason: null,
    createdBy: 'user-7',
    lastWindowEnd: null,
    ...over,
  };
}
