/**
 * Clusters join only what is the same story: one source's boilerplate (footers, headline templates,
 * teaser tails) does not count, and two items of one source join only when near-identical. Sentences
 * are our own.
 */
import { describe, expect, it } from 'vitest';
import { clusterStories, type StoryFingerprintInput } from './cluster.js';

const FOOTER =
  'Pratite nas na Telegramu i Instagramu, preuzmite našu aplikaciju za Android i iOS i budite prvi koji saznaju najvažnije vesti iz Kosova i regiona, svakog dana, bez reklama i bez naplate.';
const LEADS = [
  'Opština Zvečan je u ponedeljak raspisala javni poziv za rekonstrukciju lokalnih puteva u selima duž Ibra.',
  'Kosovska policija je zatvorila administrativni prelaz Jarinje zbog radova na kolovozu do petka.',
  'Učenici srednje škole u Leposaviću osvojili su prvo mesto na regionalnom takmičenju iz hemije.',
  'Elektrodistribucija najavljuje isključenja struje u severnoj Mitrovici zbog zamene trafostanice.',
];

function item(id: string, title: string, lead: string, source?: string, link: string | null = null): StoryFingerprintInput {
  return { id, canonicalLink: link, title, lead, time: new Date('2026-11-27T09:00:00Z'), source };
}

describe('clusterStories: boilerplate and one source', () => {
  it("keeps one outlet's four different stories apart though their teasers end in the same footer", () => {
    const stories = LEADS.map((l, i) =>
      item(`k${i}`, `Vest broj ${i}: ${l.split(' ').slice(0, 4).join(' ')}`, `${l} ${FOOTER}`, 'https://kossev.example/feed'),
    );
    expect(clusterStories(stories)).toEqual([['k0'], ['k1'], ['k2'], ['k3']]);
    // Without a source the footer alone made them one story (what issue 13 saw) until the bodies were
    // compared too (ADR 0163): a third of each text is its own, so they are distinct stories.
    const anonymous = stories.map((s) => ({ ...s, source: undefined }));
    expect(clusterStories(anonymous)).toHaveLength(4);
    expect(clusterStories(anonymous, { bodyThreshold: 0.5 }).length).toBeLessThan(4);
  });

  it('keeps templated headlines of one feed apart', () => {
    const template = (d: string, what: string) => `Najnovije vesti sa severa Kosova i iz regiona uživo ${d}: ${what}`;
    const stories = LEADS.map((l, i) => item(`t${i}`, template(`${i + 1}. decembar`, l.split(' ').slice(0, 3).join(' ')), l, 'https://wire.example/rss'));
    expect(clusterStories(stories)).toHaveLength(4);
  });

  it("joins one outlet's near-identical re-post, and another outlet's copy of a story despite its footer", () => {
    const stories = [
      ...LEADS.map((l, i) => item(`k${i}`, `Vest ${i} ${l.split(' ').slice(0, 5).join(' ')}`, `${l} ${FOOTER}`, 'https://kossev.example/feed')),
      item('k0-again', `Vest 0 ${LEADS[0].split(' ').slice(0, 5).join(' ')}`, `${LEADS[0]} ${FOOTER}`, 'https://kossev.example/feed'),
      item('wire-k1', 'Jarinje zatvoren zbog radova', `${LEADS[1]} Radovi traju do petka, navodi se u saopštenju policije.`, 'https://wire.example/rss'),
    ];
    const clusters = clusterStories(stories).map((c) => [...c].sort());
    expect(clusters).toContainEqual(['k0', 'k0-again']);
    expect(clusters).toContainEqual(['k1', 'wire-k1']);
    expect(clusters).toContainEqual(['k2']);
    expect(clusters).toContainEqual(['k3']);
  });

  it("joins many copies of one story from one source (a new guid and link on every fetch): copies are not each other's boilerplate", () => {
    // Five fetches, five items, the same headline and text: before, every shingle was in 3+ of the
    // source's stories, all were discounted, and no copy joined another (ADR 0280).
    const copies = [0, 1, 2, 3, 4].map((n) =>
      item(`c${n}`, 'Zvečan raspisao poziv za puteve duž Ibra', LEADS[0], 'https://churn.example/rss', `https://churn.example/a/1?s=${n}`),
    );
    const other = item('o', 'Jarinje zatvoren zbog radova na kolovozu', LEADS[1], 'https://churn.example/rss');
    expect(clusterStories([...copies, other])).toEqual([['c0', 'c1', 'c2', 'c3', 'c4'], ['o']]);
    // A footer on every story of the feed is still boilerplate next to the copies.
    const withFooter = LEADS.map((l, i) =>
      item(`k${i}`, `Vest broj ${i}: ${l.split(' ').slice(0, 4).join(' ')}`, `${l} ${FOOTER}`, 'https://kossev.example/feed'),
    );
    const again = { ...withFooter[0], id: 'k0-again' };
    const clusters = clusterStories([...withFooter, again, { ...again, id: 'k0-third' }]).map((c) => [...c].sort());
    expect(clusters).toEqual([['k0', 'k0-again', 'k0-third'], ['k1'], ['k2'], ['k3']]);
  });

  it('joins two items of one source on a shared canonical link whatever their text', () => {
    const a = item('a', 'Prvi naslov', LEADS[0], 's', 'https://x.example/1');
    const b = item('b', 'Drugi naslov', LEADS[1], 's', 'https://x.example/1');
    expect(clusterStories([a, b])).toEqual([['a', 'b']]);
  });
});
