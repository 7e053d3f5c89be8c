/**
 * English: an unnamed-looking description followed by the person's full name as its own comma segment
 * (`a spokeswoman, Jane Roe`, `A harbour spokesman, Tom Baker`, `another local resident, Tom Baker`) names
 * that person; the description is the role. Without the name segment the description stays an unnamed
 * source (`a spokeswoman said`). Issue 15.
 */
import { fold } from '../text/fold.js';
import { isFirstName } from './lexicon/first-names.js';
import { nameRun } from './name-runs.js';
import { parseRole } from './roles.js';
import type { KindStep } from './subject-kinds.js';

/** The description opens with an indefinite or a determiner and holds no comma of its own. */
const DESCRIPTION = /^(?:a|an|another|one|the|his|her|their|its)\s+[^,]+$/i;

/** `a spokeswoman, Jane Roe` → Jane Roe (role `a spokeswoman`); undefined when the phrase is not of this shape. */
export const nameAfterDescription: KindStep = (ph, env) => {
  if (env.lex.language !== 'en') return undefined;
  const segs = ph.text.split(/,\s*/).map((x) => x.trim());
  if (segs.length !== 2 || !DESCRIPTION.test(segs[0])) return undefined;
  const r = nameRun(segs[1]);
  const words = segs[1].split(/\s+/);
  // The whole segment is the name (`Anna Lee Roe`: the run may keep fewer given names, never other words).
  if (!r || r[1] !== segs[1].length || words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w)) || !isFirstName(fold(words[0]))) return undefined;
  const role = parseRole(segs[0]);
  const e = env.index.person(segs[1], env.at, { role, subject: true });
  return { entity: e, role: role?.text ?? segs[0] };
};

/** An indefinite description after a verb (`another local trader`, `a lawyer`). */
const INDEFINITE = /^(?:a|an|another|one)\s+[^,]+$/i;
/** A comma, then a full name (initials allowed) that ends the segment or meets `of`/`at`/`from`. */
const NAME_SEGMENT = /^,\s*((?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3})(?=\s*(?:[,.;!?]|$)|\s+(?:of|at|from)\s)/u;

/**
 * After a verb, `…, said another local trader, Jane Roe.`: the length of `rest` the name segment takes when
 * `description` is indefinite and the name opens with a listed first name (so `, Acme Corp said` is none);
 * 0 otherwise. The subject phrase then runs to the name, which `nameAfterDescription` reads.
 */
export function describedNameAfter(description: string, rest: string): number {
  if (!INDEFINITE.test(description.trim())) return 0;
  const m = NAME_SEGMENT.exec(rest);
  if (!m || m[1].endsWith('.') || !isFirstName(fold(m[1].split(/\s+/)[0]))) return 0;
  return m[0].length;
}
