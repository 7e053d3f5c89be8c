/**
 * Resolves a subject noun phrase near a speech verb to a speaker: a pronoun, a name (full or surname,
 * inflected), a role noun (`the ambassador`, `Овај дипломата`), an organisation (`the ministry`), or an
 * unnamed source (`a Russian diplomat who asked not to be named`, `several diplomats`).
 *
 * The phrase is first cut down to its subject (`subject-phrase.ts`), then typed by the first resolver of
 * `subject-kinds.ts` that recognises it. Only a person, an organisation or an unnamed source is a speaker.
 */
import type { EntityIndex } from './entities.js';
import type { QuoteLexicon } from './lexicon/types.js';
import {
  namedOrganisation,
  organisationByType,
  organisationForm,
  personName,
  pronoun,
  roleNoun,
  unnamedGroup,
  unnamedSource,
  type KindStep,
} from './subject-kinds.js';
import { ownedBody } from './owned-body-en.js';
import { bareOrgNoun } from './bare-org-noun.js';
import { qualifiedRole } from './qualified-role-en.js';
import { nameAfterDescription } from './described-name-en.js';
import { subjectPhrase, type NounPhrase, type Resolution, type SubjectOptions } from './subject-phrase.js';

export type { NounPhrase, Resolution, SubjectOptions } from './subject-phrase.js';
export { nameRun, nameRuns, npIsh } from './name-runs.js';
export { genderHint } from './gender.js';
export { placeModifier } from './place-modifier.js';

/** The typed-mention resolvers, in order of precedence. */
const KINDS: KindStep[] = [
  unnamedGroup,
  ownedBody,
  pronoun,
  nameAfterDescription,
  unnamedSource,
  organisationForm,
  bareOrgNoun,
  qualifiedRole,
  personName,
  organisationByType,
  roleNoun,
  namedOrganisation,
];

/**
 * Resolves a subject phrase at a position, registering what it learns (names, roles, subject
 * mentions) in the index. Pure apart from the index. Never throws.
 * @returns the speaker; `{ entity: null }` for an unnamed source or a phrase that names nobody; null when
 *   the phrase is empty or too long to be a name
 */
export function resolveSubject(np: NounPhrase, index: EntityIndex, lex: QuoteLexicon, opts: SubjectOptions = {}): Resolution | null {
  const env = { index, lex, opts, at: np.at };
  const ph = subjectPhrase(np, env);
  if (ph === null || !('text' in ph)) return ph;
  for (const kind of KINDS) {
    const r = kind(ph, env);
    if (r !== undefined) return r;
  }
  return null;
}
