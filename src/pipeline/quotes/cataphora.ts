/**
 * Serbian and Albanian: a reported clause whose speaker is named at the end of the same sentence
 * (`Ona je navela da …, rekla je Ana Petrović.`, `Ai tha se …, deklaroi Arben Gashi.`) is that person's:
 * the pronoun subject points forward (cataphora) to the closing attribution, which is not part of the
 * reported words. The clause is cut at the attribution's comma and the named subject speaks, when its
 * gender (the participle's `-o`/`-la`, `lexicon/sr.ts`) agrees with the pronoun.
 */
import { resolveSpan, vo, type Ctx, type Draft } from './context.js';
import { regexesFor } from './frames.js';
import { genderHint } from './gender.js';
import { trimSpan } from './text.js';

/** Languages with the inverted closing attribution (`, rekla je X.`, `, tha X.`). */
const LANGUAGES = new Set(['sr', 'sq']);
/** A capitalised name of one to four words closing the sentence. */
const NAME_TAIL = /^\s*((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s*[.!]?\s*$/u;

/** Moves the speaker of reported clauses to a name that closes their sentence (see the module comment); in place. */
export function closingNameSpeaks(ctx: Ctx): void {
  if (!LANGUAGES.has(ctx.lex.language)) return;
  for (const d of ctx.drafts) if (d.kind === 'indirect') retarget(ctx, d);
}

function retarget(ctx: Ctx, d: Draft): void {
  const p = ctx.paras[d.paragraph];
  const view = p.view.text;
  // The attribution may stand just after the draft's end too (`… do petka, rekla je X.` with the end at the comma).
  const sentEnd = view.slice(d.end).search(/[.!?](?:\s|$)/);
  const end = sentEnd < 0 ? view.length : d.end + sentEnd + 1;
  const text = view.slice(d.start, end);
  const comma = text.lastIndexOf(', ');
  if (comma < 0) return;
  const tail = text.slice(comma + 2);
  const verb = regexesFor(ctx.lex).verbAtStart.exec(tail);
  if (!verb) return;
  const name = NAME_TAIL.exec(tail.slice(verb[0].length));
  if (!name) return;
  const nameStart = d.start + comma + 2 + verb[0].length + tail.slice(verb[0].length).indexOf(name[1]);
  const gender = genderHint(verb[0]);
  const res = resolveSpan(ctx, d.paragraph, nameStart, nameStart + name[1].length, { gender });
  if (!res?.entity || res.entity.kind !== 'person') return;
  if (d.speaker && d.speaker !== res.entity && !pronounSubject(ctx, view, d.start)) return;
  if (gender && res.entity.gender && gender !== res.entity.gender) return;
  const [a, b] = trimSpan(view, d.start, d.start + comma);
  d.end = b;
  d.start = a;
  d.text = vo(p, a, b);
  d.speaker = res.entity;
  d.role = res.role;
}

/** True when the clause before the draft opens with a personal pronoun subject (`Ona je navela da`, `Ai tha se`). */
function pronounSubject(ctx: Ctx, view: string, start: number): boolean {
  const before = view.slice(0, start);
  const sent = before.slice(Math.max(before.search(/[^.!?]*$/), 0)).trim();
  const first = sent.split(/\s+/)[0]?.toLowerCase() ?? '';
  return [...ctx.lex.pronouns.m, ...ctx.lex.pronouns.f].includes(first);
}
