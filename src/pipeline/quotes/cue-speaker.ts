/**
 * The speaker of a speech cue (a verb and its subject phrase): passive reports that name their source
 * after the verb (`thuhet në reagimin e ambasadës`), a bare organisation noun the sentence names in full
 * (`saopštio je centar`), a coordinated predicate whose subject opens the sentence, and Serbian
 * subject-less verbs (`rekla je.` → the most recent woman).
 */
import { pos, type Gender } from './entities.js';
import { resolveSpan, vo, type Ctx } from './context.js';
import { allLexicons } from './lexicon/index.js';
import { srAuxiliaryClitics } from './lexicon/sr.js';
import { orgNamedIn } from './org-in-sentence.js';
import { recordedClauseSubject } from './predicate-subject-en.js';
import { orgHead, parseRole } from './roles.js';
import { npAfterVerb, regexesFor, sentenceEnd, type Cue } from './frames.js';
import { dateline, sentenceStartOf, sentenceSubject, serbianSubject } from './sentences.js';
import { genderHint, resolveSubject, type Resolution } from './speakers.js';
import { escapeRe, scanFrom } from './text.js';

const alt = (ws: string[]) => ws.map(escapeRe).join('|');
const union = (pick: (l: (typeof allLexicons)[number]) => string[]) => [...new Set(allLexicons.flatMap(pick))];

/** A verb form whose subject is plural (`say`, `kažu`, `thanë`; Serbian l-participles in `-li`). */
const PLURAL_VERB = new RegExp(`(?:^|\\s)(${alt(union((l) => l.cues.pluralSpeechVerbs))})(?:\\s|$)|li(?:\\s+su)?$|\\bsu\\s+\\S+li\\b`, 'i');
/** Passive report verbs (`thuhet`, `navodi se`). */
const PASSIVE_VERB = new RegExp(`^(${alt(union((l) => l.cues.passiveSpeechVerbs))})$`, 'i');
/** The source after a passive report verb (`… e ambasadës`, `… u saopštenju ministarstva`). */
const PASSIVE_SOURCE = new RegExp(`(?:\\s(${alt(union((l) => l.cues.passiveSourceMarkers))})\\s+)([^,.;]+)`, 'u');
/** Markers that put the source in the Serbian genitive (resolved as after `iz`). */
const GENITIVE_MARKERS = new Set(allLexicons.filter((l) => l.language === 'sr').flatMap((l) => l.cues.passiveSourceMarkers));
/** A lower-case phrase after a verb that is a subject of its own (`the envoy`, `ona`, `ovaj diplomata`). */
const SUBJECT_OPENER = new RegExp(`^(${alt(union((l) => l.cues.subjectOpeners))})\\b`, 'i');
/** A Serbian subordinate clause's subject after its auxiliary, up to the verb (`nakon što su pojedini mediji`). */
const SUBORDINATE_SUBJECT = /(?:^|\s)(?:nakon što|pošto|posle što|jer|iako|budući da)\s+(?:su|je)\s+([^,]+)$/iu;
/** A predicate coordinated with an earlier one (`… and said`, `… i rekao`). */
const COORDINATED = new RegExp(`(?:^|\\s)(${alt(union((l) => l.cues.coordinators))})$`, 'i');

/**
 * Resolves a cue's speaker, registering what it learns in the index.
 * @param lookahead let a role reference take a person named later (headlines)
 * @returns the speaker, `{ entity: null }` for an unnamed source, or null when nobody is found
 */
export function resolveCue(ctx: Ctx, pi: number, cue: Cue, lookahead = false): Resolution | null {
  const gender: Gender | null = genderHint(cue.verbText, ctx.lex);
  const passive = passiveSource(ctx, pi, cue, gender, lookahead);
  if (passive !== undefined) return passive;
  const antecedent = relativeAntecedent(ctx, pi, cue, gender);
  if (antecedent !== undefined) return antecedent;
  if (!cue.np) {
    // Serbian subject-less verb (`rekla je.`): the most recent person of that gender.
    const e = ctx.index.byPronoun(gender, pos(pi, cue.verb[0]));
    return e ? { entity: e, role: null } : null;
  }
  const org = bareOrgNoun(ctx, pi, cue);
  if (org) return org;
  const plural = PLURAL_VERB.test(cue.verbText);
  const [a, b] = subjectOf(ctx, pi, cue, cue.np, plural);
  if (a !== cue.np[0] || b !== cue.np[1]) {
    // English: the sentence's subject after a fronted adverbial, as the index recorded it (predicate-subject-en.ts).
    const p = ctx.paras[pi];
    const recorded = recordedClauseSubject(ctx, pi, Math.max(sentenceStartOf(p.masked, cue.verb[0], 0), dateline(p.masked)), cue.verb[0]);
    if (recorded) return recorded;
  }
  return resolveSpan(ctx, pi, a, b, { gender, lookahead, plural });
}

