/** Slack's Block Kit and message limits, each with the page that states it. Lengths in UTF-16 units (never less than Slack's count). */

/** https://docs.slack.dev/reference/block-kit/blocks (a message holds up to 50 blocks) */
export const MESSAGE_BLOCKS_MAX = 50;
/** https://docs.slack.dev/reference/block-kit/blocks/section-block (`text`: max 3000 characters) */
export const SECTION_TEXT_MAX = 3000;
/** https://docs.slack.dev/reference/block-kit/blocks/header-block (`text`: max 150 characters) */
export const HEADER_TEXT_MAX = 150;
/** https://docs.slack.dev/reference/block-kit/blocks/context-block (`elements`: max 10) */
export const CONTEXT_ELEMENTS_MAX = 10;
/** https://docs.slack.dev/reference/block-kit/composition-objects/text-object (`text`: max 3000 characters) */
export const TEXT_OBJECT_MAX = 3000;
/** https://docs.slack.dev/reference/methods/chat.postMessage (`text` is truncated beyond 40,000 characters) */
export const MESSAGE_TEXT_MAX = 40000;

/** Our own budgets, inside the platform limits. */
/** Blocks kept free in every message for a delivery-key context block. */
export const DELIVERY_BLOCK_RESERVE = 1;
/** A quote is shown with at most this many characters. */
export const QUOTE_DISPLAY_MAX = 600;
