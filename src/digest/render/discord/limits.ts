/**
 * Discord's message and embed limits. Lengths are counted in UTF-16 units here, which is never less
 * than Discord's count of characters, so staying within them is safe.
 */

/** https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
export const EMBED_TITLE_MAX = 256;
/** https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
export const EMBED_DESCRIPTION_MAX = 4096;
/** https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
export const EMBED_FIELDS_MAX = 25;
/** https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
export const EMBED_FIELD_NAME_MAX = 256;
/** https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
export const EMBED_FIELD_VALUE_MAX = 1024;
/** https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
export const EMBED_FOOTER_TEXT_MAX = 2048;
/** https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
export const EMBED_AUTHOR_NAME_MAX = 256;
/**
 * Sum of title, description, field names and values, footer text and author name over all embeds of
 * one message. https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
export const MESSAGE_EMBED_CHARS_MAX = 6000;
/** https://discord.com/developers/docs/resources/message#create-message-jsonform-params (`embeds`: up to 10) */
export const MESSAGE_EMBEDS_MAX = 10;
/** https://discord.com/developers/docs/resources/message#create-message-jsonform-params (`content`: up to 2000 characters) */
export const MESSAGE_CONTENT_MAX = 2000;

/**
 * Characters of an embed URL (`url`, `author.url`, image and thumbnail URLs). Not in Discord's
 * documentation (discord/discord-api-docs PR #6531 proposed documenting it); Discord answers a longer
 * one with 50035 "Must be 2048 or fewer in length." A feed's item link can be any length.
 */
export const EMBED_URL_MAX = 2048;

/** Our own budgets, inside the platform limits. */
/** Room kept in each message for the dispatcher's footer `wirewatch • <key>` (key ≤ 25 characters, Discord nonce limit). */
export const DELIVERY_FOOTER_RESERVE = 64;
/** A quote is shown with at most this many characters. */
export const QUOTE_DISPLAY_MAX = 600;
/** https://discord.com/developers/docs/resources/message#embed-object-embed-limits (fields: name ≤ 256, value ≤ 1024) — see fit.ts */
export const EMBED_LIMITS = {
  title: EMBED_TITLE_MAX,
  description: EMBED_DESCRIPTION_MAX,
  fields: EMBED_FIELDS_MAX,
  fieldName: EMBED_FIELD_NAME_MAX,
  fieldValue: EMBED_FIELD_VALUE_MAX,
  footer: EMBED_FOOTER_TEXT_MAX,
  author: EMBED_AUTHOR_NAME_MAX,
} as const;
