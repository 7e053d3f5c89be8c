/** Invariants every rendered message must keep; shared by the golden and the property tests. */
import { expect } from 'vitest';
import { embedLength } from '@discordjs/builders';
import type { DiscordMessagePayload } from '../discord/index.js';
import type { SlackMessagePayload } from '../slack/index.js';
import * as DL from '../discord/limits.js';
import * as SL from '../slack/limits.js';

/** Live Discord mentions: @everyone/@here, users, roles, channels (https://discord.com/developers/docs/reference#message-formatting). */
const DISCORD_MENTION = /@(everyone|here)|<@[!&]?\d+>|<#\d+>/;
/** An unescaped Discord markdown link whose target is not http(s). */
const DISCORD_BAD_LINK = /(?<!\\)\]\((?!https?:\/\/)/;

export function checkDiscord(payloads: DiscordMessagePayload[]): void {
  expect(payloads.length).toBeGreaterThan(0);
  for (const p of payloads) {
    expect(p.allowed_mentions).toEqual({ parse: [] });
    expect(p.embeds.length).toBeGreaterThan(0);
    expect(p.embeds.length).toBeLessThanOrEqual(DL.MESSAGE_EMBEDS_MAX);
    expect((p.content ?? '').length).toBeLessThanOrEqual(DL.MESSAGE_CONTENT_MAX);
    expect(p.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(DL.MESSAGE_EMBED_CHARS_MAX);
    const texts = [p.content ?? '']; // rendered as markdown
    const plain: string[] = []; // author names and footers are not markdown
    for (const e of p.embeds) {
      expect((e.title ?? '').length).toBeLessThanOrEqual(DL.EMBED_TITLE_MAX);
      expect((e.description ?? '').length).toBeLessThanOrEqual(DL.EMBED_DESCRIPTION_MAX);
      expect((e.author?.name ?? '').length).toBeLessThanOrEqual(DL.EMBED_AUTHOR_NAME_MAX);
      expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(DL.EMBED_FOOTER_TEXT_MAX);
      expect((e.fields ?? []).length).toBeLessThanOrEqual(DL.EMBED_FIELDS_MAX);
      for (const f of e.fields ?? []) {
        expect(f.name.length).toBeLessThanOrEqual(DL.EMBED_FIELD_NAME_MAX);
        expect(f.value.length).toBeLessThanOrEqual(DL.EMBED_FIELD_VALUE_MAX);
        texts.push(f.name, f.value);
      }
      if (e.url !== undefined) expect(e.url).toMatch(/^https?:\/\//);
      texts.push(e.title ?? '', e.description ?? '');
      plain.push(e.author?.name ?? '', e.footer?.text ?? '');
    }
    for (const t of texts) {
      expect(t).not.toMatch(DISCORD_MENTION);
      expect(t).not.toMatch(DISCORD_BAD_LINK);
    }
    for (const t of plain) expect(t).not.toMatch(DISCORD_MENTION);
  }
}

/** Every `<` in Slack mrkdwn must open one of our http(s) links: `<https://…|label>`. */
const SLACK_ANGLE = /<(?!https?:\/\/[^|<>\s]+\|[^<>]*>)/;
const SLACK_BARE_MENTION = /@(channel|here|everyone)\b/i;

export function checkSlack(payloads: SlackMessagePayload[]): void {
  expect(payloads.length).toBeGreaterThan(0);
  for (const p of payloads) {
    expect(p.unfurl_links).toBe(false);
    expect(p.unfurl_media).toBe(false);
    expect(p.blocks.length).toBeLessThanOrEqual(SL.MESSAGE_BLOCKS_MAX);
    expect(p.text.length).toBeLessThanOrEqual(SL.MESSAGE_TEXT_MAX);
    const mrkdwn: string[] = [p.text];
    const plain: string[] = [];
    for (const b of p.blocks) {
      if (b.type === 'header') {
        expect(b.text.text.length).toBeLessThanOrEqual(SL.HEADER_TEXT_MAX);
        expect(b.text.text.length).toBeGreaterThan(0);
        plain.push(b.text.text);
      } else if (b.type === 'section') {
        expect(b.text).toBeDefined();
        expect(b.text!.text.length).toBeLessThanOrEqual(SL.SECTION_TEXT_MAX);
        expect(b.text!.text.length).toBeGreaterThan(0);
        (b.text!.type === 'mrkdwn' ? mrkdwn : plain).push(b.text!.text);
      } else if (b.type === 'context') {
        expect(b.elements.length).toBeLessThanOrEqual(SL.CONTEXT_ELEMENTS_MAX);
        for (const el of b.elements) {
          if (el.type === 'mrkdwn' || el.type === 'plain_text') {
            expect(el.text.length).toBeLessThanOrEqual(SL.TEXT_OBJECT_MAX);
            (el.type === 'mrkdwn' ? mrkdwn : plain).push(el.text);
          }
        }
      } else {
        expect(b.type).toBe('divider');
      }
    }
    for (const t of mrkdwn) {
      expect(t).not.toMatch(SLACK_ANGLE);
      expect(t).not.toMatch(SLACK_BARE_MENTION);
      // entities only as we write them
      expect(t).not.toMatch(/&(?!amp;|lt;|gt;)/);
    }
    for (const t of plain) expect(t).not.toMatch(SLACK_BARE_MENTION);
  }
}
