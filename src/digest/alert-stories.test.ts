/**
 * Instant alerts, one per story (ADR 0288): which of a round's candidates are alerted, and which copies
 * an alert folds in, by the digest's own similarity. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import type { AnalyzedItem } from '../model/story.js';
import { copiesOf, firstOfEachNewStory } from './alert-stories.js';
import { analyzedItem } from './testdata/build.js';
import { toSerbianCyrillic } from '../../test/support/cyrillic.js';

const TITLE = 'Kosovo opens a new library in the old customs house';
const BODY =
  'The Kosovo ministry of culture opened a new public library in the old customs house by the river on Wednesday. "This is the largest library in the region and it will hold a hundred thousand books," minister Drita Lekaj said at the opening. The library will be open every day from eight until eight, and pupils of the primary schools can join for free.';
const OTHER_TITLE = 'Kosovo farmers count the cost of a dry summer';
const OTHER_BODY =
  'Farmers in the south of Kosovo said on Wednesday that the dry summer had halved their harvest of maize and peppers. "We have not seen the river this low in forty years," said Bekim Rama, who grows vegetables near the lake. The government promised to pay part of the losses before the winter.';

const cyr = toSerbianCyrillic;

function item(id: string, outlet: string, title: string, body: string, at = '2026-12-01T20:00:00Z'): AnalyzedItem {
  return analyzedItem({
    id,
    outlet,
    link: `https://${outlet.toLowerCase().replace(/\W/g, '')}.example/${id}`,
    published: at,
    firstSeen: at,
    text: `${title}\n\n${body}`,
    topics: { kosovo: [['Kosovo', ['Kosovo']]] },
  });
}

describe('instant alerts, one per story', () => {
  it('two copies of one round (the Latin and the Cyrillic, or two outlets word for word) give one alert: the first', () => {
    const lat = item('lat', 'Outlet A', TITLE, BODY);
    const cyrCopy = item('cyr', 'Вести', cyr(TITLE), cyr(BODY));
    const copy = item('copy', 'Outlet B', TITLE, BODY);
    const other = item('other', 'Outlet A', OTHER_TITLE, OTHER_BODY);
    expect(firstOfEachNewStory([lat, cyrCopy, copy, other], []).map((a) => a.id)).toEqual(['lat', 'other']);
    expect(firstOfEachNewStory([cyrCopy, lat], []).map((a) => a.id)).toEqual(['cyr']);
  });

  it('a copy of a story the channel received (an alert, a digest entry) is not alerted; another story is', () => {
    const received = item('lat', 'Outlet A', TITLE, BODY, '2026-12-01T19:00:00Z');
    const cyrCopy = item('cyr', 'Вести', cyr(TITLE), cyr(BODY));
    const other = item('other', 'Outlet A', OTHER_TITLE, OTHER_BODY);
    expect(firstOfEachNewStory([cyrCopy, other], [received]).map((a) => a.id)).toEqual(['other']);
  });

  it('an item alerted before (a sweep sees it again) is not alerted again, nor are its copies', () => {
    const lat = item('lat', 'Outlet A', TITLE, BODY);
    const copy = item('copy', 'Outlet B', TITLE, BODY);
    expect(firstOfEachNewStory([lat, copy], [lat])).toEqual([]);
  });

  it('the copies an alert lists under "also:" are those of its story only', () => {
    const lat = item('lat', 'Outlet A', TITLE, BODY);
    const cyrCopy = item('cyr', 'Вести', cyr(TITLE), cyr(BODY));
    const other = item('other', 'Outlet A', OTHER_TITLE, OTHER_BODY);
    expect(copiesOf(lat, [lat, cyrCopy, other]).map((a) => a.id)).toEqual(['cyr']);
    expect(copiesOf(other, [lat, cyrCopy])).toEqual([]);
  });
});
