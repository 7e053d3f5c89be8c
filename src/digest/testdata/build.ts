/**
 * Test fixtures for digests: builds `AnalyzedItem`s from real article text, with mentions and quotes
 * located at their real offsets (a stand-in for the matcher and the quote extractor, which the
 * compose tests must not depend on).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleFromText, type Article } from '../../model/article.js';
import type { Mention, TopicMatch } from '../../model/watchlist.js';
import type { Quote, QuoteKind } from '../../model/quote.js';
import type { AnalyzedItem } from '../../model/story.js';
import type { Topic } from '../../model/watchlist.js';
import { DEMO_DIR, sharedPath } from '../../../test/support/shared-corpus.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The shared corpus (`<repo>/../shared/corpus`): read only inside tests guarded by `needsShared`. */
export const CORPUS = sharedPath('corpus');
/** The demo's feeds and watchlist, shipped with the repo (the newsroom feeds of the corpus). */
export { DEMO_DIR };

export function readTestdata(name: string): string {
  return readFileSync(path.join(here, name), 'utf8');
}

export function readCorpus(rel: string): string {
  return readFileSync(path.join(CORPUS, rel), 'utf8');
}

export const TOPICS: Topic[] = [
  { id: 'kosovo', name: 'Kosovo', terms: ['Kosovo', 'Kosova'], exclude: [], priority: 'digest', workspace: null },
  { id: 'resolution-1244', name: 'Resolution 1244', terms: ['Resolution 1244', 'Rezolucija 1244'], exclude: [], priority: 'digest', workspace: null },
  {
    id: 'nis-center',
    name: 'Russian-Serbian Humanitarian Center in Nis',
    terms: ['Russian-Serbian Humanitarian Center'],
    exclude: [],
    priority: 'digest',
    workspace: null,
  },
];

export interface QuoteSpec {
  text: string;
  speaker: string | null;
  role?: string | null;
  kind?: QuoteKind;
  salience: number;
}

export interface ItemSpec {
  id: string;
  outlet: string | null;
  link: string | null;
  canonicalLink?: string | null;
  published: string | null;
  firstSeen?: string;
  text: string;
  /** topic id → [term, surface forms to find] */
  topics: Record<string, [string, string[]][]>;
  quotes?: QuoteSpec[];
  relevance?: Record<string, number>;
  summary?: string | null;
}

function findAll(paragraphs: string[], form: string): { paragraph: number; start: number }[] {
  const out: { paragraph: number; start: number }[] = [];
  paragraphs.forEach((p, i) => {
    for (let at = p.indexOf(form); at >= 0; at = p.indexOf(form, at + form.length)) out.push({ paragraph: i, start: at });
  });
  return out;
}

/** Locates `text` in the article: its paragraph and offsets, or paragraph 1 at 0 when absent (an unverifiable quote). */
export function locate(article: Article, text: string): { paragraph: number; start: number; end: number } {
  const hit = findAll(article.paragraphs, text)[0];
  if (hit) return { paragraph: hit.paragraph, start: hit.start, end: hit.start + text.length };
  return { paragraph: 1, start: 0, end: text.length };
}

export function analyzedItem(spec: ItemSpec): AnalyzedItem {
  const article = articleFromText(spec.text, spec.id);
  const matches: TopicMatch[] = [];
  for (const [topicId, terms] of Object.entries(spec.topics)) {
    const mentions: Mention[] = [];
    for (const [term, forms] of terms) {
      for (const form of forms) {
        for (const hit of findAll(article.paragraphs, form)) {
          mentions.push({ topicId, term, text: form, paragraph: hit.paragraph, start: hit.start, end: hit.start + form.length });
        }
      }
    }
    mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    const inTitle = mentions.some((m) => m.paragraph === 0);
    const relevance = spec.relevance?.[topicId] ?? (inTitle ? 0.9 : Math.min(0.8, 0.3 + 0.1 * mentions.length));
    if (mentions.length > 0) matches.push({ topicId, mentions, relevance });
  }
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => ({
    kind: q.kind ?? 'direct',
    text: q.text,
    speaker: q.speaker,
    speakerRole: q.role ?? null,
    ...locate(article, q.text),
    confidence: 0.9,
    salience: q.salience,
  }));
  const published = spec.published ? new Date(spec.published) : null;
  return {
    id: spec.id,
    feedUrl: `https://${(spec.outlet ?? 'feed').toLowerCase().replace(/[^a-z]+/g, '')}.example/feed`,
    outlet: spec.outlet,
    item: {
      guid: spec.id,
      key: spec.id,
      title: article.paragraphs[0],
      link: spec.link,
      canonicalLink: spec.canonicalLink === undefined ? spec.link : spec.canonicalLink,
      published,
      author: null,
      categories: [],
      summary: spec.summary ?? null,
      contentHtml: null,
      text: article.paragraphs.slice(1).join('\n\n'),
      enclosures: [],
    },
    article,
    firstSeen: new Date(spec.firstSeen ?? spec.published ?? '2026-11-27T00:00:00Z'),
    matches,
    quotes,
  };
}

interface GoldQuote {
  kind: QuoteKind;
  text: string;
  speaker: string | null;
  paragraph: number;
}

/**
 * The seed article as the pipeline would see it: text from the corpus, quotes from its gold file
 * (salience: direct 0.5 + length bonus, partial 0.3, indirect 0.4; the gold carries none).
 */
