import type { Digest } from '../../../model/digest.js';
import { renderSlack as renderBlocks, type SlackMessagePayload } from './render.js';
import { fitSlackPayloads } from './fit.js';

export { withDeliveryKey, type SlackMessagePayload } from './render.js';
export { escapeSlack } from './escape.js';
export { fitSlackPayloads, cutMrkdwn } from './fit.js';

/**
 * Renders a digest as Slack messages (render.ts), then applies the final fit pass (fit.ts): every
 * text within its Block Kit limit and every message within 50 blocks, whatever the input.
 */
export function renderSlack(d: Digest): SlackMessagePayload[] {
  return fitSlackPayloads(renderBlocks(d));
}
