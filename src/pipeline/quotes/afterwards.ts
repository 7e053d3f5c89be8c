/**
 * Attribution that comes after the fact: a long quote paragraph whose speaker the next paragraph names
 * (`“…” / That was the message of Serbian President Aleksandar Vučić.`, `Tako je rekao …`, `Kështu u
 * shpreh …`), and a paragraph of reported claims with no verb that continues a paragraph closed by
 * `– the ambassador said.`.
 */
import type { Paragraph } from './paragraph.js';

/** The speaker phrase of an anaphoric attribution opening a paragraph, per language, in the Latin view. */
const NAMED_AFTER: Record<string, RegExp[]> = {
  en: [
    /^(?:That|This|Those|These|Such)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:message|messages|words|assessment|view|warning|verdict|reply|response|position)\s+(?:of|from)\s+(.+?)(?=[,.;:]|\s(?:on|at|in|during|after|to|at)\s|$)/u,
    /^(?:So|Thus)\s+(?:said|says|wrote|writes)\s+(.+?)(?=[,.;:]|\s(?:on|at|in|during|after)\s|$)/u,
    /^(?:Those|These)\s+(?:were|are)\s+(?:the\s+)?words\s+(?:of|from)\s+(.+?)(?=[,.;:]|\s(?:on|at|in)\s|$)/u,
  ],
  sr: [
    /^(?:To|Ovo|Tako|Ovako|Ovim\s+rečima)\s+(?:je|su)\s+(?:\p{Ll}+\s+)?(?:rekao|rekla|izjavio|izjavila|poručio|poručila|kazao|kazala|ocenio|ocenila|naveo|navela|istakao|istakla|naglasio|naglasila)\s+(.+?)(?=[,.;:]|\s(?:u|na|za|posle|tokom|nakon|pred)\s|$)/u,
  ],
  sq: [/^(?:Kështu|Këtë|Kjo|Këto)\s+(?:është\s+|ka\s+)?(?:u\s+shpreh|deklaroi|tha|theksoi|deklaruar|thënë)\s+(.+?)(?=[,.;:]|\s(?:në|për|pas|gjatë)\s|$)/u],
};

/**
 * The speaker phrase the paragraph after a quote gives, as [start, end) in its Latin view, or null.
 * @param next the paragraph after the quote's last paragraph
 * @param language `en`, `sr` or `sq`
 */
export function namedAfter(next: Paragraph | undefined, language: string): [number, number] | null {
  if (!next || next.spans.length > 0) return null;
  const s = next.view.text;
  const lead = s.length - s.trimStart().length;
  for (const re of NAMED_AFTER[language] ?? []) {
    const m = re.exec(s.slice(lead));
    if (m) {
      const a = lead + m.index + m[0].length - m[1].length;
      return [a, a + m[1].trimEnd().length];
    }
  }
  return null;
}

/**
 * Whether paragraph `pi` continues the reported speech of the paragraph before it: no quote marks, no
 * speech verb, at most two sentences (a final stop, or ≥ 15 words when the feed lost it), and the previous paragraph is all one unmarked report closed by
 * its attribution (`… – the ambassador said.`), which starts at its beginning.
 * @param hasVerb whether paragraph `pi` holds a speech verb (frames' verb regex)
 * @param prevReportStart start offset of the previous paragraph's closing-cue report, or -1
 */
export function continuesReport(paras: Paragraph[], pi: number, hasVerb: boolean, prevReportStart: number): boolean {
  const p = paras[pi];
  if (!p || pi < 2 || p.spans.length > 0 || hasVerb || prevReportStart < 0) return false;
  const prev = paras[pi - 1];
  if (prev.spans.length > 0 || prev.view.text.slice(0, prevReportStart).trim() !== '') return false;
  const t = p.view.text.trim();
  // A subhead (short, no final stop) is not speech; a long paragraph may lose its final stop in the feed.
  const n = t.split(/\s+/).length;
  if (n < 5 || (!/[.!?]$/.test(t) && n < 15)) return false;
  const sentences = t.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  return sentences.length <= 2;
}
