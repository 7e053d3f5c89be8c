/**
 * What Slack checks of a `chat.postMessage` before it posts anything, as the fake enforces it
 * (https://docs.slack.dev/reference/block-kit/blocks, /section-block, /header-block, /context-block,
 * https://docs.slack.dev/reference/methods/chat.postMessage#errors): ≤ 50 blocks, section text ≤ 3000,
 * header text ≤ 150, context ≤ 10 elements of ≤ 3000, `text` ≤ 40,000. A refusal is `{ ok: false, error: 'invalid_blocks' | 'msg_too_long',
 * errors: [...] }` naming each bad field by JSON pointer, as Slack does. `limits` lets a test make the
 * fake stricter than the documentation (a limit the renderer does not know of), which is what makes
 * Slack refuse a payload that passed our fit pass.
 */

export interface SlackPayloadLimits {
  /** Characters of a section's text (Slack: 3000). */
  sectionText: number;
  /** Characters of the message `text` (Slack: 40,000). */
  text: number;
}

export const SLACK_DOCUMENTED_LIMITS: SlackPayloadLimits = { sectionText: 3000, text: 40_000 };

/** The refusal Slack answers for these arguments, or null when it would post them. */
export function refusal(params: Record<string, unknown>, limits: SlackPayloadLimits = SLACK_DOCUMENTED_LIMITS): { error: string; errors: string[] } | null {
  const text = typeof params.text === 'string' ? params.text : '';
  if (text.length > limits.text) return { error: 'msg_too_long', errors: [`must be less than ${limits.text + 1} characters [json-pointer:/text]`] };
  const blocks = (Array.isArray(params.blocks) ? params.blocks : []) as Record<string, unknown>[];
  const errors: string[] = [];
  if (blocks.length > 50) errors.push('must provide no more than 50 items [json-pointer:/blocks]');
  const checkMrkdwn = (s: string, at: string, max: number) => {
    if (s.length > max) errors.push(`must be less than ${max + 1} characters [json-pointer:${at}]`);
  };
  blocks.forEach((b, i) => {
    const t = (b.text ?? {}) as { text?: unknown };
    if (b.type === 'header' && typeof t.text === 'string' && t.text.length > 150)
      errors.push(`must be less than 151 characters [json-pointer:/blocks/${i}/text/text]`);
    if (b.type === 'section' && typeof t.text === 'string') checkMrkdwn(t.text, `/blocks/${i}/text/text`, limits.sectionText);
    if (b.type === 'context') {
      const elements = (Array.isArray(b.elements) ? b.elements : []) as { text?: unknown }[];
      if (elements.length > 10) errors.push(`must provide no more than 10 items [json-pointer:/blocks/${i}/elements]`);
      elements.forEach((e, j) => typeof e.text === 'string' && checkMrkdwn(e.text, `/blocks/${i}/elements/${j}/text`, 3000));
    }
  });
  return errors.length > 0 ? { error: 'invalid_blocks', errors } : null;
}
