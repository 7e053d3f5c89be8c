/**
 * The per-article index of who can speak: people (full names, surnames, roles, gender), organisations
 * and unnamed sources (`a Russian diplomat who asked not to be named`). Mentions carry positions so that
 * pronouns and role nouns resolve to the most recent compatible entity.
 */
import { detach, fold } from '../text/fold.js';
import { nameSkeleton } from '../text/name-fold.js';
import { FEMALE_NAMES, MALE_NAMES } from './lexicon/roles.js';
import { firstNameGender, isFirstName } from './lexicon/first-names.js';
import { orgHead, rolesCompatible, type Role } from './roles.js';
import { sameNameWord, words } from './text.js';
import { recentSubjectAntecedent, salientAntecedent } from './pronoun-salience.js';
import { WordIndex } from './word-index.js';
import { added, lastBefore, track } from './positions.js';

export type Gender = 'm' | 'f';

export interface Entity {
  id: number;
  kind: 'person' | 'org' | 'anon';
  /** Fullest name the article gives (original script), or null for unnamed sources. */
  name: string | null;
  /** Folded name tokens (and hyphen parts) for surname lookups. */
  keys: string[];
  gender: Gender | null;
  roles: Role[];
  /** Organisation type stems (`ministry`, `company`). */
  orgTypes: string[];
  /** Positions (see `pos`) of every mention, ascending as added. */
  mentions: number[];
  /** Positions where the entity was a clause subject or a speaker. */
  subjects: number[];
  /** A lone word that syntax shows to be a person (`Kurti, who …`, `lone-subject.ts`), though no name list knows it. */
  personCue?: boolean;
  /** An unnamed group (`officials`, `diplomats and lawyers`): never the antecedent of `he`/`she`. */
  plural?: boolean;
}

/** Orders positions across paragraphs: paragraph × 1e6 + offset. */
export function pos(paragraph: number, offset: number): number {
  return paragraph * 1_000_000 + offset;
}

/** A name key without its hyphens (`botsan-kharchenko` → `botsankharchenko`), remembered per key. */
function unhyphenated(k: string): string {
  if (!k.includes('-')) return k;
  let u = unhyphenatedMemo.get(k);
  if (u === undefined) {
    const key = detach(k);
    u = key.replace(/-/g, '');
    if (unhyphenatedMemo.size >= 10_000) unhyphenatedMemo.clear();
    unhyphenatedMemo.set(key, u);
  }
  return u;
}
const unhyphenatedMemo = new Map<string, string>();

/**
 * True when every folded word of `ws` matches one of the `keys` (`sameNameWord`, or a key without its
 * hyphens); with `spellings`, a word's skeleton in another orthography (`hoxha` → `hodza`) may match too.
 */
function allNameWords(ws: string[], keys: string[], spellings: boolean): boolean {
  for (const w of ws) {
    let found = false;
    for (const k of keys) {
      if (sameNameWord(w, k)) {
        found = true;
        break;
      }
    }
    if (!found && spellings) found = skeletonMatches(w, keys);
    if (!found) {
      for (const k of keys) {
        if (unhyphenated(k) === w) {
          found = true;
          break;
        }
      }
    }
    if (!found) return false;
  }
  return true;
}

/** Whether the skeleton of `w` (ADR 0284) matches a key, when it differs from `w` (the keys hold skeletons too). */
function skeletonMatches(w: string, keys: string[]): boolean {
  const sk = nameSkeleton(w);
  if (sk === w) return false;
  for (const k of keys) if (sameNameWord(sk, k)) return true;
  return false;
}

/** `keys` and the skeleton of each (`hoxha` → `hodza`, `thaci` → `taci`) where it differs, each once. */
function withSkeletons(keys: string[]): string[] {
  const out = keys.slice();
  for (const k of keys) {
    const sk = nameSkeleton(k);
    if (sk.length > 1 && !out.includes(sk)) out.push(sk);
  }
  return out;
}

/** A name's folded keys: its words and their hyphen parts, each once, longer than one letter (a fresh array). */
function keysOf(name: string): string[] {
  if (name.length > 200) return keysOfUncached(name);
  let keys = keysMemo.get(name);
  if (keys === undefined) {
    if (keysMemo.size >= 20_000) keysMemo.clear();
    const key = detach(name);
    keys = keysOfUncached(key);
    keysMemo.set(key, keys);
  }
  return keys.slice();
}
/** The same names are indexed again for every mention and merge (bounded like the other text memos, ADR 0231). */
const keysMemo = new Map<string, string[]>();

