/**
 * Watchlists: every topic (global ones from the config, and each workspace's), its terms, and the
 * live backtest of a term being typed. Edits go through the chat commands (`watch add`, `watch
 * remove`): see app.tsx.
 */
import type { Topic } from '../../model/watchlist.js';
import type { PlatformName } from '../../model/subscription.js';
import type { PanelDeps } from '../deps.js';
import { BacktestCache, runBacktest, type BacktestResult, type Passage } from '../data/backtest.js';
import { fmtTime, plural } from '../views/format.js';
import { Csrf, Layout, type Flash } from '../views/layout.js';
import { ExternalLink } from '../views/external-link.js';

/** The workspaces that have a subscription (a topic of their own can be made there), with their platform. */
export async function workspaces(deps: PanelDeps): Promise<Map<string, PlatformName>> {
  const out = new Map<string, PlatformName>();
  for (const s of await deps.store.subscriptions.listSubscriptions()) if (s.platform !== 'console' && !out.has(s.workspace)) out.set(s.workspace, s.platform);
  return out;
}

/** `global` or the workspace id, as used in the panel's URLs. */
export function scopeOf(t: Pick<Topic, 'workspace'>): string {
  return t.workspace ?? 'global';
}

export function topicHref(t: Pick<Topic, 'workspace' | 'id'>): string {
  return `/ui/watchlists/${encodeURIComponent(scopeOf(t))}/${encodeURIComponent(t.id)}`;
}

/** The topic of `scope` with this id, or null. @throws WirewatchError `store` */
export async function findTopic(deps: PanelDeps, scope: string, id: string): Promise<Topic | null> {
  const topics = await deps.store.watchlists.listTopics(scope === 'global' ? null : scope);
  return topics.find((t) => t.id === id && scopeOf(t) === scope) ?? null;
}

/** All topics: global first, then each workspace's. */
async function allTopics(deps: PanelDeps): Promise<Topic[]> {
  const seen = new Map<string, Topic>();
  for (const t of await deps.store.watchlists.listTopics(null)) seen.set(`global\u0000${t.id}`, t);
  for (const ws of (await workspaces(deps)).keys()) for (const t of await deps.store.watchlists.listTopics(ws)) seen.set(`${scopeOf(t)}\u0000${t.id}`, t);
  return [...seen.values()];
}

