/**
 * Question-and-answer interviews: labelled (`Q:` / `A:`, `P:` / `O:`, `Pyetje:` / `Përgjigje:`, the
 * definite `Pyetja:` / `Përgjigja:`), labelled with the two people's names (`Hoxha:` … `Leka:` …), or
 * unlabelled (questions are short paragraphs ending with `?`, each followed by an answer; a question may
 * quote someone). Answers are the interviewee's words: the person whose name labels the answers, else the
 * person named in the headline's `Name:`, else the person the introduction presents as speaking to the
 * outlet (`X spoke to us`, `in an interview with X`), else the person holding the headline's role
 * (`Centre director:`), else the first person the introduction names. An organisation is never the interviewee (`Centre director:` names no centre).
 */
import { fold } from '../text/fold.js';
import { pos, type Entity, type EntityIndex } from './entities.js';
import { allLexicons } from './lexicon/index.js';
import type { Paragraph } from './paragraph.js';
import { parseRole } from './roles.js';
import { escapeRe } from './text.js';

export interface Interview {
  questions: Set<number>;
  answers: Set<number>;
  speaker: Entity | null;
}

const labelRe = (ws: string[]) => new RegExp(`^\\s*(?:${[...new Set(ws)].map(escapeRe).join('|')})\\s*:`, 'u');
const Q_LABEL = labelRe(['Q', 'Question', ...allLexicons.flatMap((l) => l.cues.questionLabels ?? [])]);
const A_LABEL = labelRe(['A', 'Answer', ...allLexicons.flatMap((l) => l.cues.answerLabels)]);
/** A paragraph opening with one to three capitalised words and a colon: a speaker's label (`Leka:`, `Fatmir Leka:`). */
export const NAME_LABEL = /^\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s*:\s+(?=\S)/u;

/** Detects an interview layout; null when the article is not one. */
export function detectInterview(paras: Paragraph[], index: EntityIndex): Interview | null {
  const labelled = byLabels(paras) ?? byNameLabels(paras, index) ?? byQuestionMarks(paras);
  if (!labelled) return null;
  const { questions, answers } = labelled;
  let speaker = 'speaker' in labelled ? labelled.speaker : null;
  const firstQ = Math.min(...questions);
  // Interviewee: the person the `Name:` of the headline names, else the person introduced as speaking to
  // the outlet, else the holder of the headline's role, else the first named person of the introduction.
  const head = /^([^:]{2,60}):/.exec(paras[0]?.view.text ?? '');
  // A label ending in a role noun (`Museum director:`) is a role: the words before it qualify it, they name nobody.
  const ws = head ? head[1].trim().split(/\s+/) : [];
  if (!speaker && head && !parseRole(ws[ws.length - 1])) {
    for (let k = ws.length - 1; k >= 0 && !speaker; k--) speaker = person(index.byName(ws[k]));
  }
  speaker ??= introducedSpeaker(paras, index, firstQ);
  if (!speaker && head) {
    // A role as the headline's label (`Drejtori i spitalit:`) is the person the body gives that role.
    const role = parseRole(head[1]);
    if (role && role.head !== INTERVIEWER_HEAD) speaker = index.byRoleAhead(role, 0) ?? null;
  }
  if (!speaker) {
    // The first person the introduction names who is not the interviewer (`Gazetarja … bisedoi me …`).
    const inIntro = (e: Entity) => e.kind === 'person' && e.mentions.some((m) => m < firstQ * 1_000_000 && m >= 1_000_000);
    speaker = index.entities.find((e) => inIntro(e) && !e.roles.some((r) => r.head === INTERVIEWER_HEAD)) ?? null;
  }
  return { questions, answers, speaker };
}

/** The role head (`roles.ts`) of whoever asks the questions: a journalist (`novinarka`, `gazetari`) is never the interviewee. */
const INTERVIEWER_HEAD = 'journalist';

/** A person entity, else null (a headline word that names an organisation names no interviewee). */
const person = (e: Entity | undefined): Entity | null => (e?.kind === 'person' ? e : null);

const CUES = [...new Set(allLexicons.flatMap((l) => l.cues.interviewCues ?? []))].sort((a, b) => b.length - a.length);
const CUE_RE = new RegExp(`(?<![\\p{L}])(?:${CUES.map(escapeRe).join('|')})(?![\\p{L}])`, 'giu');
/** A cue ending in `with` (`in an interview with`, `u razgovoru sa`, `në intervistë me`) names the interviewee after it. */
const CUE_WITH = /(?:with|sa|me)$/iu;

