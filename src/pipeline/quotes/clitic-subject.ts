/**
 * Serbian: the perfect's auxiliary clitic (`je`, `su`, …) sits in second place, right after the subject,
 * and adjuncts may follow it before the participle (`On je za naš list rekao`, `Agencija je u odgovoru na
 * pitanje novinara navela`). A subject phrase that opens with a pronoun, a name the article already knows
 * or an acronym, then the clitic, is that opening alone: the words after the clitic are adjuncts, and
 * names in them (an outlet, the asker) are never the speaker. A fronted adverbial before the clitic
 * (`U sredu je Holm`) is none of those, so it is left alone.
 */
import type { EntityIndex } from './entities.js';
import type { QuoteLexicon } from './lexicon/index.js';
import { srAuxiliaryClitics } from './lexicon/sr.js';
import { orgHead } from './roles.js';

const CLITIC = new RegExp(`^(.+?)\\s+(?:${srAuxiliaryClitics.join('|')})\\s+\\S`, 'iu');

/**
 * Cuts a Serbian subject phrase at the second-place auxiliary clitic when what stands before it is a
 * subject (pronoun, known name, acronym or organisation head).
 * @param ph the phrase (Latin-view `text`, original-script `original`); changed in place
 * @param index the article's entity index
 * @param lex the article's lexicon; other languages are left alone
 */
export function cutAtClitic(ph: { text: string; original: string }, index: EntityIndex, lex: QuoteLexicon): void {
  if (lex.language !== 'sr') return;
  const m = CLITIC.exec(ph.text);
  if (!m || m[1].includes(',')) return;
  const head = m[1].trim();
  const pronouns = [...lex.pronouns.m, ...lex.pronouns.f, ...lex.pronouns.plural];
  const isSubject =
    pronouns.includes(head.toLowerCase()) ||
    /^\p{Lu}{2,}(?:-\p{L}+)?$/u.test(head) ||
    (/^\p{Lu}/u.test(head) && index.byName(head) !== undefined) ||
    orgHead(head.split(/\s+/)[0]) !== null;
  if (!isSubject) return;
  const n = head.split(/\s+/).length;
  ph.text = head;
  ph.original = ph.original.trim().split(/\s+/).slice(0, n).join(' ');
}