function keysOfUncached(name: string): string[] {
  const ws = words(fold(name));
  return [...new Set([...ws, ...ws.flatMap((w) => w.split('-'))])].filter((w) => w.length > 1);
}

/**
 * Gender guessed from a first name: the project's exception lists, then public first-name lists
 * (`lexicon/first-names.ts`), then the `-a` ending of Slavic and Albanian female names and a
 * consonant ending of Slavic male names. A title word (`Mr`, `Senator`) is not a first name.
 * @param endings false to skip the ending rules (English articles, ADR 0135)
 */
export function genderOfFirstName(first: string, endings = true): Gender | null {
  const f = fold(first);
  if (MALE_NAMES.has(f)) return 'm';
  if (FEMALE_NAMES.has(f)) return 'f';
  const listed = firstNameGender(f);
  if (listed) return listed;
  if (isFirstName(f) || f.length < 3 || !endings) return null;
  if (/a$/.test(f)) return 'f';
  if (/(?:[bcdfghjklmnprstvzž]|[ij]o)$/.test(f)) return 'm';
  return null;
}

const last = (xs: number[]) => (xs.length ? xs[xs.length - 1] : -1);

/** Up to this many entities, name lookups scan them all; past it they read the key index (issue 23). */
const SCAN_MAX = 48;

export class EntityIndex {
  readonly entities: Entity[] = [];
  /**
   * The named entities by key (see `WordIndex`), kept in step wherever keys are set (`fileKeys`); built
   * only once the article has more than `SCAN_MAX` entities (below that, scanning them all is cheaper).
   */
  private keyIndex: WordIndex<Entity> | null = null;
  /** How many keys of each entity are filed (keys only grow, by union: the same count is the same keys). */
  private readonly filed = new Map<Entity, number>();
  /**
   * Evidence about capitalised words of the article (folded): `midCaps` are seen capitalised away from
   * sentence starts, datelines and quote openings (a capital there says "name"); `places` are seen right
   * after a locative preposition (`in Texas`, `u Nišu`, `në Prishtinë`), so they name places, not people.
   * `lower` are the words an English article writes in lower case and `capsInside` those it capitalises
   * inside a sentence anywhere, read before the index is built (`ordinary-opening-en.ts`).
   */
  /**
   * Whether a first name no list knows gives a gender by its ending (`genderOfFirstName`). The endings
   * are those of Slavic and Albanian names; English articles turn them off (`Jewish Coalition` is no man).
   */
  nameEndings = true;

  /**
   * Whether names are compared across orthographies (ADR 0284): Serbian and Albanian articles write one
   * person `Hoxha`, `Hodža` and `Хоџа`; each key is also filed as its skeleton and a word that matches no
   * key may match by its skeleton. English articles leave it off.
   */
  spellings = false;

  /** A name's keys, with their skeletons when `spellings` is on. */
  private keysOf(name: string): string[] {
    return this.spellings ? withSkeletons(keysOf(name)) : keysOf(name);
  }

  readonly evidence = { midCaps: new Set<string>(), places: new Set<string>(), lower: new Set<string>(), capsInside: new Set<string>() };

  /** Each paragraph's sentence start offsets; when set, pronouns resolve by salience (English, ADR 0137). */
  sentenceStarts: number[][] | null = null;
  /** Each paragraph's sentence start offsets, in every language (for telling two role holders apart). */
  sentenceBounds: number[][] | null = null;

  /**
   * The type a lone capitalised word can have when nothing else is known about it: `place` when the
   * article uses it after a locative preposition, `other` when it is only ever capitalised at sentence
   * starts (`Critics`, `Walking`), `name` otherwise.
   */
  loneWordType(word: string): 'name' | 'place' | 'other' {
    const f = fold(word);
    if (this.evidence.places.has(f)) return 'place';
    return this.evidence.midCaps.has(f) ? 'name' : 'other';
  }