export async function watchlistsPage(deps: PanelDeps, csrf: string, flash: Flash | null) {
  const [topics, ws] = await Promise.all([allTopics(deps), workspaces(deps)]);
  return (
    <Layout title="Watchlists" nav="watchlists" csrf={csrf} flash={flash}>
      <div class="wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Scope</th>
              <th scope="col">Terms</th>
            </tr>
          </thead>
          <tbody>
            {topics.map((t) => (
              <tr>
                <td>
                  <a href={topicHref(t)}>{t.name}</a> <span class="muted">({t.id})</span>
                  {t.priority === 'instant' ? (
                    <>
                      {' '}
                      <span class="badge warn">instant</span>
                    </>
                  ) : null}
                </td>
                <td>{t.workspace === null ? 'global (config)' : `workspace ${t.workspace}`}</td>
                <td>{t.terms.join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>New topic</h2>
      {ws.size === 0 ? (
        <p class="muted">Topics are made for a workspace (a Discord server or Slack team) that has a subscription; global topics come from the config file.</p>
      ) : (
        <form method="post" action="/ui/watchlists/new">
          <Csrf token={csrf} />
          <div class="row">
            <div>
              <label for="nt-ws">Workspace</label>
              <select id="nt-ws" name="workspace">
                {[...ws].map(([w, p]) => (
                  <option value={w}>{`${w} (${p})`}</option>
                ))}
              </select>
            </div>
            <div>
              <label for="nt-id">Topic id</label>
              <input id="nt-id" name="topic" type="text" required pattern="[a-z0-9][a-z0-9_\-]{0,39}" aria-describedby="nt-id-help" />
              <div id="nt-id-help" class="muted">
                Lower-case letters, digits, - or _.
              </div>
            </div>
            <div>
              <label for="nt-term">First term</label>
              <input id="nt-term" name="term" type="text" required maxlength={200} />
            </div>
            <div>
              <button type="submit">Create topic</button>
            </div>
          </div>
        </form>
      )}
    </Layout>
  );
}

function PassageView(props: { p: Passage; trap?: boolean }) {
  return (
    <p>
      {props.p.cutStart ? '… ' : ''}
      {props.p.parts.map((x) => (x.mark ? <mark class={props.trap ? 'trap' : undefined}>{x.text}</mark> : x.text))}
      {props.p.cutEnd ? ' …' : ''}
    </p>
  );
}

/** The backtest results (also the fragment the live form swaps in: its id is `backtest`). */
export function BacktestView(props: { r: BacktestResult | null; term: string | null; error?: string | null }) {
  const { r, term } = props;
  if (props.error || !r) {
    return (
      <section id="backtest" aria-live="polite">
        <p class="flash error" role="alert">
          {props.error ?? 'No backtest.'}
        </p>
      </section>
    );
  }
  return (
    <section id="backtest" aria-live="polite" aria-labelledby="bt-h">
      <h2 id="bt-h">
        {term ? `With “${term}”: ` : 'As saved: '}
        {plural(r.matching, 'story matches', 'stories match')}
        {term ? ` (now ${r.before}, ${r.added} new)` : ''} of {r.stories} in the last {plural(r.days, 'day', 'days')}
      </h2>
      {r.hits.map((h) => (
        <div class="hit">
          <div>
            <ExternalLink href={h.link}>{h.title}</ExternalLink> {h.added && term ? <span class="badge ok">new with this term</span> : null}
          </div>
          <div class="meta">{[h.outlet, fmtTime(h.time)].filter(Boolean).join(' · ')}</div>
          <PassageView p={h.passage} />
          <div class="why">why: {h.why.map((w) => `${w.term} (${w.forms.join(', ')})`).join('; ')}</div>
        </div>
      ))}
      <h2>Look-alikes not matched ({r.lookAlikes.length})</h2>
      {r.lookAlikes.length === 0 ? <p class="muted">No story has a word that looks like {term ? 'this term' : 'these terms'} without matching.</p> : null}
      {r.lookAlikes.map((h) => (
        <div class="hit">
          <div>
            <ExternalLink href={h.link}>{h.title}</ExternalLink>
          </div>
          <div class="meta">{[h.outlet, fmtTime(h.time)].filter(Boolean).join(' · ')}</div>
          <PassageView p={h.passage} trap />
          <div class="why">
            not matched: “{h.word}” looks like “{h.like}” but is not one of its forms
          </div>
        </div>
      ))}
    </section>
  );
}

/** Runs the backtest for a topic page or the live fragment. */
export async function backtestFor(
  deps: PanelDeps,
  topic: Topic,
  term: string | null,
  days: number,
  cache?: BacktestCache,
): Promise<{ r: BacktestResult | null; error: string | null }> {
  const now = deps.clock.now();
  const items = await deps.store.items.itemsInWindow(new Date(now.getTime() - days * 86_400_000), now, topic.workspace ?? undefined);
  try {
    return { r: runBacktest(topic, term, items, days, cache), error: null };
  } catch (e) {
    return { r: null, error: `Not a valid term: ${(e as Error).message.replace(/^[a-z]+: /, '')}` };
  }
}

export async function topicPage(deps: PanelDeps, csrf: string, flash: Flash | null, topic: Topic, term: string | null, days: number, cache?: BacktestCache) {
  const bt = await backtestFor(deps, topic, term, days, cache);
  const base = topicHref(topic);
  const editable = topic.workspace !== null;
  return (
    <Layout title={`Topic ${topic.name}`} nav="watchlists" csrf={csrf} flash={flash} script>
      <p>
        <a href="/ui/watchlists">All topics</a> · id <code>{topic.id}</code> ·{' '}
        {topic.workspace === null ? 'global topic (config)' : `workspace ${topic.workspace}`} · priority {topic.priority}
      </p>
      <h2>Terms</h2>
      <ul class="terms">
        {topic.terms.map((t) => (
          <li>
            <span>{t}</span>
            {editable ? (
              <form method="post" action={`${base}/remove`}>
                <Csrf token={csrf} />
                <input type="hidden" name="term" value={t} />
                <button type="submit" aria-label={`Remove term ${t}`}>
                  ✕
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {topic.exclude.length ? <p class="muted">Excluded: {topic.exclude.join(' · ')}</p> : null}
      {editable ? (
        <form method="post" action={`${base}/add`}>
          <Csrf token={csrf} />
          <div class="row">
            <div>
              <label for="add-term">Add a term</label>
              <input id="add-term" name="term" type="text" required maxlength={200} value={term ?? ''} />
            </div>
            <div>
              <button type="submit">Save term</button>
            </div>
          </div>
        </form>
      ) : (
        <p class="muted">
          A global topic comes from the service configuration and is not edited here or from chat (every workspace shares it). Try terms below; to change it,
          edit the config’s <code>topics:</code> and restart with <code>--reset-from-config</code>.
        </p>
      )}
      <h2>Try a term</h2>
      <form method="get" action={base} data-live={`${base}/backtest`} data-target="backtest" role="search">
        <div class="row">
          <div>
            <label for="try-term">Term</label>
            <input id="try-term" name="term" type="search" maxlength={200} value={term ?? ''} autocomplete="off" aria-describedby="try-help" />
            <div id="try-help" class="muted">
              Results follow as you type (term syntax: words, "phrases", A NEAR/4 B, =NIS).
            </div>
          </div>
          <div>
            <label for="try-days">Days</label>
            <select id="try-days" name="days">
              {[1, 3, 7, 14, 30].map((d) => (
                <option value={String(d)} selected={d === days}>
                  {plural(d, 'day', 'days')}
                </option>
              ))}
            </select>
          </div>
          <div>
            <button type="submit" class="secondary">
              Try
            </button>
          </div>
        </div>
      </form>
      <BacktestView r={bt.r} term={term} error={bt.error} />
    </Layout>
  );
}
