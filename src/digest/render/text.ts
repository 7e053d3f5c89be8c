/**
 * Plain-text digest for the console and logs. Untrusted text is cleaned (no control characters, so no
 * terminal escape sequences; no bidi overrides; one line each). Links are shown only when http(s).
 */
import type { Digest } from '../../model/digest.js';
import { safeHttpLink } from '../links.js';
import { overflowTextLines } from './overflow.js';
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
 * Renders the digest as plain text, lines separated by `\n`, ending without a newline.
 * Layout: summary and window; notices (`! ...`); per topic a heading, then numbered entries with
 * outlet · time · link, "also", quotes (`“…” — Speaker, role`; reported speech as `reported: …` and an interview answer as
 * `interview: … (Speaker, role)`, never in marks) and "why".
 */
export function renderText(d: Digest): string {
  const lines: string[] = [`${summaryLine(d)} · ${formatWindow(d)}`];
  const [open, close] = quoteMarks(d);
  for (const n of d.notices) lines.push(`! ${noticeLabel(d, n)}: ${noticeText(d, n)}`);
  if (d.sections.length === 0) lines.push('', emptyText(d));
  for (const s of d.sections) {
    lines.push('', `${cleanText(s.topicName)}`);
    s.entries.forEach((e, i) => {
      const { outlet, time } = metaParts(d, e);
      lines.push(`  ${i + 1}. ${cleanText(entryTitle(e, d))}`);
      const meta = [outlet, time, safeHttpLink(e.link)].filter((x): x is string => !!x);
      if (meta.length > 0) lines.push(`     ${meta.join(' · ')}`);
      if (e.alsoIn.length > 0) {
        const also = e.alsoIn.map((a) => {
          const link = safeHttpLink(a.link);
          return link ? `${cleanText(a.outlet)} <${link}>` : cleanText(a.outlet);
        });
        lines.push(`     ${msg(d, 'also')}: ${also.join(', ')}`);
      }
      for (const q of e.quotes) {
        const from = via(quoteVia(e, q, d), (x) => x);
        if (inMarks(q)) lines.push(`     ${open}${cleanText(q.text)}${close} — ${attribution(q, d)}${from}`);
        else {
          const who = reportAttribution(q, d);
          lines.push(`     ${reportLabel(d, q)}: ${cleanText(q.text)}${who ? ` (${who})` : ''}${from}`);
        }
      }
      const why = whyText(e);
      if (why) lines.push(`     ${msg(d, 'why')}: ${why}`);
    });
    lines.push(...overflowTextLines(s, d.locale));
  }
  return lines.join('\n');
}