/**
 * The person the introduction (the paragraphs before the first question) presents as speaking to the
 * outlet: beside a cue of `interviewCues`, in the cue's sentence — after a cue ending in `with`, else the
 * nearest subject before it (`Its co-director, X, who took over in May, spoke to us`), else the nearest
 * person before it; not a journalist. Null
 * when no cue has a person beside it.
 */
function introducedSpeaker(paras: Paragraph[], index: EntityIndex, firstQ: number): Entity | null {
  for (let pi = 1; pi < Math.min(firstQ, paras.length); pi++) {
    const s = paras[pi].masked;
    for (const m of s.matchAll(CUE_RE)) {
      const at = m.index;
      const starts = index.sentenceBounds?.[pi] ?? [0];
      const from = Math.max(0, ...starts.filter((x) => x <= at));
      const to = Math.min(s.length, ...starts.filter((x) => x > at));
      const people = index.entities.filter((e) => e.kind === 'person' && !e.roles.some((r) => r.head === INTERVIEWER_HEAD));
      const near = (lo: number, hi: number, last: boolean, subject = false) => {
        let best: Entity | null = null;
        let bestAt = last ? -1 : Infinity;
        for (const e of people)
          for (const x of subject ? e.subjects : e.mentions) {
            if (x < pos(pi, lo) || x >= pos(pi, hi)) continue;
            if (last ? x > bestAt : x < bestAt) [best, bestAt] = [e, x];
          }
        return best;
      };
      const after = near(at + m[0].length, to, false);
      // Before the cue, its clause's subject first (`X, a lecturer at the Faculty Y, told us`).
      const before = near(from, at, true, true) ?? near(from, at, true);
      const found = CUE_WITH.test(m[0]) ? (after ?? before) : (before ?? after);
      if (found) return found;
    }
  }
  return null;
}

type Layout = { questions: Set<number>; answers: Set<number>; speaker?: Entity | null };

/** `Q:` / `A:` labels (every language's), two of each at least. */
function byLabels(paras: Paragraph[]): Layout | null {
  const questions = new Set<number>();
  const answers = new Set<number>();
  paras.forEach((p, i) => {
    if (i === 0) return;
    if (Q_LABEL.test(p.view.text)) questions.add(i);
    else if (A_LABEL.test(p.view.text)) answers.add(i);
  });
  return questions.size >= 2 && answers.size >= 2 ? { questions, answers } : null;
}

/**
 * Two people's names as labels, two paragraphs each at least: the interviewee is the one the article
 * indexes as a person whose labelled paragraphs end in a question mark least often; the other's are the
 * questions. Null when the labels are not two people's.
 */
function byNameLabels(paras: Paragraph[], index: EntityIndex): Layout | null {
  const groups = new Map<string, number[]>();
  paras.forEach((p, i) => {
    const m = i === 0 ? null : NAME_LABEL.exec(p.view.text);
    if (!m || Q_LABEL.test(p.view.text) || A_LABEL.test(p.view.text)) return;
    const k = fold(m[1]);
    groups.set(k, [...(groups.get(k) ?? []), i]);
  });
  const labels = [...groups.entries()].filter(([, is]) => is.length >= 2);
  if (labels.length !== 2) return null;
  const asks = (is: number[]) => is.filter((i) => /\?\s*$/.test(paras[i].view.text)).length / is.length;
  const [guest, host] = [...labels].sort((a, b) => asks(a[1]) - asks(b[1]));
  const speaker = index.byName(guest[0]);
  if (!speaker || speaker.kind !== 'person' || asks(guest[1]) >= asks(host[1])) return null;
  return { questions: new Set(host[1]), answers: new Set(guest[1]), speaker };
}

/**
 * Unlabelled: at least three question paragraphs (short, ending with `?`) each followed by a paragraph
 * that is no question. A question may quote someone (`The minister says “…”. Do you agree?`).
 */
function byQuestionMarks(paras: Paragraph[]): Layout | null {
  const questions = new Set<number>();
  const answers = new Set<number>();
  for (let i = 2; i < paras.length - 1; i++) {
    const t = paras[i].view.text.trim();
    const n = paras[i + 1].view.text.trim();
    if (/\?$/.test(t) && t.length < 300 && !/\?$/.test(n) && n.length > 0) {
      questions.add(i);
      answers.add(i + 1);
    }
  }
  return questions.size >= 3 ? { questions, answers } : null;
}
