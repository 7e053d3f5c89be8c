/**
 * Only copies join (ADR 0163): a follow-up that repeats two of the three lead sentences of an earlier
 * story but reports a new event is a story of its own, from another outlet or the same one; a teaser,
 * a syndicated copy and a Cyrillic copy still join. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { clusterStories, distinctStories, leadOf, type StoryFingerprintInput } from './cluster.js';

const BACKGROUND = [
  'The regional water board closed the old pumping station near the river mouth last spring after a long dispute over its running costs.',
  'Since then the villages along the eastern bank have been supplied by tanker trucks twice a week, a stopgap that the board promised would end by winter.',
];
const FIRST = 'On Monday the board approved a loan of four million euros to build a new station, with works to start in March and end within two years.';
const FOLLOW =
  'On Thursday the contractor chosen for the works withdrew from the tender, saying the price had been fixed before steel became dearer, and the board will have to call a new tender.';
const QUOTE = '"We will not leave the villages without water for another summer," the chairwoman of the board, Irena Vodnik, told the assembly.';

function story(id: string, title: string, paragraphs: string[], source: string, time = '2026-11-27T09:00:00Z'): StoryFingerprintInput {
  return { id, canonicalLink: `https://${id}.example/`, title, lead: leadOf(paragraphs), body: paragraphs.join(' '), time: new Date(time), source };
}

const original = story('first', 'Water board approves loan for new pumping station', [...BACKGROUND, FIRST], 'https://a.example/feed');

describe('clusterStories: a follow-up that repeats the background is its own story', () => {
  it('from another outlet: two of three lead sentences shared, a new event and a new quote', () => {
    const follow = story('follow', 'Contractor quits pumping station tender', [...BACKGROUND, FOLLOW, QUOTE], 'https://b.example/feed', '2026-11-28T09:00:00Z');
    expect(clusterStories([original, follow])).toEqual([['first'], ['follow']]);
    expect(distinctStories(original, follow)).toBe(true);
    // What made them one story before: the leads alone are similar enough.
    expect(clusterStories([original, follow], { bodyThreshold: 0 })).toEqual([['first', 'follow']]);
  });

  it('from the same outlet, even when the shared background fills the whole lead', () => {
    const long = [`${BACKGROUND[0]} ${BACKGROUND[1]} The board meets every second Monday in the town hall and its sessions are open to the public.`];
    const a = story('same-a', 'Water board approves loan for new pumping station', [...long, FIRST], 'https://a.example/feed');
    const b = story('same-b', 'Contractor quits pumping station tender', [...long, FOLLOW, QUOTE], 'https://a.example/feed', '2026-11-28T09:00:00Z');
    expect(clusterStories([a, b])).toEqual([['same-a'], ['same-b']]);
  });

  it('still joins a teaser, a syndicated copy under another headline and a Cyrillic copy', () => {
    const teaser = story('teaser', 'Loan for pumping station approved', [`${BACKGROUND[0]} […]`], 'https://wire.example/feed');
    const copy = story('copy', 'Villages to get water station', [...BACKGROUND, FIRST], 'https://c.example/feed');
    const cyr = story(
      'cyr',
      'Водни одбор одобрио зајам за нову пумпну станицу',
      ['Водни одбор је у понедељак одобрио зајам од четири милиона евра за нову пумпну станицу на ушћу реке, која ће снабдевати села на источној обали.'],
      'https://d.example/feed',
    );
    const lat = story(
      'lat',
      'Vodni odbor odobrio zajam za novu pumpnu stanicu',
      ['Vodni odbor je u ponedeljak odobrio zajam od četiri miliona evra za novu pumpnu stanicu na ušću reke, koja će snabdevati sela na istočnoj obali.'],
      'https://e.example/feed',
    );
    const clusters = clusterStories([original, teaser, copy, lat, cyr]).map((c) => [...c].sort());
    expect(clusters).toContainEqual(['copy', 'first', 'teaser']);
    expect(clusters).toContainEqual(['cyr', 'lat']);
  });

  it('does not chain two different stories through a teaser both contain', () => {
    const teaser = story('teaser', 'Water for the eastern bank', [BACKGROUND[0]], 'https://wire.example/feed');
    const follow = story('follow', 'Contractor quits pumping station tender', [...BACKGROUND, FOLLOW, QUOTE], 'https://b.example/feed');
    const clusters = clusterStories([original, teaser, follow]);
    expect(clusters).toHaveLength(2);
    expect(clusters.find((c) => c.includes('first'))).not.toContain('follow');
  });
});
