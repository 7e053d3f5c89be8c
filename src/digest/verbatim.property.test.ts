/**
 * The promise of a quote mark, as a property: for any analysed story, every string a digest shows
 * inside quote marks stands verbatim in the article (whitespace collapsed; an ellipsis marks words left
 * out, so each piece between ellipses must stand there), and it comes from a direct or partial quote —
 * no indirect item (reported speech, an interview answer) is ever rendered inside marks. Checked on
 * every renderer and language.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Digest } from '../model/digest.js';
import type { Quote, QuoteKind } from '../model/quote.js';
import { composeDigest } from './compose.js';
import { analyzedItem, TOPICS } from './testdata/build.js';
import { renderText } from './render/text.js';
import { renderMarkdown } from './render/markdown.js';
import { renderDiscord } from './render/discord/index.js';
import { renderSlack } from './render/slack/index.js';
import { quoteMarks } from './render/format.js';

const WORDS = [
  'Kosovo',
  'rezolucija',
  'Resolution',
  'ambassador',
  'said',
  'the',
  'council',
  'nije',
  'ostaje',
  'на',
  'снази',
  'Београд',
  'është',
  'qendra',
  'Niš',
  'and',
  'of',
  'it',
  'remains',
  'force',
  'da',
  'je',
  'Prishtinë',
  'NATO',
  'U.S.',
  'Mr.',
  '1244',
  '(1999)',
  'i.e.',
  'Dr.',
  'Srbija',
  'ne',
  'bez',
  '„okvir“',
  '“talks”',
  '«dialog»',
  "'single'",
  '‘inner’',
  'co-director',
  'e',
  'Kosovës',
  'тзв.',
  'Q:',
  'BEOGRAD',
  '–',
];
const ENDS = ['.', '.', '!', '?', '…', '.”', '."'];

const sentence = fc.tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 14 }), fc.constantFrom(...ENDS)).map(([ws, end]) => {
  const first = ws[0][0].toUpperCase() + ws[0].slice(1);
  return [first, ...ws.slice(1)].join(' ') + end;
});
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const article = fc.tuple(sentence, fc.array(paragraph, { minLength: 1, maxLength: 5 }));

/** A quote spec: which paragraph, which word range, which kind, and whether it is reworded (not verbatim). */
const quoteSpec = fc.record({
  paragraph: fc.nat(),
  from: fc.nat(),
  length: fc.integer({ min: 1, max: 70 }),
  // `answer`: an interview answer, kind `indirect` with `form: 'answer'` (ADR 0295), never in marks either.
  kind: fc.constantFrom<QuoteKind | 'answer'>('direct', 'partial', 'indirect', 'answer'),
  reworded: fc.boolean(),
  speaker: fc.option(fc.constantFrom('Arta Kelmendi', 'Николај Рудаков', 'Dragan Lazović', "Kosovo's Central Election Commission"), { freq: 6 }),
  salience: fc.double({ min: 0, max: 1, noNaN: true }),
});

type QuoteSpecValue = typeof quoteSpec extends fc.Arbitrary<infer T> ? T : never;

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Rendered {
  name: string;
  /** The texts our renderer put inside quote marks, unescaped. */
  marked: string[];
  /** The whole output, unescaped, for presence checks. */
  all: string;
}

