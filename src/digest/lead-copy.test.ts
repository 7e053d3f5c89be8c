/**
 * Which copy of a story leads its entry (ADR 0307), from a new user's two feeds: Wire A carried the
 * full text at 08:00; Outlet B a one-sentence teaser at 09:30 whose page (the same URL) the reader
 * fetched, so both items have the same article and B's title names the topic.
 */
import { describe, expect, it } from 'vitest';
import { buildEntry, type EntryContext } from './entry.js';
import { analyzedItem } from './testdata/build.js';

const LINK = 'http://127.0.0.1:18081/pages/en1.html';
const TEASER =
  'BELGRADE, Dec 6 – Serbia\'s foreign minister Marko Jovanović said on Saturday that Resolution 1244 "remains the only legal basis" for any talks on Kosovo.';
const BODY = [
  TEASER,
  '"We will not give up Kosovo. Not today, not tomorrow," Jovanović told reporters in Belgrade. "Anyone who thinks otherwise does not know the Serbian people."',
  'Kosovo\'s prime minister Albin Kurti rejected the remarks. "Serbia must accept reality," he said, adding that the dialogue in Brussels was "going nowhere".',
].join('\n\n');

function wireA() {
  return analyzedItem({
    id: 'a#en1',
    outlet: 'Wire A',
    link: LINK,
    published: '2026-12-07T08:00:00Z',
    text: `Serbian minister rejects Pristina's demands over Resolution 1244\n\n${BODY}`,
    topics: { kosovo: [['Kosovo', ['Kosovo']]] },
  });
}

function outletB() {
  const b = analyzedItem({
    id: 'b#en1',
    outlet: 'Outlet B',
    link: LINK,
    published: '2026-12-07T09:30:00Z',
    text: `Belgrade says Resolution 1244 is the only basis for Kosovo talks\n\n${BODY}`,
    topics: { kosovo: [['Kosovo', ['Kosovo']]] },
  });
  // The feed carried only the teaser; the article is the fetched page.
  return { ...b, item: { ...b.item, text: TEASER, summary: TEASER } };
}

const CTX: EntryContext = {
  watched: new Set(['kosovo']),
  topicOrder: new Map([['kosovo', 0]]),
  maxQuotes: 2,
  windowEnd: Date.parse('2026-12-08T00:00:00Z'),
  quoteWords: 60,
  entryWords: 160,
};

describe('the lead of a story two outlets carried', () => {
  it('is the copy whose feed carried the full text, not a later teaser whose page was fetched', () => {
    for (const members of [
      [wireA(), outletB()],
      [outletB(), wireA()],
    ]) {
      const e = buildEntry(members, CTX);
      expect(e.outlet).toBe('Wire A');
      expect(e.title).toBe("Serbian minister rejects Pristina's demands over Resolution 1244");
      expect(e.published?.toISOString()).toBe('2026-12-07T08:00:00.000Z');
    }
  });
  it('never repeats the lead\'s URL under "also:" (the outlet is still named)', () => {
    const e = buildEntry([outletB(), wireA()], CTX);
    expect(e.link).toBe(LINK);
    expect(e.alsoIn).toEqual([{ outlet: 'Outlet B', link: null }]);
  });
  it("keeps the other outlet's own link when it differs", () => {
    const b = outletB();
    const other = { ...b, item: { ...b.item, link: 'http://127.0.0.1:18081/pages/b-en1.html', canonicalLink: null } };
    expect(buildEntry([wireA(), other], CTX).alsoIn).toEqual([{ outlet: 'Outlet B', link: 'http://127.0.0.1:18081/pages/b-en1.html' }]);
  });
});
