/**
 * Question-and-answer interviews: labelled (`Q:` / `A:`, `P:` / `O:`, `Pyetje:` / `Përgjigje:`) or
 * unlabelled (questions are short paragraphs ending with `?`, each followed by an answer). Answers are
 * the interviewee's words: the person named in the headline's `Name:` or, failing that, the first
 * person the introduction names.
 */
import type { Entity, EntityIndex } from './entities.js';
import type { Paragraph } from './paragraph.js';

export interface Interview {
  questions: Set<number>;
  answers: Set<number>;
  speaker: Entity | null;
}

const Q_LABEL = /^\s*(?:Q|P|Pitanje|Pyetje|Question)\s*:/u;
const A_LABEL = /^\s*(?:A|O|Odgovor|Përgjigje|Answer)\s*:/u;

/** Detects an interview layout; null when the article is not one. */
export function detectInterview(paras: Paragraph[], index: EntityIndex): Interview | null {
  const questions = new Set<number>();
  const answers = new Set<number>();
  paras.forEach((p, i) => {
    if (i === 0) return;
    if (Q_LABEL.test(p.view.text)) questions.add(i);
    else if (A_LABEL.test(p.view.text)) answers.add(i);
  });
  if (questions.size < 2 || answers.size < 2) {
    questions.clear();
    answers.clear();
    // Unlabelled: at least three question paragraphs (ending `?`, no quote marks) each followed by a longer paragraph.
    for (let i = 2; i < paras.length - 1; i++) {
      const t = paras[i].view.text.trim();
      const n = paras[i + 1].view.text.trim();
      if (/\?$/.test(t) && t.length < 300 && paras[i].spans.length === 0 && !/\?$/.test(n) && n.length > 0) {
        questions.add(i);
        answers.add(i + 1);
      }
    }
    if (questions.size < 3) return null;
  }
  // Interviewee: the `Name:` of the headline, else the first named person of the introduction.
  const head = /^([^:]{2,60}):/.exec(paras[0]?.view.text ?? '');
  let speaker: Entity | null = null;
  if (head) {
    const ws = head[1].split(/\s+/);
    for (let k = ws.length - 1; k >= 0 && !speaker; k--) speaker = index.byName(ws[k]) ?? null;
  }
  if (!speaker) {
    const firstQ = Math.min(...questions);
    speaker = index.entities.find((e) => e.kind === 'person' && e.mentions.some((m) => m < firstQ * 1_000_000 && m >= 1_000_000)) ?? null;
  }
  return { questions, answers, speaker };
}
