/**
 * Serbian and Albanian: a direct quote closed by an outlet that relays it (`„…“, prenosi Tanjug reči
 * ministra Petra Ilića.`, `„…“, citira Beta direktora X.`, `«…», citon agjencia Y ministrin X.`) is the
 * words of the person named after the outlet, not the outlet's: the speaker is the last person named in
 * the relaying clause, put in the nominative by the subject resolver; with nobody named it stays as it was.
 */
import { resolveSpan, type Ctx, type Draft } from './context.js';
import { RELAY_VERBS } from './lexicon/relay.js';
import { escapeRe } from './text.js';

/** A person's name of two to four capitalised words. */
const NAME = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}/gu;

/** Gives direct quotes closed by a relaying outlet the person the outlet quotes; in place. */
export function relayedQuoteSpeakers(ctx: Ctx): void {
  const verbs = RELAY_VERBS[ctx.lex.language];
  if (!verbs) return;
  const cue = new RegExp(`^[\\s"“”„«»‹›'’]*,?\\s*[–—-]?\\s*(?:${verbs.map(escapeRe).join('|')})\\s+([^.!?]+)`, 'iu');
  for (const d of ctx.drafts) if (d.kind === 'direct') relayed(ctx, d, cue);
}

function relayed(ctx: Ctx, d: Draft, cue: RegExp): void {
  const view = ctx.paras[d.paragraph].view.text;
  const m = cue.exec(view.slice(d.end));
  if (!m) return;
  const clause = m[1];
  const names = [...clause.matchAll(NAME)];
  // The outlet stands first (`Tanjug`, `agjencia KosovaPress`); the quoted person is a later name.
  const last = names[names.length - 1];
  if (!last || last.index === 0) return;
  const at = d.end + m.index + m[0].length - clause.length + last.index!;
  const res = resolveSpan(ctx, d.paragraph, at, at + last[0].length);
  if (!res?.entity || res.entity.kind !== 'person') return;
  d.speaker = res.entity;
  // The resolver reads the relaying clause as the role (`citon agjencia Y ministri`): no role from it.
  d.role = null;
}
