/**
 * A Slack message drawn as the Slack client shows Block Kit: header blocks in bold, mrkdwn sections,
 * small grey context lines, dividers (https://docs.slack.dev/reference/block-kit/blocks). Only the
 * block types the renderer writes are drawn; any other shows its type, so nothing is hidden.
 */
import type { SlackMessagePayload } from '../../digest/render/slack/index.js';
import { SlackText } from './markup.js';

type Block = SlackMessagePayload['blocks'][number];

function textOf(t: unknown): { type: string; text: string } | null {
  if (t && typeof t === 'object' && typeof (t as { text?: unknown }).text === 'string') return t as { type: string; text: string };
  return null;
}

function Text(props: { t: unknown }) {
  const t = textOf(props.t);
  if (!t) return null;
  return t.type === 'mrkdwn' ? <SlackText text={t.text} /> : <>{t.text}</>;
}

function BlockView(props: { b: Block }) {
  const b = props.b as { type: string; text?: unknown; elements?: unknown[]; fields?: unknown[] };
  switch (b.type) {
    case 'header':
      return (
        <div class="sl-header" role="heading" aria-level={3}>
          <Text t={b.text} />
        </div>
      );
    case 'section':
      return (
        <div class="sl-section">
          <Text t={b.text} />
          {b.fields ? (
            <div class="sl-fields">
              {b.fields.map((f) => (
                <div>
                  <Text t={f} />
                </div>
              ))}
            </div>
          ) : null}
        </div>
      );
    case 'context':
      return (
        <div class="sl-context">
          {(b.elements ?? []).map((e) => (
            <span>
              <Text t={e} />
            </span>
          ))}
        </div>
      );
    case 'divider':
      return <hr class="sl-divider" />;
    default:
      return <div class="sl-context">[{b.type} block]</div>;
  }
}

/** Every message of a Slack digest, in order. */
export function SlackPreview(props: { payloads: SlackMessagePayload[]; time: string }) {
  return (
    <div class="sl" aria-label="Preview as Slack shows it">
      {props.payloads.map((m, i) => (
        <article class="sl-msg" aria-label={`Message ${i + 1} of ${props.payloads.length}`}>
          <div class="sl-avatar" aria-hidden="true">
            ww
          </div>
          <div class="sl-body">
            <div class="sl-head">
              <span class="sl-name">wirewatch</span> <span class="sl-app">APP</span> <span class="sl-time">{props.time}</span>
            </div>
            {m.blocks.map((b) => (
              <BlockView b={b} />
            ))}
          </div>
        </article>
      ))}
    </div>
  );
}
