/** Quotes: stored quotes searched by speaker, topic, outlet and date, each with its article link. */
import type { PanelDeps } from '../deps.js';
import { fmtTime } from '../views/format.js';
import { Layout, type Flash } from '../views/layout.js';
import { itemTime } from '../../model/story.js';
import { ExternalLink } from '../views/external-link.js';
import { foldName } from '../../pipeline/speakers/identity.js';
import type { Quote } from '../../model/quote.js';

/**
 * Whether a quote's speaker is the one searched for, the way `/wirewatch quotes` finds a speaker:
 * a spelling of an entity `findSpeakers` returns for what was typed (any case, diacritics, script or
 * inflection: `Lazovic`, `Лазовић`, `Lazovića` all find `Dragan Lazović`, ADR 0260/0307), or a
 * folded part of the written name (`lazo`).
 */
async function speakerFilter(deps: PanelDeps, typed: string): Promise<((q: Quote) => boolean) | null> {
  const want = typed.trim();
  if (!want) return null;
  const spellings = new Set((await deps.store.speakers.findSpeakers(want)).flatMap((s) => s.spellings));
  const folded = foldName(want);
  return (q) => q.speaker !== null && (spellings.has(q.speaker) || (folded !== '' && foldName(q.speaker).includes(folded)));
}

export interface QuoteQuery {
  speaker: string;
  topic: string;
  outlet: string;
  /** `YYYY-MM-DD` (UTC days, inclusive), or ''. */
  from: string;
  to: string;
}

/** Most quotes listed. */
const MAX_QUOTES = 200;
const DAY = 86_400_000;

function day(s: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
  const d = new Date(`${s}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

export async function quotesPage(deps: PanelDeps, csrf: string, flash: Flash | null, query: QuoteQuery) {
  const now = deps.clock.now();
  const to = day(query.to) ? new Date(day(query.to)!.getTime() + DAY) : now;
  const from = day(query.from) ?? new Date(to.getTime() - 7 * DAY);
  const [items, topics, speaker] = await Promise.all([
    deps.store.items.itemsInWindow(from, to),
    deps.store.watchlists.listTopics(null),
    speakerFilter(deps, query.speaker),
  ]);
  const outlets = [...new Set(items.map((i) => i.outlet).filter((o): o is string => !!o))].sort();
  const rows = items
    .filter((i) => (!query.outlet || i.outlet === query.outlet) && (!query.topic || i.matches.some((m) => m.topicId === query.topic)))
    .flatMap((i) => i.quotes.filter((q) => !speaker || speaker(q)).map((q) => ({ i, q })))
    .sort((a, b) => itemTime(b.i).getTime() - itemTime(a.i).getTime() || b.q.salience - a.q.salience);
  return (
    <Layout title="Quotes" nav="quotes" csrf={csrf} flash={flash}>
      <form method="get" action="/ui/quotes" role="search">
        <div class="row">
          <div>
            <label for="q-speaker">Speaker</label>
            <input id="q-speaker" name="speaker" type="search" value={query.speaker} />
          </div>
          <div>
            <label for="q-topic">Topic</label>
            <select id="q-topic" name="topic">
              <option value="">any</option>
              {topics.map((t) => (
                <option value={t.id} selected={t.id === query.topic}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="q-outlet">Outlet</label>
            <select id="q-outlet" name="outlet">
              <option value="">any</option>
              {outlets.map((o) => (
                <option value={o} selected={o === query.outlet}>
                  {o}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="q-from">From</label>
            <input id="q-from" name="from" type="date" value={query.from} />
          </div>
          <div>
            <label for="q-to">To</label>
            <input id="q-to" name="to" type="date" value={query.to} />
          </div>
          <div>
            <button type="submit" class="secondary">
              Search
            </button>
          </div>
        </div>
      </form>
      <p class="muted">
        {rows.length > MAX_QUOTES ? `The first ${MAX_QUOTES} of ${rows.length}` : rows.length} quotes from stories published {fmtTime(from)} – {fmtTime(to)}.
      </p>
      {rows.slice(0, MAX_QUOTES).map(({ i, q }) => (
        <div class="hit">
          <p>
            {q.kind === 'indirect' ? (
              <>
                <em>{q.form === 'answer' ? 'interview:' : 'reported:'}</em> {q.text}
              </>
            ) : (
              `“${q.text}”`
            )}
          </p>
          <div class="meta">
            {q.speaker ?? 'unnamed speaker'}
            {q.speakerRole ? `, ${q.speakerRole}` : ''} · {i.outlet ?? 'unknown outlet'} · {fmtTime(itemTime(i))} ·{' '}
            <ExternalLink href={i.item.link}>{i.item.title}</ExternalLink>
          </div>
        </div>
      ))}
    </Layout>
  );
}