/** Serbian and Albanian relative pronouns right before a verb, after the comma that opens their clause (`, i cili kërkoi`). */
const RELATIVE_BEFORE = new RegExp(
  `,\\s*(?:${[
    ...allLexicons.filter((l) => l.language === 'sq' || l.language === 'sr').flatMap((l) => l.cues.relativeWords.map(escapeRe)),
    ...allLexicons.filter((l) => l.language === 'sq' || l.language === 'sr').flatMap((l) => l.cues.relativeStems.map((w) => `${escapeRe(w)}\\p{L}*`)),
  ].join('|')})(?:\\s+(?:je|su))?\\s*$`,
  'iu',
);

/**
 * A verb in a relative clause set off by commas (`Një zyrtar …, i cili kërkoi të mos përmendej emri, tha se`,
 * `Izvor, koji je tražio anonimnost, rekao je`): its subject is the pronoun's antecedent, the phrase before
 * the comma, never a name inside that phrase's modifiers.
 * @returns undefined when the verb opens no such clause
 */
function relativeAntecedent(ctx: Ctx, pi: number, cue: Cue, gender: Gender | null): Resolution | null | undefined {
  if (ctx.lex.language !== 'sq' && ctx.lex.language !== 'sr') return undefined;
  const p = ctx.paras[pi];
  const sentStart = Math.max(sentenceStartOf(p.masked, cue.verb[0], 0), dateline(p.masked));
  const m = RELATIVE_BEFORE.exec(p.masked.slice(sentStart, cue.verb[0]));
  if (!m) return undefined;
  let a = sentStart;
  while (a < sentStart + m.index && /[\s\u00a0]/.test(p.masked[a])) a++;
  if (a >= sentStart + m.index) return undefined;
  // A main clause before the comma (`Sindikat je osudio izjavu X, koja je rekla`): the antecedent is the noun
  // phrase at its end, which the nested-speech reader finds (`nested-subject.ts`), not the clause.
  if (ctx.lex.language === 'sr' && SR_FINITE_AUXILIARY.test(p.masked.slice(a, sentStart + m.index))) return undefined;
  return resolveSpan(ctx, pi, a, sentStart + m.index, { gender });
}

/** A Serbian auxiliary clitic of a finite verb (`je`, `su`) as a word: the text holds a clause, not a noun phrase. */
const SR_FINITE_AUXILIARY = new RegExp(`(?:^|\\s)(?:${srAuxiliaryClitics.join('|')})(?=\\s|$)`, 'iu');

/** A passive report verb's source (`thuhet në reagimin e ambasadës`); undefined when the cue is not passive. */
function passiveSource(ctx: Ctx, pi: number, cue: Cue, gender: Gender | null, lookahead: boolean): Resolution | null | undefined {
  if (!PASSIVE_VERB.test(cue.verbText.trim())) return undefined;
  const p = ctx.paras[pi];
  // `U saopštenju se navodi da …`: the statement marker before the verb names no source either.
  const head = p.masked.slice(Math.max(sentenceStartOf(p.masked, cue.verb[0], 0), dateline(p.masked)), cue.verb[0]);
  if (STATEMENT_BEFORE.test(head)) return lastOrganisation(ctx, pi, cue);
  const rest = p.masked.slice(cue.verb[1], sentenceEnd(p.masked, cue.verb[1], p.masked.length));
  const src = PASSIVE_SOURCE.exec(rest);
  if (!src) return unnamedStatement(ctx, pi, cue, rest);
  const a = cue.verb[1] + src.index + src[0].length - src[2].length;
  const b = a + src[2].trim().length;
  const genitive = GENITIVE_MARKERS.has(src[1]) ? 'Iz ' : '';
  return resolveSubject({ text: genitive + p.view.text.slice(a, b), original: genitive + vo(p, a, b), at: pos(pi, b) }, ctx.index, ctx.lex, {
    gender,
    lookahead,
  });
}

/** A statement marker with no source after it (`navodi se u saopštenju.`), as its own words' end. */
const STATEMENT_ONLY = new RegExp(`^\\s+(?:${alt(union((l) => l.cues.passiveSourceMarkers).filter((m) => m.includes(' ')))})\\s*[.!]?\\s*$`, 'iu');

/**
 * `„…“, navodi se u saopštenju.`: a statement that names no source is the one the organisation last
 * reporting issued (`Ministarstvo … saopštilo je …`), never a person; with no organisation, unnamed.
 * @returns undefined when the words after the verb are not a bare statement marker
 */