  /**
   * Adds or merges a person by name; the fuller name wins. A person known by a surname alone (`Mr. Roe`)
   * becomes the full name written later (`Jane Roe`).
   */
  person(name: string, at: number, opts: { role?: Role | null; gender?: Gender | null; subject?: boolean } = {}): Entity {
    const keys = this.keysOf(name);
    let e = this.byName(name) ?? this.surnameOnly(name);
    if (!e) {
      const first = words(name)[0] ?? '';
      e = {
        id: this.entities.length,
        kind: 'person',
        name,
        keys,
        // A lone word tells a gender only when a first-name list knows it (`Dragan, otac troje dece`, a
        // source named by first name alone); a lone surname's ending tells nothing.
        gender: keys.length > 1 ? genderOfFirstName(first, this.nameEndings) : (firstNameGender(first) ?? null),
        roles: [],
        orgTypes: [],
        mentions: track([]),
        subjects: track([]),
      };
      this.entities.push(e);
      this.fileKeys(e);
    } else if (e.name && words(name).length > words(e.name).length && e.kind === 'person') {
      e.name = name;
      e.keys = [...new Set([...e.keys, ...keys])];
      this.fileKeys(e);
      if (!e.gender) e.gender = genderOfFirstName(words(name)[0] ?? '', this.nameEndings);
    }
    if (opts.role) this.addRole(e, opts.role);
    if (opts.gender) e.gender = opts.gender;
    this.mention(e, at, opts.subject ?? false);
    return e;
  }

  /** The person indexed by one word only (`Roe` from `Mr. Roe`) that is the surname of `name`. */
  private surnameOnly(name: string): Entity | undefined {
    const ws = words(fold(name));
    if (ws.length < 2) return undefined;
    const surname = ws[ws.length - 1];
    if (!this.spellings) {
      return this.candidates(surname).find((e) => e.kind === 'person' && e.name !== null && e.keys.length === 1 && sameNameWord(surname, e.keys[0]));
    }
    // The keys hold skeletons too (`Hodža`: hodza; `Hoxha`: hoxha, hodza): one word is one key as written.
    return this.nameCandidates(surname).find(
      (e) => e.kind === 'person' && e.name !== null && keysOf(e.name).length === 1 && allNameWords([surname], e.keys, true),
    );
  }

  /** Files a named entity's keys in the key index (after it is added or its keys change; keys only grow). */
  private fileKeys(e: Entity): void {
    if (this.keyIndex === null || this.filed.get(e) === e.keys.length) return;
    for (const k of e.keys) this.keyIndex.add(k, e, unhyphenated(k));
    this.filed.set(e, e.keys.length);
  }

  /** The named entities with a key that may match the folded word `w` (a superset), in the order they were added. */
  private candidates(w: string): Entity[] {
    if (this.entities.length <= SCAN_MAX) return this.entities;
    if (this.keyIndex === null) {
      this.keyIndex = new WordIndex<Entity>();
      for (const e of this.entities) this.fileKeys(e);
    }
    return [...this.keyIndex.candidates(w)].sort((a, b) => a.id - b.id);
  }

  /** `candidates(w)`, and with `spellings` those of `w`'s skeleton too (in the order they were added). */
  private nameCandidates(w: string): Entity[] {
    const found = this.candidates(w);
    if (!this.spellings || found === this.entities) return found;
    const sk = nameSkeleton(w);
    if (sk === w) return found;
    return [...new Set([...found, ...this.candidates(sk)])].sort((a, b) => a.id - b.id);
  }

  /** Adds or merges an organisation. */
  org(name: string, at: number, opts: { type?: string | null; aliases?: string[]; subject?: boolean } = {}): Entity {
    let e = this.byName(name) ?? (opts.aliases ?? []).map((a) => this.byName(a)).find((x) => x);
    if (!e) {
      e = {
        id: this.entities.length,
        kind: 'org',
        name,
        keys: this.keysOf(name),
        gender: null,
        roles: [],
        orgTypes: [],
        mentions: track([]),
        subjects: track([]),
      };
      this.entities.push(e);
      this.fileKeys(e);
    } else if (e.name && words(name).length > words(e.name).length) {
      e.name = name;
    }
    e.kind = 'org';
    for (const a of opts.aliases ?? []) e.keys = [...new Set([...e.keys, ...this.keysOf(a)])];
    e.keys = [...new Set([...e.keys, ...this.keysOf(name)])];
    this.fileKeys(e);
    if (opts.type && !e.orgTypes.includes(opts.type)) e.orgTypes.push(opts.type);
    this.mention(e, at, opts.subject ?? false);
    return e;
  }

  /** A new unnamed source (never merged with anyone). */
  anonymous(at: number, role: Role | null, gender: Gender | null = null, plural = false): Entity {
    const e: Entity = {
      id: this.entities.length,
      kind: 'anon',
      name: null,
      keys: [],
      gender,
      roles: role ? [role] : [],
      orgTypes: [],
      mentions: track([]),
      subjects: track([]),
      plural,
    };
    this.entities.push(e);
    this.mention(e, at, true);
    return e;
  }

