/**
 * One outlet's update of a story it already published — a new guid and link, an "UPDATED:" headline,
 * one word of the text changed — is that story, also in a feed whose stories share a template (the
 * new user's report nu3: "chaos story 5" delivered twice). The template's shingles are the feed's
 * boilerplate and do not count, so what is left of each story is short, and one changed word takes up
 * to three of its 3-word shingles: the story's own words fell under the same-source 0.9 and the update
 * was a new story. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { clusterStories, leadOf, storySimilarity, type StoryFingerprintInput } from './cluster.js';

const FEED = 'https://bulletin.example/rss';
// Each story's own words: a town, a number, an official and the subject of the row; the rest is the feed's template.
const ROWS: [string, string, string, string][] = [
  ['Zubin Potok', '4411', 'Dragana Ilić', 'water meters'],
  ['Leposavić', '5823', 'Miloš Perić', 'bus timetables'],
  ['Zvečan', '6197', 'Jelena Savić', 'street lighting'],
  ['Gračanica', '7302', 'Nikola Rakić', 'school heating'],
  ['Štrpce', '8054', 'Vesna Lazić', 'snow clearing'],
];

function text(n: number, subject: string): string[] {
  const [town, num, who] = ROWS[n];
  return [
    `Bulletin ${num}: the municipal assembly of ${town} met on Tuesday evening and argued for three hours about ${subject} in ${town}, case ${num}.`,
    `"We expect an answer on case ${num} from the ministry before the end of the month," said councillor ${who} of ${town}, chair of the budget committee.`,
  ];
}

function story(id: string, title: string, paragraphs: string[], link: string): StoryFingerprintInput {
  return { id, canonicalLink: link, title, lead: leadOf(paragraphs), body: paragraphs.join(' '), time: new Date('2026-12-07T09:00:00Z'), source: FEED };
}

const delivered = ROWS.map(([town, num, , subject], n) =>
  story(`old-${n}`, `Assembly of ${town} on case ${num}`, text(n, subject), `https://bulletin.example/b/${num}`),
);

describe('clusterStories: an update of one outlet’s story in a templated feed', () => {
  it('joins the update (new link, UPDATED: headline, one word changed) to the story it updates', () => {
    const [town, num] = ROWS[1];
    const update = story('new-1', `UPDATED: Assembly of ${town} on case ${num}`, text(1, 'bus routes'), `https://bulletin.example/2026/12/07/case-${num}/`);
    const clusters = clusterStories([update, ...delivered]).map((c) => [...c].sort());
    expect(clusters).toContainEqual(['new-1', 'old-1']);
    // Alone (no template to discount) the pair was near-identical already.
    expect(storySimilarity(update, delivered[1])).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps the feed’s different stories apart, and an update that changed most of the story’s own words', () => {
    expect(clusterStories(delivered)).toHaveLength(ROWS.length);
    const [town, num] = ROWS[2];
    const rewritten = text(2, 'street lighting').map((p) => p.replace(`case ${num}`, 'case 9999').replace(`Bulletin ${num}`, 'Bulletin 9999'));
    const other = story('new-2', `UPDATED: Assembly of ${town} on case ${num}`, rewritten, `https://bulletin.example/2026/12/07/case-${num}/`);
    const clusters = clusterStories([other, ...delivered]).map((c) => [...c].sort());
    expect(clusters).toContainEqual(['new-2']);
  });
});