export function seedItems(): { kossev: AnalyzedItem; wire: AnalyzedItem } {
  const text = readCorpus('seed/kossev-botsan-kharchenko.txt');
  const gold = JSON.parse(readCorpus('quotes/dev/kossev-botsan-kharchenko.gold.json')) as { quotes: GoldQuote[] };
  const quotes: QuoteSpec[] = gold.quotes.map((q) => ({
    text: q.text,
    speaker: q.speaker,
    role: q.speaker && /Botsan|Kharchenko/.test(q.speaker) ? 'Russian ambassador to Serbia' : null,
    kind: q.kind,
    salience: Math.round((q.kind === 'direct' ? 0.5 + Math.min(0.4, q.text.length / 1500) : q.kind === 'indirect' ? 0.4 : 0.3) * 1000) / 1000,
  }));
  const seedTopics: ItemSpec['topics'] = {
    kosovo: [['Kosovo', ['Kosovo']]],
    'resolution-1244': [['Resolution 1244', ['Resolution 1244', 'resolution 1244']]],
    'nis-center': [['Russian-Serbian Humanitarian Center', ['Russian-Serbian Humanitarian Center']]],
  };
  const kossev = analyzedItem({
    id: 'kossev-en#4100',
    outlet: 'KoSSev English',
    link: 'https://kossev.example/kossev-botsan-kharchenko/',
    published: '2026-11-27T09:30:00Z',
    text,
    topics: seedTopics,
    quotes,
  });
  const atom = readFileSync(path.join(DEMO_DIR, 'wire-en.atom'), 'utf8');
  const entry = /<entry><title>([^<]*)<\/title>[\s\S]*?<summary type="text">([^<]*)<\/summary>/.exec(atom)!;
  const wire = analyzedItem({
    id: 'wire-en#kossev-botsan-kharchenko',
    outlet: 'Balkan Wire',
    link: 'https://wire.example/pages/kossev-botsan-kharchenko.html',
    published: '2026-11-27T09:30:00Z',
    text: `${entry[1]}\n\n${entry[2]}`,
    topics: { 'resolution-1244': [['Resolution 1244', ['Resolution 1244']]] },
  });
  return { kossev, wire };
}

const OUTLETS = ['KoSSev English', 'Balkan Wire', 'Vesti sa severa', 'Вести', 'Lajme', 'N1', 'RTS', 'Koha'];

/**
 * A 40-story, three-topic digest (already composed) whose headlines and quotes come from the corpus
 * articles and their gold files: enough text that every platform must split it.
 */
export function bigDigest(): import('../../model/digest.js').Digest {
  const names = ['kossev-botsan-kharchenko', ...Array.from({ length: 24 }, (_, i) => i + 1).map((n) => String(n).padStart(2, '0'))];
  const dev = readCorpusDir('quotes/dev');
  const articles = names.map((n) => {
    const base = n.length === 2 ? dev.find((f) => f.startsWith(`dev-${n}-`) && f.endsWith('.txt'))!.replace(/\.txt$/, '') : n;
    const text = readCorpus(`quotes/dev/${base}.txt`);
    const gold = JSON.parse(readCorpus(`quotes/dev/${base}.gold.json`)) as { quotes: GoldQuote[] };
    return { base, title: articleFromText(text).paragraphs[0], quotes: gold.quotes.filter((q) => q.speaker !== null) };
  });
  const end = new Date('2026-11-27T12:00:00Z');
  const sections = TOPICS.map((t) => ({ topicId: t.id, topicName: t.name, entries: [] as import('../../model/digest.js').DigestEntry[] }));
  for (let i = 0; i < 40; i++) {
    const a = articles[i % articles.length];
    const topic = TOPICS[i % 3];
    const outlet = OUTLETS[i % OUTLETS.length];
    const link = `https://${outlet.toLowerCase().replace(/[^a-z0-9]+/g, '') || 'vesti-cyr'}.example/${a.base}/${i}`;
    sections[i % 3].entries.push({
      id: `${a.base}#${i}`,
      title: i < articles.length ? a.title : `${a.title} (update ${i - articles.length + 1})`,
      link,
      outlet,
      alsoIn:
        i % 4 === 0
          ? [
              { outlet: OUTLETS[(i + 3) % OUTLETS.length], link: `https://other.example/${i}` },
              { outlet: 'Radio Free Europe', link: null },
            ]
          : [],
      published: new Date(end.getTime() - (i + 1) * 47 * 60_000),
      topics: [topic.id],
      why: [{ topicId: topic.id, term: topic.terms[0], forms: [topic.terms[0], i % 2 ? `${topic.terms[0]}u` : topic.terms[0]] }],
      quotes: a.quotes.slice(0, 2).map((q, k) => ({
        kind: q.kind,
        text: q.text,
        speaker: q.speaker,
        speakerRole: k === 0 ? null : 'spokesperson',
        link: `${link}#:~:text=${encodeURIComponent(q.text.split(' ').slice(0, 4).join(' '))}`,
        outlet,
        salience: 0.9 - k * 0.1,
      })),
      score: Math.round((1 - i / 50) * 10_000) / 10_000,
      itemIds: [`${a.base}#${i}`],
    });
  }
  return {
    id: 'a1b2c3d4e5f6',
    subscriptionId: 'sub-big',
    windowStart: new Date('2026-11-26T12:00:00Z'),
    windowEnd: end,
    timezone: 'Europe/Belgrade',
    locale: 'sr-Latn-RS',
    sections,
    notices: [
      { kind: 'feed_failing', message: 'https://vesti.example/rss: 5 failures in a row (timeout after 20 s)' },
      { kind: 'subscription_paused', message: 'Subscription #ops paused: missing permission Embed Links' },
    ],
  };
}

function readCorpusDir(rel: string): string[] {
  return readdirSync(path.join(CORPUS, rel)).sort();
}
