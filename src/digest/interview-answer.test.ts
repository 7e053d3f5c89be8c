/**
 * An interview answer in a digest (ADR 0295): from a question-and-answer article through the
 * extractor, compose and every renderer, the interviewee's answer stands under its own label
 * (`interview:` and its translations) with the speaker named, never under the paraphrase label and
 * never in quote marks; reported speech of the same digest keeps `reported:`.
 */
import { describe, expect, it } from 'vitest';
import type { Digest, DigestQuote } from '../model/digest.js';
import { extractQuotes } from '../pipeline/quotes/index.js';
import { composeDigest } from './compose.js';
import { analyzedItem, TOPICS } from './testdata/build.js';
import { renderText } from './render/text.js';
import { renderMarkdown } from './render/markdown.js';
import { renderDiscord } from './render/discord/index.js';
import { renderSlack } from './render/slack/index.js';
import { reportAttribution, reportLabel } from './render/format.js';

const ANSWER = 'No, the checkpoint at the bridge will stay open every night. We have asked Kosovo for two more officers.';

/** A Q&A interview of our own: the answers are Mirela Hasani's, labelled `A:`. */
function interviewItem() {
  const text = [
    'Mirela Hasani: The bridge stays open at night',
    'The mayor of the border town, Mirela Hasani, spoke to us about the checkpoint and about Kosovo.',
    'Q: Will the checkpoint close at night?',
    `A: ${ANSWER}`,
    'Q: What do the traders at the market say about it?',
    'A: They are worried about the winter season. Most of them sell fruit from Kosovo.',
  ].join('\n\n');
  const a = analyzedItem({
    id: 'interview-1',
    outlet: 'Border Daily',
    link: 'https://borderdaily.example/hasani-interview',
    published: '2026-11-27T09:00:00Z',
    text,
    topics: { kosovo: [['Kosovo', ['Kosovo']]] },
  });
  return { ...a, quotes: extractQuotes(a.article, { mentions: a.matches.flatMap((m) => m.mentions) }) };
}

function digest(locale: string): Digest {
  return composeDigest({
    subscription: { id: 'sub-1', topics: ['kosovo'], timezone: 'UTC', locale },
    topics: TOPICS,
    items: [interviewItem()],
    window: { start: new Date('2026-11-27T00:00:00Z'), end: new Date('2026-11-28T00:00:00Z') },
  });
}

const quotesOf = (d: Digest): DigestQuote[] => d.sections.flatMap((s) => s.entries.flatMap((e) => e.quotes));

describe('an interview answer in a digest (ADR 0295)', () => {
  it('is presented as an answer: its own words without the turn label, the speaker named', () => {
    const qs = quotesOf(digest('en'));
    const answer = qs.find((q) => q.text.startsWith('No, the checkpoint'));
    expect(answer).toMatchObject({ kind: 'indirect', form: 'answer', speaker: 'Mirela Hasani', namesSpeaker: false });
    expect(answer!.text).toBe(ANSWER);
    expect(answer!.link).toMatch(/^https:\/\/borderdaily\.example\/hasani-interview#:~:text=No%2C/);
  });

  it('text: `interview: … (Speaker)`, never `reported:` and never in marks', () => {
    const text = renderText(digest('en'));
    expect(text).toContain(`interview: ${ANSWER} (Mirela Hasani`);
    expect(text).not.toMatch(/reported: No, the checkpoint/);
    expect(text).not.toContain(`“${ANSWER}”`);
  });

  it('markdown: the label in italics, the speaker in bold', () => {
    const md = renderMarkdown(digest('en'));
    expect(md).toContain(`> *interview:* ${ANSWER}`);
    expect(md).toMatch(/\*interview:\* No, the checkpoint[^\n]*\(\*\*Mirela Hasani/);
  });

  it('Discord embed: `_interview:_ … (**Speaker**)`', () => {
    const [msg] = renderDiscord(digest('en'));
    const description = msg.embeds.map((e) => e.description ?? '').join('\n');
    expect(description).toMatch(/> _interview:_ No, the checkpoint [^\n]*\(\*\*Mirela Hasani[^\n]*\*\*\)/);
    expect(description).not.toContain('_reported:_ No, the checkpoint');
  });

  it('Slack Block Kit: `_interview:_ … (*Speaker*)`', () => {
    const [msg] = renderSlack(digest('en'));
    const text = JSON.stringify(msg.blocks);
    expect(text).toMatch(/>_interview:_ No, the checkpoint [^"]*\(\*Mirela Hasani[^"]*\*\)/);
    expect(text).not.toContain('_reported:_ No, the checkpoint');
  });

  it.each([
    ['sr-Latn', 'Iz intervjua'],
    ['sr-Cyrl', 'Из интервјуа'],
    ['sq', 'Nga intervista'],
  ])('%s: the label is the language’s own (`%s:`) on every platform', (locale, label) => {
    const d = digest(locale);
    expect(renderText(d)).toContain(`${label}: No, the checkpoint`);
    expect(renderMarkdown(d)).toContain(`*${label}:* No, the checkpoint`);
    expect(JSON.stringify(renderDiscord(d))).toContain(`_${label}:_ No, the checkpoint`);
    expect(JSON.stringify(renderSlack(d))).toContain(`_${label}:_ No, the checkpoint`);
  });

  it('the label and attribution follow the form: a paraphrase stays `reported`, an answer always names its speaker', () => {
    const base: DigestQuote = {
      kind: 'indirect',
      text: 'Hasani said the bridge stays open.',
      speaker: 'Mirela Hasani',
      speakerRole: 'mayor',
      link: null,
      outlet: null,
      salience: 0.5,
    };
    expect(reportLabel({ locale: 'en' }, base)).toBe('reported');
    expect(reportLabel({ locale: 'en' }, { ...base, form: 'answer' })).toBe('interview');
    expect(reportAttribution({ ...base, namesSpeaker: true }, { locale: 'en' })).toBeNull();
    expect(reportAttribution({ ...base, namesSpeaker: true, form: 'answer' }, { locale: 'en' })).toBe('Mirela Hasani, mayor');
  });
});