  addRole(e: Entity, role: Role): void {
    if (!e.roles.some((r) => r.head === role.head && r.place === role.place && r.nations.join() === role.nations.join())) e.roles.push(role);
  }

  mention(e: Entity, at: number, subject: boolean): void {
    added(e.mentions, at);
    if (subject) added(e.subjects, at);
  }

  /** The named entity whose name words all match (`Lazovića` → Dragan Lazović), most recent first. */
  byName(name: string): Entity | undefined {
    const ws = words(fold(name)).filter((w) => w.length > 1);
    if (ws.length === 0) return undefined;
    // Loops, not `filter`/`every`/`some` closures: this runs for every capitalised word of the article
    // against every candidate, and the closures were most of the extractor's allocation (issue 23).
    let first: Entity | undefined;
    let hits: Entity[] | null = null;
    for (const e of this.nameCandidates(ws[0])) {
      if (e.name === null || !allNameWords(ws, e.keys, this.spellings)) continue;
      if (first === undefined) first = e;
      else (hits ??= [first]).push(e);
    }
    if (hits === null) return first;
    // One word is a surname first: `Trump` is Donald Trump, not Trump Tower or Trump University named since.
    const surname = (e: Entity) =>
      ws.length === 1 &&
      sameNameWord(
        ws[0],
        words(fold(e.name!))
          .filter((w) => w.length > 1)
          .pop() ?? '',
      )
        ? 1
        : 0;
    // Each hit's surname test once, not once per comparison (profiled, ADR 0231); the order is the same.
    const ranked = hits.map((e) => ({ e, s: surname(e) }));
    ranked.sort((a, b) => b.s - a.s || last(b.e.mentions) - last(a.e.mentions));
    return ranked[0].e;
  }

  /**
   * Entity before `at` holding a role compatible with `mention`: the one most recently the subject of a
   * clause (a speaker who just spoke), else the most recently mentioned (`referring to X's statement`
   * does not make X `the minister` who speaks next).
   */
  byRole(mention: Role, at: number): Entity | undefined {
    // A mention with a nation (`the Austrian minister`) is first the holder whose role states that nation
    // (`his Austrian counterpart X`), before a holder whose role states none (`Ministri i Mbrojtjes`).
    if (mention.nations.length > 0) {
      const stated = (r: Role) => mention.nations.every((n) => r.nations.includes(n));
      const e = this.roleHolder(mention, at, true, stated) ?? this.roleHolder(mention, at, false, stated);
      if (e) return e;
    }
    return this.roleHolder(mention, at, true) ?? this.roleHolder(mention, at, false);
  }

  /**
   * True when a bare role (`the ambassador`, no nation or place) has two holders last mentioned before `at`
   * in one sentence (`The British ambassador X and the French ambassador Y met`) with nothing since to tell
   * them apart: the mention is neither of them, as a wrong name is worse than none.
   */
  roleShared(mention: Role, at: number): boolean {
    if (mention.nations.length > 0 || mention.place) return false;
    const e = this.roleHolder(mention, at, true) ?? this.roleHolder(mention, at, false);
    return e !== undefined && this.sharedSentence(mention, at, e);
  }

  /**
   * True when another holder of a role compatible with `mention` was last mentioned before `at` in the
   * sentence where `e` was, both holding it with a qualifier (a nation or a posting) that told them apart
   * there; a role taken up in passing (no qualifier) names no rival.
   */
  private sharedSentence(mention: Role, at: number, e: Entity): boolean {
    const last = lastBefore(e.mentions, at);
    const qualified = (x: Entity) => x.name !== null && x.roles.some((r) => rolesCompatible(mention, r) && (r.nations.length > 0 || r.place !== null));
    if (last < 0 || !qualified(e)) return false;
    return this.entities.some((o) => {
      if (o === e || !qualified(o)) return false;
      const m = lastBefore(o.mentions, at);
      return m >= 0 && this.sentenceOf(m) === this.sentenceOf(last);
    });
  }

  /** `paragraph:sentence` of a position, or the paragraph alone when sentences are not known. */
  private sentenceOf(at: number): string {
    const pi = Math.floor(at / 1_000_000);
    const starts = this.sentenceBounds?.[pi];
    if (!starts) return `${pi}`;
    const off = at - pi * 1_000_000;
    return `${pi}:${starts.filter((s) => s <= off).length}`;
  }

