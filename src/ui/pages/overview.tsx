/** Overview: feeds and their health, the last digests of every subscription, the loop, 24-hour counts. */
import type { Delivery } from '../../model/delivery.js';
import { parseWindowSubject } from '../../model/delivery.js';
import type { PanelDeps } from '../deps.js';
import { messageLink } from '../data/message-links.js';
import { fmtAgo, fmtTime } from '../views/format.js';
import { Layout, type Flash } from '../views/layout.js';

const DAY = 86_400_000;

function Health(props: { f: { failingSince: Date | null; errorCount: number; lastSuccessAt: Date | null }; now: Date }) {
  const { f, now } = props;
  if (f.failingSince) return <span class="badge bad">failing since {fmtAgo(f.failingSince, now)}</span>;
  if (f.errorCount > 0) return <span class="badge warn">{f.errorCount} error(s)</span>;
  if (!f.lastSuccessAt) return <span class="badge muted">not read yet</span>;
  return <span class="badge ok">ok</span>;
}

function stateClass(d: Delivery): string {
  return d.state === 'sent' ? 'badge ok' : d.state === 'failed' ? 'badge bad' : 'badge warn';
}

/** Builds the overview page. @throws WirewatchError `store` from the store */
export async function overviewPage(deps: PanelDeps, csrf: string, flash: Flash | null) {
  const now = deps.clock.now();
  const since = new Date(now.getTime() - DAY);
  const [feeds, subs, items, state] = await Promise.all([
    deps.store.feeds.listFeeds(),
    deps.store.subscriptions.listSubscriptions(),
    deps.store.items.itemsFirstSeen(since, now),
    deps.state?.() ?? Promise.resolve(null),
  ]);
  const ledgers = await Promise.all(subs.map((s) => deps.store.deliveries.listDeliveries(s.id)));
  const recent = ledgers.flat().filter((d) => d.updatedAt >= since);
  const counts = {
    stories: items.length,
    matched: items.filter((i) => i.matches.length > 0).length,
    quotes: items.reduce((n, i) => n + i.quotes.length, 0),
    sent: recent.filter((d) => d.state === 'sent').length,
    failed: recent.filter((d) => d.state === 'failed').length,
  };
  return (
    <Layout title="Overview" nav="overview" csrf={csrf} flash={flash}>
      <h2>Last 24 hours</h2>
      <div class="cards">
        <div class="card">
          <div class="n">{counts.stories}</div>stories read
        </div>
        <div class="card">
          <div class="n">{counts.matched}</div>matched a topic
        </div>
        <div class="card">
          <div class="n">{counts.quotes}</div>quotes found
        </div>
        <div class="card">
          <div class="n">{counts.sent}</div>deliveries sent
        </div>
        <div class="card">
          <div class="n">{counts.failed}</div>deliveries failed
        </div>
      </div>
      {state ? (
        <>
          <h2>Service</h2>
          <p>
            {state.ticking ? 'A poll round is running now. ' : 'Idle. '}
            {state.lastTick
              ? `Last round ${fmtAgo(state.lastTick.at, now)}: ${state.lastTick.polled} feeds polled, ${state.lastTick.failed} failed, ${state.lastTick.newItems} new stories, ${state.lastTick.digests} digests. `
              : 'No round yet. '}
            Adapters connected: {state.connected.length ? state.connected.join(', ') : 'none'}. Deliveries waiting for a retry: {state.pendingDeliveries}.
          </p>
        </>
      ) : null}
      <h2>Feeds ({feeds.length})</h2>
      <div class="wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Feed</th>
              <th scope="col">Health</th>
              <th scope="col">Last read</th>
              <th scope="col" class="hide-sm">
                Next check
              </th>
              <th scope="col">Last error</th>
            </tr>
          </thead>
          <tbody>
            {feeds.map((f) => (
              <tr>
                <td>
                  {f.title ?? f.url}
                  <div class="muted hide-sm">{f.url}</div>
                </td>
                <td>
                  <Health f={f} now={now} />
                </td>
                <td>{fmtAgo(f.lastSuccessAt, now)}</td>
                <td class="hide-sm">{fmtAgo(f.nextCheckAt, now)}</td>
                <td>{f.lastError ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Last digests</h2>
      <div class="wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Subscription</th>
              <th scope="col">Digests (newest first)</th>
            </tr>
          </thead>
          <tbody>
            {subs.map((s, i) => {
              const digests = ledgers[i]
                .filter((d) => d.kind === 'digest')
                .slice(-3)
                .reverse();
              return (
                <tr>
                  <td>
                    <a href={`/ui/subscriptions/${encodeURIComponent(s.id)}`}>{s.id}</a>
                    {s.paused ? <div class="bad">paused: {s.pausedReason ?? 'no reason recorded'}</div> : null}
                  </td>
                  <td>
                    {digests.length === 0 ? <span class="muted">none yet</span> : null}
                    {digests.map((d) => {
                      const w = parseWindowSubject(d.subject);
                      const link = d.messageIds[0] ? messageLink(s, d.messageIds[0]) : null;
                      return (
                        <div>
                          <span class={stateClass(d)}>{d.state}</span> {fmtTime(d.updatedAt)} · window {fmtTime(w.start)} – {fmtTime(w.end)}
                          {link ? (
                            <>
                              {' '}
                              · <a href={link}>open message</a>
                            </>
                          ) : null}
                          {d.lastError ? <div class="bad">{d.lastError}</div> : null}
                        </div>
                      );
                    })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
