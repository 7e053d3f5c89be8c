/**
 * CommonMark/GFM digest (for files, issues, logs that render Markdown). Untrusted text is cleaned
 * and backslash-escaped (CommonMark 0.31 §2.4: any ASCII punctuation may be escaped); only http(s)
 * links become links.
 */
import type { Digest } from '../../model/digest.js';
import { safeHttpLink } from '../links.js';
import { overflowMarkdownLines } from './overflow.js';
import {
  attribution,
  entryTitle,
  inMarks,
  quoteMarks,
  quoteVia,
  reportAttribution,
  reportLabel,
  via,
  cleanText,
  emptyText,
  formatWindow,
  metaParts,
  msg,
  noticeLabel,
  noticeText,
  summaryLine,
  whyText,
} from './format.js';

/**
 * Escapes text for CommonMark/GFM inline content: `\ \` * _ { } [ ] ( ) # + ! | < > ~ &` get a
 * backslash, and a leading `-`, `+`, `=` or `1.` that could start a block is escaped too.
 * Input should be `cleanText`ed (one line).
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_{}[\]()#+!|<>~&]/g, '\\$&')
    .replace(/^([-=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** `Feed failing` from `feed failing`: a notice label opening a line. */
function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A Markdown link destination: the http(s) URL with spaces, `<`, `>`, `(` and `)` percent-encoded. */
function destination(url: string): string {
  return url.replace(/[ <>()]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** `[label](url)` when the link is http(s), else the escaped label alone. */
export function markdownLink(label: string, link: string | null): string {
  const url = safeHttpLink(link);
  const text = escapeMarkdown(cleanText(label));
  return url ? `[${text}](${destination(url)})` : text;
}

/**
 * Renders the digest as Markdown: `##` summary, window line, notices as a quote block, `###` per
 * topic, one list item per entry (title link, outlet · time, also, why, quotes with a link to the
 * passage). Ends without a newline.
 */
export function renderMarkdown(d: Digest): string {
  const out: string[] = [`## ${escapeMarkdown(summaryLine(d))}`, '', `*${escapeMarkdown(formatWindow(d))}*`];
  const [open, close] = quoteMarks(d);
  if (d.notices.length > 0) {
    out.push('');
    for (const n of d.notices) out.push(`> **${escapeMarkdown(capitalise(noticeLabel(d, n)))}:** ${escapeMarkdown(noticeText(d, n))}  `);
  }
  if (d.sections.length === 0) out.push('', escapeMarkdown(emptyText(d)));
  for (const s of d.sections) {
    out.push('', `### ${escapeMarkdown(cleanText(s.topicName))}`, '');
    for (const e of s.entries) {
      const { outlet, time } = metaParts(d, e);
      out.push(`- **${markdownLink(entryTitle(e, d), e.link)}**  `);
      const meta = [outlet ? `*${escapeMarkdown(outlet)}*` : null, time ? escapeMarkdown(time) : null].filter((x) => x);
      if (meta.length > 0) out.push(`  ${meta.join(' · ')}  `);
      if (e.alsoIn.length > 0) out.push(`  ${escapeMarkdown(msg(d, 'also'))}: ${e.alsoIn.map((a) => markdownLink(a.outlet, a.link)).join(', ')}  `);
      const why = whyText(e);
      if (why) out.push(`  <sub>${escapeMarkdown(msg(d, 'why'))}: ${escapeMarkdown(why)}</sub>`);
      for (const q of e.quotes) {
        const link = safeHttpLink(q.link);
        const passage = link ? ` ([${escapeMarkdown(msg(d, 'passage'))}](${destination(link)}))` : '';
        const from = via(quoteVia(e, q, d), escapeMarkdown);
        if (inMarks(q)) {
          out.push('', `  > ${open}${escapeMarkdown(cleanText(q.text))}${close} — **${escapeMarkdown(attribution(q, d))}**${from}${passage}`);
        } else {
          const who = reportAttribution(q, d);
          out.push(
            '',
            `  > *${escapeMarkdown(reportLabel(d, q))}:* ${escapeMarkdown(cleanText(q.text))}${who ? ` (**${escapeMarkdown(who)}**)` : ''}${from}${passage}`,
          );
        }
      }
    }
    out.push(...overflowMarkdownLines(s, markdownLink, escapeMarkdown, d.locale));
  }
  return out.join('\n');
}