  private roleHolder(mention: Role, at: number, subjects: boolean, also: (r: Role) => boolean = () => true): Entity | undefined {
    let best: Entity | undefined;
    let bestAt = -1;
    for (const e of this.entities) {
      if (!e.roles.some((r) => rolesCompatible(mention, r) && also(r))) continue;
      const m = lastBefore(subjects ? e.subjects : e.mentions, at);
      if (m > bestAt) {
        best = e;
        bestAt = m;
      }
    }
    return best;
  }

  /** First entity after `at` holding a compatible role (for headlines, which precede the body). */
  byRoleAhead(mention: Role, at: number): Entity | undefined {
    let best: Entity | undefined;
    let bestAt = Infinity;
    for (const e of this.entities) {
      if (!e.roles.some((r) => rolesCompatible(mention, r))) continue;
      const m = e.mentions.find((x) => x > at);
      if (m !== undefined && m < bestAt) {
        best = e;
        bestAt = m;
      }
    }
    return best;
  }

  /** Most recent organisation before `at`: of the given type stem when one is given (else one whose name tells no type), or any. */
  byOrg(type: string | null, at: number): Entity | undefined {
    const orgs = this.entities.filter((e) => e.kind === 'org');
    const pick = (xs: Entity[], useSubjects: boolean) => {
      let best: Entity | undefined;
      let bestAt = -1;
      for (const e of xs) {
        const m = lastBefore(useSubjects ? e.subjects : e.mentions, at);
        if (m > bestAt) {
          best = e;
          bestAt = m;
        }
      }
      return best;
    };
    if (type) {
      const typed = pick(
        orgs.filter((e) => e.orgTypes.includes(type) || (e.name !== null && e.name.split(/\s+/).some((w) => orgHead(w) === type))),
        false,
      );
      if (typed) return typed;
      // `the party` may be an organisation of another type that spoke (`the Serbian List`), but `the ministry` is never one
      // of another type only mentioned (`outside City Hall`): a mere mention counts only when its name tells no type.
      return (
        pick(orgs, true) ??
        pick(
          orgs.filter((e) => e.orgTypes.length === 0),
          false,
        )
      );
    }
    return pick(orgs, true) ?? pick(orgs, false);
  }

  /**
   * The antecedent of a personal pronoun at `at` (`pronoun-salience.ts`): by salience when `sentenceStarts`
   * is set (English, ADR 0137), else the most recent compatible subject (ADR 0136).
   */
  byPronoun(gender: Gender | null, at: number): Entity | undefined {
    const e = this.sentenceStarts ? salientAntecedent(this, this.sentenceStarts, gender, at) : recentSubjectAntecedent(this, gender, at);
    return this.pastOpenSubject(e, gender, at);
  }

  /**
   * Lone capitalised words that open a clause as a verb's subject with nothing to show them a person or
   * not (`Kurti met …`; `lone-subject.ts`), positions ascending.
   */
  openSubjects: { at: number; key: string }[] = [];

  /**
   * The pronoun's antecedent `e`, checked against the nearest open subject before `at`: when that subject
   * stands after every person's subject and after `e`'s last mention, it is the nearest plausible
   * antecedent, so the pronoun is that word's person if the article has made one of it, else nobody —
   * never an earlier, farther person. An open subject the article has made an organisation is no antecedent.
   */
  private pastOpenSubject(e: Entity | undefined, gender: Gender | null, at: number): Entity | undefined {
    let open: { at: number; key: string } | undefined;
    for (const o of this.openSubjects) if (o.at < at) open = o;
    // A word the article writes after a locative preposition (`in Michigan`) names a place, no antecedent.
    if (!open || this.evidence.places.has(open.key)) return e;
    if (e && lastBefore(e.mentions, at) > open.at) return e;
    for (const x of this.entities) if (x.kind !== 'org' && lastBefore(x.subjects, at) > open.at) return e;
    const named = this.byName(open.key);
    if (named?.kind === 'org' || (named && named.gender && gender && named.gender !== gender)) return e;
    return named?.kind === 'person' ? named : undefined;
  }

  /** Most recent subject of any kind before `at`. */
  lastSubject(at: number, kinds: Entity['kind'][] = ['person', 'anon']): Entity | undefined {
    let best: Entity | undefined;
    let bestAt = -1;
    for (const e of this.entities) {
      if (!kinds.includes(e.kind)) continue;
      const m = lastBefore(e.subjects, at);
      if (m > bestAt) {
        best = e;
        bestAt = m;
      }
    }
    return best;
  }
}
