/** Links to posted messages, from the ledger's message ids. */
import type { Subscription } from '../../model/subscription.js';

/**
 * A link that opens a posted message in its client, or null (the console has none).
 * Discord: `https://discord.com/channels/<guild>/<channel>/<message>` (the client's own message link
 * form). Slack: `https://slack.com/archives/<channel>/p<ts without the dot>` (a permalink; Slack sends
 * a signed-in reader on to their workspace).
 */
export function messageLink(sub: Pick<Subscription, 'platform' | 'workspace' | 'channel'>, messageId: string): string | null {
  const enc = encodeURIComponent;
  if (sub.platform === 'discord' && /^\d{1,25}$/.test(messageId)) return `https://discord.com/channels/${enc(sub.workspace)}/${enc(sub.channel)}/${messageId}`;
  if (sub.platform === 'slack' && /^\d{1,12}\.\d{1,8}$/.test(messageId)) return `https://slack.com/archives/${enc(sub.channel)}/p${messageId.replace('.', '')}`;
  return null;
}
