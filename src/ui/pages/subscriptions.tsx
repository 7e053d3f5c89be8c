/**
 * Subscriptions: schedule, time zone, language, topics, editable (through the `subscribe` and
 * `alerts` commands, see app.tsx), and the next digest exactly as it will be posted: composed for the
 * window from the end of the last digest to now, rendered by the platform's renderer, drawn as the
 * client shows it.
 */
import { describeSchedule, nextRun } from '../../commands/schedule.js';
import { digestWindow } from '../../digest/compose.js';
import { SUPPORTED_LOCALES } from '../../digest/i18n/index.js';
import type { DiscordMessagePayload } from '../../digest/render/discord/index.js';
import type { SlackMessagePayload } from '../../digest/render/slack/index.js';
import type { Subscription } from '../../model/subscription.js';
import { tenantOf } from '../../model/tenant.js';
import type { PanelDeps } from '../deps.js';
import { DiscordPreview } from '../preview/discord.js';
import { SlackPreview } from '../preview/slack.js';
import { fmtTime, plural } from '../views/format.js';
import { Csrf, Layout, type Flash } from '../views/layout.js';

export function subHref(s: Pick<Subscription, 'id'>): string {
  return `/ui/subscriptions/${encodeURIComponent(s.id)}`;
}

/** `HH:MM` when the cron is one daily time (`M H * * *`), else ''. */
export function dailyTime(cron: string): string {
  const m = /^(\d{1,2}) (\d{1,2}) \* \* \*$/.exec(cron.trim());
  return m ? `${m[2].padStart(2, '0')}:${m[1].padStart(2, '0')}` : '';
}

export async function subscriptionsPage(deps: PanelDeps, csrf: string, flash: Flash | null) {
  const subs = await deps.store.subscriptions.listSubscriptions();
  const now = deps.clock.now();
  return (
    <Layout title="Subscriptions" nav="subscriptions" csrf={csrf} flash={flash}>
      <div class="wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Subscription</th>
              <th scope="col">Platform</th>
              <th scope="col">Topics</th>
              <th scope="col">Schedule</th>
              <th scope="col">Language</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {subs.map((s) => (
              <tr>
                <td>
                  <a href={subHref(s)}>{s.id}</a>
                </td>
                <td>{s.platform}</td>
                <td>{s.topics.length ? s.topics.join(', ') : 'all topics'}</td>
                <td>{describeSchedule(s.cron, s.timezone, now).replace(/`/g, '')}</td>
                <td>{s.locale}</td>
                <td>
                  {s.paused ? <span class="badge bad">paused</span> : <span class="badge ok">{s.mode === 'alerts' ? 'digests + alerts' : 'digests'}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}

/** The drawn preview of what `payloads` will look like on the subscription's platform. */
function Preview(props: { sub: Subscription; payloads: unknown[]; time: string }) {
  if (props.sub.platform === 'discord') return <DiscordPreview payloads={props.payloads as DiscordMessagePayload[]} time={props.time} />;
  if (props.sub.platform === 'slack') return <SlackPreview payloads={props.payloads as SlackMessagePayload[]} time={props.time} />;
  return (
    <div>
      {props.payloads.map((p) => (
        <pre class="text-preview">{String(p)}</pre>
      ))}
    </div>
  );
}

export async function subscriptionPage(deps: PanelDeps, csrf: string, flash: Flash | null, sub: Subscription) {
  const now = deps.clock.now();
  const window = digestWindow(sub, now);
  const [digest, topics] = await Promise.all([deps.composeFor(sub, window), deps.store.watchlists.listTopics(tenantOf(sub))]);
  const stories = digest.sections.reduce((n, s) => n + s.entries.length + (s.more?.length ?? 0), 0);
  const payloads = stories > 0 || sub.postEmpty ? deps.render(sub.platform, digest) : [];
  const next = nextRun(sub.cron, sub.timezone, now);
  const time = dailyTime(sub.cron);
  return (
    <Layout title={`Subscription ${sub.id}`} nav="subscriptions" csrf={csrf} flash={flash}>
      <p>
        <a href="/ui/subscriptions">All subscriptions</a> · {sub.platform} · workspace {sub.workspace} · channel {sub.channel} ·{' '}
        <a href={`/ui/deliveries?sub=${encodeURIComponent(sub.id)}`}>delivery log</a>
      </p>
      {sub.paused ? (
        <p class="flash error" role="alert">
          Paused: {sub.pausedReason ?? 'no reason recorded'}. Saving the form below resumes it (as the subscribe command does).
        </p>
      ) : null}
      <h2>Settings</h2>
      <form method="post" action={subHref(sub)}>
        <Csrf token={csrf} />
        <fieldset>
          <legend>Topics (none ticked: every topic)</legend>
          {topics.map((t) => (
            <label>
              <input type="checkbox" name="topics" value={t.id} checked={sub.topics.includes(t.id)} /> {t.name} <span class="muted">({t.id})</span>
            </label>
          ))}
        </fieldset>
        <div class="row">
          <div>
            <label for="s-time">Daily time</label>
            <input id="s-time" name="time" type="text" value={time} placeholder="08:30" aria-describedby="s-time-help" />
            <div id="s-time-help" class="muted">
              Now {describeSchedule(sub.cron, sub.timezone, now).replace(/`/g, '')}. Also “weekdays 08:30” or a cron line.
            </div>
          </div>
          <div>
            <label for="s-tz">Time zone</label>
            <input id="s-tz" name="timezone" type="text" value={sub.timezone} />
          </div>
          <div>
            <label for="s-locale">Language</label>
            <select id="s-locale" name="locale">
              {[...new Set([sub.locale, ...SUPPORTED_LOCALES])].map((l) => (
                <option value={l} selected={l === sub.locale}>
                  {l}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="s-alerts">Instant alerts</label>
            <select id="s-alerts" name="alerts">
              <option value="off" selected={sub.mode !== 'alerts'}>
                off
              </option>
              <option value="on" selected={sub.mode === 'alerts'}>
                on
              </option>
            </select>
          </div>
        </div>
        <p>
          <button type="submit">Save</button>
        </p>
      </form>
      <h2 id="preview-h">Next digest</h2>
      <p>
        Posted {next ? fmtTime(next) : 'never (the schedule does not fire)'} · window {fmtTime(window.start)} – now · {plural(stories, 'story', 'stories')}
        {payloads.length ? ` · ${plural(payloads.length, 'message', 'messages')}` : ''}
      </p>
      <section class="preview" aria-labelledby="preview-h">
        {payloads.length ? (
          <Preview sub={sub} payloads={payloads} time={next ? fmtTime(next) : ''} />
        ) : (
          <p class="muted">Nothing to post: no new story for this subscription yet.</p>
        )}
      </section>
    </Layout>
  );
}
