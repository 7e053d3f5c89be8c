/**
 * A Discord message drawn as the Discord client shows it: the bot's name and badge, the message
 * content, then each embed with its colour bar, author, linked title, description and fields.
 * Colours, sizes and spacing follow Discord's dark theme. No image is loaded (the CSP forbids it).
 */
import type { APIEmbed, DiscordMessagePayload } from '../../digest/render/discord/index.js';
import { DiscordText } from './markup.js';
import { safeHref } from './markup.js';

/** The embed colours the renderer uses, as CSS classes (inline styles are refused by the CSP). */
function colorClass(color: number | undefined): string {
  if (color === 0x3b82f6) return 'dc-embed c-blue';
  if (color === 0xf59e0b) return 'dc-embed c-amber';
  return 'dc-embed';
}

function Embed(props: { e: APIEmbed }) {
  const { e } = props;
  const href = e.url ? safeHref(e.url) : null;
  return (
    <div class={colorClass(e.color)}>
      {e.author?.name ? <div class="dc-author">{e.author.name}</div> : null}
      {e.title ? (
        <div class="dc-title">
          {href ? (
            <a href={href} rel="noopener noreferrer nofollow" target="_blank">
              <DiscordText text={e.title} />
            </a>
          ) : (
            <DiscordText text={e.title} />
          )}
        </div>
      ) : null}
      {e.description ? (
        <div class="dc-desc">
          <DiscordText text={e.description} />
        </div>
      ) : null}
      {(e.fields ?? []).map((f) => (
        <div class="dc-field">
          <div class="dc-field-name">
            <DiscordText text={f.name} />
          </div>
          <div>
            <DiscordText text={f.value} />
          </div>
        </div>
      ))}
      {e.footer?.text ? <div class="dc-footer">{e.footer.text}</div> : null}
    </div>
  );
}

/** Every message of a Discord digest, in order. */
export function DiscordPreview(props: { payloads: DiscordMessagePayload[]; time: string }) {
  return (
    <div class="dc" aria-label="Preview as Discord shows it">
      {props.payloads.map((m, i) => (
        <article class="dc-msg" aria-label={`Message ${i + 1} of ${props.payloads.length}`}>
          <div class="dc-avatar" aria-hidden="true">
            ww
          </div>
          <div class="dc-body">
            {i === 0 ? (
              <div class="dc-head">
                <span class="dc-name">wirewatch</span> <span class="dc-bot">APP</span> <span class="dc-time">{props.time}</span>
              </div>
            ) : null}
            {m.content ? (
              <div class="dc-content">
                <DiscordText text={m.content} />
              </div>
            ) : null}
            {m.embeds.map((e) => (
              <Embed e={e} />
            ))}
          </div>
        </article>
      ))}
    </div>
  );
}
