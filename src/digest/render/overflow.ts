/**
 * "+N more" overflow of a topic section (stories over `digests.maxEntries`) for the text and Markdown
 * renderings: one compact line per story, headline and link. Discord and Slack have their own
 * (`discord/overflow.ts`, `slack/overflow.ts`), which also fit their platform limits.
 */
import type { DigestSection } from '../../model/digest.js';
import { safeHttpLink } from '../links.js';
import { cleanText, entryTitle, msg } from './format.js';

/** `+3 more in Kosovo`, in the digest's language (`locale`, default English; not escaped). */
export function overflowHeading(s: Pick<DigestSection, 'topicName' | 'more'>, locale = 'en'): string {
  return msg({ locale }, 'moreIn', { count: s.more?.length ?? 0, topic: cleanText(s.topicName) });
}

/**
 * Text lines for a section's overflow, indented like entries: the heading, then `• headline — outlet · link`.
 * Empty when the section has no overflow.
 */
export function overflowTextLines(s: DigestSection, locale = 'en'): string[] {
  if (!s.more || s.more.length === 0) return [];
  const lines = [`  ${overflowHeading(s, locale)}:`];
  for (const m of s.more) {
    const parts = [m.outlet ? cleanText(m.outlet) : null, safeHttpLink(m.link)].filter((x): x is string => !!x);
    lines.push(`   • ${cleanText(entryTitle(m, { locale }))}${parts.length > 0 ? ` — ${parts.join(' · ')}` : ''}`);
  }
  return lines;
}

/**
 * Markdown lines for a section's overflow: an emphasised heading and a list of links.
 * @param link `markdownLink` of ./markdown.ts (label escaped, URL checked)
 * @param escape `escapeMarkdown`
 */
export function overflowMarkdownLines(
  s: DigestSection,
  link: (label: string, url: string | null) => string,
  escape: (t: string) => string,
  locale = 'en',
): string[] {
  if (!s.more || s.more.length === 0) return [];
  const lines = ['', `*${escape(overflowHeading(s, locale))}:*`, ''];
  for (const m of s.more) lines.push(`- ${link(entryTitle(m, { locale }), m.link)}${m.outlet ? ` — *${escape(cleanText(m.outlet))}*` : ''}`);
  return lines;
}
