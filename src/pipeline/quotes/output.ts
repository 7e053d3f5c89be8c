/** Drafts to quotes: duplicates dropped, offsets back in the original text, names and roles cleaned, salience scored. */
import type { Quote, QuoteKind } from '../../model/quote.js';
import type { Mention } from '../../model/watchlist.js';
import { detach, fold } from '../text/fold.js';
import type { Ctx, Draft } from './context.js';
import { speakerBaseForm } from './name-forms.js';
import { cleanRole, cleanSpeakerName, nominativeName, roleInScript } from './role-text.js';
import { orgHead } from './roles.js';
import { scoreSalience } from './salience.js';
import { albanianRoleNominative } from './sq-role-case.js';
import { serbianOrgNominative } from './sr-org-case.js';
import { serbianRoleNominative } from './sr-role-case.js';
import { words } from './text.js';

/**
 * Drops duplicates: two items of one paragraph with the same words (`said „all options remain open“`
 * gives a partial and an indirect of the same words) are one report; direct beats partial beats
 * indirect (the marks say more than the frame). An indirect item that says more than its partial
 * quote is kept: it is a report of its own.
 */
export function dropDuplicates(drafts: Draft[]): Draft[] {
  // A draft is a duplicate when another draft of the same paragraph, of a stronger kind (direct >
  // partial > indirect), has exactly the same set of folded words. Grouping by (paragraph, word set)
  // keeps this linear in the number of drafts (the pairwise comparison it replaces was quadratic and
  // took seconds on one long paragraph; issue 20). Drafts without words are never duplicates.
  const rank: Record<QuoteKind, number> = { direct: 0, partial: 1, indirect: 2 };
  const keys = drafts.map((d) => {
    const set = [...new Set(words(fold(d.text)))].sort();
    return set.length === 0 ? null : `${d.paragraph}\u0000${set.join(' ')}`;
  });
  const best = new Map<string, number>();
  keys.forEach((k, i) => {
    if (k !== null) best.set(k, Math.min(best.get(k) ?? Infinity, rank[drafts[i].kind]));
  });
  return drafts.filter((d, i) => keys[i] === null || rank[d.kind] <= best.get(keys[i]!)!);
}

/**
 * `cleanRole`, remembered by its text: a speaker's role is cleaned again for each of their quotes, and
 * the same role texts recur across articles (ADR 0237). Bounded like the other text memos (ADR 0231).
 */
function cleanRoleOnce(text: string | null): string | null {
  if (!text || text.length > 300) return cleanRole(text);
  let got = cleanRoleMemo.get(text);
  if (got === undefined) {
    if (cleanRoleMemo.size >= 10_000) cleanRoleMemo.clear();
    const key = detach(text);
    got = cleanRole(key);
    cleanRoleMemo.set(key, got);
  }
  return got;
}

const cleanRoleMemo = new Map<string, string | null>();

/** An organisation the article never names (`the ministry`) as the role of a quote with no speaker; null otherwise. */
function unnamedOrgRole(d: Draft): string | null {
  const t = d.role?.trim() ?? '';
  return d.speaker === null && /^[Tt]he\s+\p{Ll}/u.test(t) && !/\p{Lu}/u.test(t.slice(1)) && words(t).length <= 4 && orgHead(t) !== null
    ? t.replace(/^The/, 'the')
    : null;
}

/** One draft as a quote: original-text offsets, the speaker's nominative name and a role in the article's script. */
export function toQuote(ctx: Ctx, d: Draft, mentions: Mention[]): Quote {
  const p = ctx.paras[d.paragraph];
  const start = p.view.map[d.start];
  const end = p.view.map[d.end];
  const name = d.speaker && d.speaker.kind !== 'anon' ? d.speaker.name : null;
  const base = name === null ? null : speakerBaseForm(cleanSpeakerName(name), ctx.paras, ctx.lex.language);
  const person = base === null ? null : nominativeName(base, ctx.paras, ctx.lex.language);
  // A Serbian institution indexed in an oblique case (`Kancelarije za KiM`) is named in the nominative (sr-org-case.ts).
  const speaker = person !== null && d.speaker?.kind === 'org' && ctx.lex.language === 'sr' ? serbianOrgNominative(person) : person;
  const written = cleanRoleOnce(d.role) ?? cleanRoleOnce(d.speaker?.roles[0]?.text ?? null) ?? unnamedOrgRole(d);
  // Albanian roles read in an oblique case (`Sipas presidentes`) are shown in the nominative (sq-role-case.ts).
  const clean = written !== null && ctx.lex.language === 'sq' ? albanianRoleNominative(written) : written;
  const scripted = clean === null ? null : roleInScript(clean, ctx.paras, d.paragraph);
  // Serbian roles read in an oblique case (`prema rečima ministra`) are shown in the nominative (sr-role-case.ts).
  const role = scripted !== null && ctx.lex.language === 'sr' ? serbianRoleNominative(scripted) : scripted;
  const q: Quote = { kind: d.kind, text: d.text, speaker, speakerRole: role, paragraph: d.paragraph, start, end, confidence: d.confidence, salience: 0 };
  if (d.form) q.form = d.form;
  q.salience = scoreSalience(q, { mentions, paragraphs: ctx.paras.length });
  return q;
}