function unnamedStatement(ctx: Ctx, pi: number, cue: Cue, rest: string): Resolution | undefined {
  if (!STATEMENT_ONLY.test(rest)) return undefined;
  return lastOrganisation(ctx, pi, cue);
}

/** A sentence that opens with a bare statement marker (`U saopštenju`) before a passive verb. */
const STATEMENT_BEFORE = new RegExp(`^\\s*(?:${alt(union((l) => l.cues.passiveSourceMarkers).filter((m) => m.includes(' ')))})\\s*$`, 'iu');

/** The organisation last reporting before the cue, as the author of a statement that names none; else unnamed. */
function lastOrganisation(ctx: Ctx, pi: number, cue: Cue): Resolution {
  const at = pos(pi, cue.verb[0]);
  const org = ctx.index.byOrg(null, at);
  // Only an organisation that reported (a subject) issued the statement, not one merely mentioned.
  if (!org || !org.subjects.some((m) => m < at)) return { entity: null, role: null };
  ctx.index.mention(org, pos(pi, cue.verb[1]), true);
  return { entity: org, role: null };
}

/** A bare organisation noun after the verb (`saopštio je centar`) is the organisation its own sentence names in full. */
function bareOrgNoun(ctx: Ctx, pi: number, cue: Cue): Resolution | null {
  const p = ctx.paras[pi];
  const [a, b] = cue.np!;
  const npText = p.view.text.slice(a, b);
  if (!/^\p{Ll}+$/u.test(npText.trim()) || !orgHead(npText) || parseRole(npText)) return null;
  const sentStart = Math.max(sentenceStartOf(p.masked, cue.verb[0], 0), dateline(p.masked));
  const name = orgNamedIn(vo(p, sentStart, Math.min(a, cue.verb[0])), vo(p, a, b).trim());
  if (!name) return null;
  const e = ctx.index.byName(name) ?? ctx.index.org(name, pos(pi, b), { type: orgHead(npText), subject: true });
  ctx.index.mention(e, pos(pi, b), true);
  return { entity: e, role: null };
}

/**
 * The subject span of a cue. A coordinated predicate (`She called on … and said`, `X shared the post and
 * added`) or a lower-case phrase that is no subject of its own takes the sentence's subject; a lower-case
 * role noun after the verb (`– rekao je ministar.`) is a subject of its own.
 */
function subjectOf(ctx: Ctx, pi: number, cue: Cue, np: [number, number], plural: boolean): [number, number] {
  const p = ctx.paras[pi];
  const npText = p.view.text.slice(np[0], np[1]);
  // Serbian: a verb in a clause opened by a subordinator (`… nakon što su pojedini mediji preneli da`) has
  // its own subject, between the auxiliary and the participle, not the main clause's.
  const sub = ctx.lex.language === 'sr' ? SUBORDINATE_SUBJECT.exec(npText) : null;
  if (sub) return [np[1] - sub[1].length, np[1]];
  const lowerNoSubject =
    /^\p{Ll}/u.test(npText) && !npText.includes(',') && !/\p{Lu}/u.test(npText) && !SUBJECT_OPENER.test(npText) && !(parseRole(npText) && !plural);
  if (!COORDINATED.test(npText) && !lowerNoSubject) return np;
  const sentStart = Math.max(sentenceStartOf(p.masked, cue.verb[0], 0), dateline(p.masked));
  const subj =
    ctx.lex.language === 'sr'
      ? (serbianSubject(p.masked, sentStart, cue.verb[0]) ?? sentenceSubject(p.masked, sentStart))
      : sentenceSubject(p.masked, sentStart);
  // Words inside a quote are never the reporting verb's subject (`„… Srbi …“, rekao je X, i dodao:`): the
  // coordinated verb takes the subject of the speech verb before it.
  if (subj && p.spans.some((q) => q.open < subj[1] && (q.close < 0 || q.close > subj[0]))) return earlierVerbSubject(ctx, pi, sentStart, cue.verb[0]) ?? np;
  return subj ?? np;
}

/** The subject after the last speech verb between `from` and `verbStart` (`, rekao je Petković, i dodao`); null when there is none. */
function earlierVerbSubject(ctx: Ctx, pi: number, from: number, verbStart: number): [number, number] | null {
  const s = ctx.paras[pi].masked;
  let last: RegExpExecArray | null = null;
  const re = scanFrom(regexesFor(ctx.lex).verb, from);
  for (let m = re.exec(s); m && m.index + m[0].length < verbStart; m = re.exec(s)) last = m;
  if (!last) return null;
  const np = npAfterVerb(s, last.index + last[0].length, verbStart);
  return np && !COORDINATED.test(s.slice(np[0], np[1])) ? np : null;
}
