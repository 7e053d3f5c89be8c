/**
 * English: `the Roe campaign`, `the Obama administration`, `the Danish government` (issue 15). A
 * capitalised name or nationality before the noun of a body qualifies it; the body speaks, not the person
 * or the nation it is named after. The speaker is the body under that name (`Roe campaign`).
 */
import { ownedBodyNouns } from './lexicon/group-head-en.js';
import type { KindStep } from './subject-kinds.js';
import { escapeRe } from './text.js';

const BODY = new RegExp(`^(?:the\\s+)?((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:${ownedBodyNouns.map(escapeRe).join('|')}))$`, 'iu');
/** The first word is capitalised in the original text (not `the`/`The`): a name or a nationality. */
const NAME_FIRST = /^(?:the\s+|The\s+)?\p{Lu}/u;

/** The body a capitalised word qualifies (`the Roe campaign` → `Roe campaign`); undefined for any other phrase. */
export const ownedBody: KindStep = (ph, env) => {
  if (env.lex.language !== 'en') return undefined;
  const t = ph.original.trim();
  const m = BODY.exec(t);
  if (!m || !NAME_FIRST.test(t) || /^the$/i.test(m[1].split(/\s+/)[0])) return undefined;
  const name = m[1];
  // Every word before the noun must be capitalised (`the Roe campaign`, not `the new campaign`).
  const before = name.split(/\s+/).slice(0, -1);
  if (!before.every((w) => /^\p{Lu}/u.test(w)) || ownedBodyNouns.some((n) => n.includes(' ') && name.toLowerCase().endsWith(n) && before.length < 2))
    return undefined;
  const e = env.index.byName(name) ?? env.index.org(name, env.at, { type: 'organisation', subject: true });
  env.index.mention(e, env.at, true);
  return { entity: e, role: null };
};
