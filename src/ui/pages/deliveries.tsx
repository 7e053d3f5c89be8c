/** Delivery log: per story and subscription, what happened and why (data/delivery-log.ts). */
import type { PanelDeps } from '../deps.js';
import { subscriptionLog, type Fate } from '../data/delivery-log.js';
import { fmtTime } from '../views/format.js';
import { Layout, type Flash } from '../views/layout.js';
import { ExternalLink } from '../views/external-link.js';

const LABEL: Record<Fate['kind'], [string, string]> = {
  delivered: ['delivered', 'badge ok'],
  overflow: ['in overflow', 'badge warn'],
  duplicate: ['duplicate', 'badge muted'],
  not_matched: ['not matched', 'badge muted'],
  waiting: ['waiting for schedule', 'badge'],
  paused: ['paused', 'badge bad'],
  pending: ['being delivered', 'badge warn'],
  failed: ['failed', 'badge bad'],
  before: ['before first digest', 'badge muted'],
};

function FateView(props: { f: Fate }) {
  const f = props.f;
  const [label, cls] = LABEL[f.kind];
  const badge = <span class={cls}>{label}</span>;
  switch (f.kind) {
    case 'delivered':
    case 'overflow':
      return (
        <>
          {badge} {f.kind === 'delivered' ? `as a story under ${f.topic}` : `listed under “+ more” in ${f.topic} (the section was over its story cap)`},{' '}
          {fmtTime(f.at)}
          {f.link ? (
            <>
              {' '}
              · <a href={f.link}>open message</a>
            </>
          ) : f.messageId ? (
            <> · message {f.messageId}</>
          ) : null}
        </>
      );
    case 'duplicate':
      return (
        <>
          {badge} same story as {f.of.outlet ? `${f.of.outlet}: ` : ''}
          <ExternalLink href={f.of.link}>{f.of.title}</ExternalLink>
          {f.overflow ? ' (in overflow)' : ''}, shown once under that outlet with this one in “also”
        </>
      );
    case 'not_matched':
      return (
        <>
          {badge} {f.why}
        </>
      );
    case 'waiting':
      return (
        <>
          {badge} {f.why} Next digest {fmtTime(f.next)}.
        </>
      );
    case 'paused':
      return (
        <>
          {badge} {f.reason}
        </>
      );
    case 'pending':
      return (
        <>
          {badge} attempt {f.attempts}
          {f.error ? `, last error: ${f.error}` : ''}
        </>
      );
    case 'failed':
      return (
        <>
          {badge} {f.error ?? 'no error recorded'}
        </>
      );
    case 'before':
      return (
        <>
          {badge} {f.why}
        </>
      );
  }
}

export interface LogQuery {
  sub: string | null;
  days: number;
  q: string;
  kind: string;
}

export async function deliveriesPage(deps: PanelDeps, csrf: string, flash: Flash | null, query: LogQuery) {
  const subs = await deps.store.subscriptions.listSubscriptions();
  const sub = subs.find((s) => s.id === query.sub) ?? subs[0] ?? null;
  const now = deps.clock.now();
  const all = sub ? await subscriptionLog(deps, sub, new Date(now.getTime() - query.days * 86_400_000), now) : [];
  const q = query.q.trim().toLowerCase();
  const rows = all.filter(
    (r) => (!q || r.item.title.toLowerCase().includes(q) || (r.item.outlet ?? '').toLowerCase().includes(q)) && (!query.kind || r.fate.kind === query.kind),
  );
  return (
    <Layout title="Delivery log" nav="deliveries" csrf={csrf} flash={flash}>
      <form method="get" action="/ui/deliveries" role="search">
        <div class="row">
          <div>
            <label for="d-sub">Subscription</label>
            <select id="d-sub" name="sub">
              {subs.map((s) => (
                <option value={s.id} selected={s.id === sub?.id}>
                  {s.id}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="d-days">Stories first seen in the last</label>
            <select id="d-days" name="days">
              {[1, 3, 7, 14, 30].map((d) => (
                <option value={String(d)} selected={d === query.days}>
                  {d} day{d === 1 ? '' : 's'}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="d-kind">What happened</label>
            <select id="d-kind" name="kind">
              <option value="">anything</option>
              {Object.entries(LABEL).map(([k, [l]]) => (
                <option value={k} selected={k === query.kind}>
                  {l}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="d-q">Story or outlet</label>
            <input id="d-q" name="q" type="search" value={query.q} />
          </div>
          <div>
            <button type="submit" class="secondary">
              Show
            </button>
          </div>
        </div>
      </form>
      <p class="muted">
        {rows.length} of {all.length} stories. Digests are composed again from the stored stories to place each one, as they were posted unless the watchlist
        changed since.
      </p>
      <div class="wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Story</th>
              <th scope="col">What happened</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr data-fate={r.fate.kind}>
                <td>
                  <ExternalLink href={r.item.link}>{r.item.title}</ExternalLink>
                  <div class="muted">
                    {[r.item.outlet, `first seen ${fmtTime(r.item.firstSeen)}`].filter(Boolean).join(' · ')} ·{' '}
                    <a href={`/ui/deliveries/story/${encodeURIComponent(r.item.id)}`}>every subscription</a>
                  </div>
                </td>
                <td>
                  <FateView f={r.fate} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}

/** One story and what happened to it for every subscription. @returns null for an unknown story */
export async function storyPage(deps: PanelDeps, csrf: string, id: string) {
  const item = await deps.store.items.getItem(id);
  if (!item) return null;
  const subs = await deps.store.subscriptions.listSubscriptions();
  const at = item.firstSeen.getTime();
  const rows = [];
  for (const sub of subs) {
    const row = (await subscriptionLog(deps, sub, new Date(at), new Date(at + 1))).find((r) => r.item.id === id);
    rows.push({ sub, fate: row?.fate ?? null });
  }
  return (
    <Layout title="Delivery log: one story" nav="deliveries" csrf={csrf}>
      <p>
        <ExternalLink href={item.item.link}>{item.item.title}</ExternalLink>
        <span class="muted"> · {[item.outlet, `first seen ${fmtTime(item.firstSeen)}`].filter(Boolean).join(' · ')}</span>
      </p>
      <div class="wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Subscription</th>
              <th scope="col">What happened</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ sub, fate }) => (
              <tr data-fate={fate?.kind ?? 'not_visible'}>
                <td>
                  <a href={`/ui/deliveries?sub=${encodeURIComponent(sub.id)}`}>{sub.id}</a>
                </td>
                <td>
                  {fate ? (
                    <FateView f={fate} />
                  ) : (
                    <>
                      <span class="badge muted">not visible</span> The story comes from a feed this subscription’s workspace does not read.
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