const unBackslash = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/\u200b/g, '');
const unSlack = (s: string) =>
  s
    .replace(/\u200b/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function marked(lines: string[], prefix: string, after: string, open: string, close: string, unescape: (s: string) => string): string[] {
  const re = new RegExp(`^${esc(prefix)}${esc(open)}(.*)${esc(close)} — ${esc(after)}`);
  return lines
    .map((l) => re.exec(l)?.[1])
    .filter((x): x is string => x !== undefined)
    .map(unescape);
}

function renderAll(d: Digest): Rendered[] {
  const [open, close] = quoteMarks(d);
  const text = renderText(d).split('\n');
  const md = renderMarkdown(d).split('\n');
  const discord = renderDiscord(d).flatMap((m) => m.embeds.flatMap((e) => (e.description ?? '').split('\n')));
  const slack = renderSlack(d).flatMap((m) => m.blocks.flatMap((b) => (b.type === 'section' && b.text ? b.text.text.split('\n') : [])));
  return [
    { name: 'text', marked: marked(text, '     ', '', open, close, (s) => s), all: text.join('\n') },
    { name: 'markdown', marked: marked(md, '  > ', '**', open, close, unBackslash), all: unBackslash(md.join('\n')) },
    { name: 'discord', marked: marked(discord, '> ', '**', open, close, unBackslash), all: unBackslash(discord.join('\n')) },
    { name: 'slack', marked: marked(slack, '>', '*', open, close, unSlack), all: unSlack(slack.join('\n')) },
  ];
}

/** The analysed story of a generated article, with quotes cut from its paragraphs (some reworded). */
function storyOf(headline: string, paras: string[], specs: QuoteSpecValue[]) {
  const text = [headline, ...paras].join('\n\n');
  const item = analyzedItem({
    id: 'a',
    outlet: 'Outlet',
    link: 'https://outlet.example/a',
    published: '2026-11-27T09:00:00Z',
    text,
    topics: { kosovo: [['Kosovo', ['Kosovo', 'Kosovës']]] },
  });
  // Make sure the story matches: a mention in the headline.
  item.matches = [
    {
      topicId: 'kosovo',
      relevance: 0.9,
      mentions: [{ topicId: 'kosovo', term: 'Kosovo', text: headline.split(' ')[0], paragraph: 0, start: 0, end: headline.split(' ')[0].length }],
    },
  ];
  const body = item.article.paragraphs;
  const quotes: Quote[] = [];
  for (const s of specs) {
    const p = 1 + (s.paragraph % (body.length - 1));
    const words = body[p].split(' ');
    const from = s.from % words.length;
    const chosen = words.slice(from, from + s.length);
    const start = words.slice(0, from).join(' ').length + (from > 0 ? 1 : 0);
    let qt = chosen.join(' ');
    const end = start + qt.length;
    if (s.reworded) qt = qt.replace(/\S+$/, 'paraphrased');
    const kind = s.kind === 'answer' ? 'indirect' : s.kind;
    const quote: Quote = { kind, text: qt, speaker: s.speaker, speakerRole: null, paragraph: p, start, end, confidence: 0.9, salience: s.salience };
    if (s.kind === 'answer') quote.form = 'answer';
    quotes.push(quote);
  }
  item.quotes = quotes;
  return { item, body, quotes };
}

describe('quote marks mean verbatim', () => {
  it('every marked string stands in the article and comes from a direct or partial quote, on every renderer', () => {
    fc.assert(
      fc.property(
        article,
        fc.array(quoteSpec, { maxLength: 6 }),
        fc.constantFrom('en', 'sr-Latn', 'sr-Cyrl', 'sq'),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 120 }),
        ([headline, paras], specs, locale, quoteWords, entryQuoteWords) => {
          const { item, body, quotes } = storyOf(headline, paras, specs);
          const d = composeDigest({
            subscription: { id: 's', topics: [], timezone: 'UTC', locale },
            topics: TOPICS,
            items: [item],
            window: { start: new Date('2026-11-27T00:00:00Z'), end: new Date('2026-11-28T00:00:00Z') },
            maxQuotesPerEntry: 4,
            quoteWords,
            entryQuoteWords,
          });
          const all = collapse(body.join(' '));
          const ownWords = quotes.filter((q) => q.kind !== 'indirect').map((q) => collapse(q.text));
          for (const r of renderAll(d)) {
            for (const m of r.marked) {
              const pieces = m
                .split('…')
                .map(collapse)
                .filter((x) => x.length > 0);
              for (const piece of pieces) {
                expect(all, `${r.name}: “${piece}” is not in the article`).toContain(piece);
                expect(
                  ownWords.some((w) => w.includes(piece)),
                  `${r.name}: “${piece}” is no direct or partial quote`,
                ).toBe(true);
              }
            }
          }
          // Every indirect item shown is shown outside marks (the marked strings are all accounted for above).
          const shown = d.sections.flatMap((s) => s.entries.flatMap((e) => e.quotes));
          expect(shown.filter((q) => q.kind !== 'indirect').length).toBe(renderAll(d)[0].marked.length);
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
  it("never shows a direct or partial quote's words under reported: (the marks win a passage)", () => {
    fc.assert(
      fc.property(article, fc.array(quoteSpec, { maxLength: 6 }), ([headline, paras], specs) => {
        const { item, quotes } = storyOf(headline, paras, specs);
        const d = composeDigest({
          subscription: null,
          topics: TOPICS,
          items: [item],
          window: { start: new Date('2026-11-27T00:00:00Z'), end: new Date('2026-11-28T00:00:00Z') },
          maxQuotesPerEntry: 4,
        });
        const marked = quotes.filter((q) => q.kind !== 'indirect' && collapse(item.article.paragraphs[q.paragraph].slice(q.start, q.end)) === collapse(q.text));
        for (const r of d.sections.flatMap((s) => s.entries.flatMap((e) => e.quotes)).filter((q) => q.kind === 'indirect')) {
          for (const m of marked) expect(collapse(r.text), `reported: “${r.text}” holds “${m.text}”`).not.toContain(collapse(m.text));
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
