/**
 * Resolves a subject noun phrase near a speech verb to a speaker: a pronoun, a name (full or surname,
 * inflected), a role noun (`the ambassador`, `Овај дипломата`), an organisation (`the ministry`), or an
 * unnamed source (`a Russian diplomat who asked not to be named`, `several diplomats`).
 */
import { fold } from '../text/fold.js';
import { EntityIndex, type Entity, type Gender } from './entities.js';
import type { QuoteLexicon } from './lexicon/types.js';
import { NOT_NAME_WORDS } from './lexicon/roles.js';
import { orgHead, parseRole, nationOf } from './roles.js';
import { isCapitalised } from './text.js';
import { orgByForm } from './org-forms.js';
import { en, sq, sr } from './lexicon/index.js';
import { isFirstName } from './lexicon/first-names.js';

/**
 * Every language's function words and titles (folded): never a word of a person's name. Folding
 * merges words across languages (Albanian `janë` → `jane`), so a known first name is never one.
 */
const FUNCTION_WORDS = new Set([en, sr, sq].flatMap((l) => [...l.functionWords, ...l.titles]).map((w) => fold(w)).filter((w) => !isFirstName(w)));
/** Titles (folded) after which a full stop does not end a name run (`Sen. Jane Roe`, `Mr. Roe`). */
const TITLES = new Set([en, sr, sq].flatMap((l) => l.titles).map((w) => fold(w)));
/** Generational suffixes written after a surname; not part of the name we report. */
const SUFFIX = /^(?:Jr|Sr|II|III|IV)$/;

/** What a subject phrase resolved to. `entity` null means "nobody we can name". */
export interface Resolution {
  entity: Entity | null;
  /** The role phrase the subject used, if any (`Russian ambassador`). */
  role: string | null;
}

/** A subject phrase: text in the Latin view and its original-script text for names. */
export interface NounPhrase {
  text: string;
  /** Original-script text of the same span (names are reported in the article's script). */
  original: string;
  /** Global position (see `pos`). */
  at: number;
}

const ANON_CUES = /\b(anonymous|anonimn|not to be named|declined to give (his|her) name|not authori[sz]ed|on condition of anonymity|on background|nije želeo da mu se navede ime|nije želela|želeo da ostane|who spoke to|unnamed|neimenovan|familiar with)\b/i;
const NAME_AS = /\b(?:name (?:only )?as|named|called|first name,?|samo ime,?|vetëm emrin,?|zove se|po imenu)\s+(\p{Lu}[\p{L}'’-]+)/u;
const MODIFIER = /^\s*(?:from|of|who|which|whose|that|where|at|in|koji|koja|koje|kojeg|koju|čiji|iz|sa|që|i cili|e cila|nga|të cilët)\b/iu;
const RELATIVE = /\s(?:(?:sa|s|od|with|to|by|me|nga|prej)\s+)?(?:koj[aeiu]\w*|čij\w*|who|whom|which|whose|që|të cil[ëa]t|i cili|e cila)(?![\p{L}])/iu;
/** Discourse asides (folded) that sit between commas inside a subject phrase. */
const ASIDE = /^(?:for (?:his|her|its|their) part|in turn|however|meanwhile|in contrast|sa svoje strane|s(?:a)? druge strane|medjutim|ipak|pak|nga ana e (?:tij|saj|tyre)|nderkaq|megjithate)$/;
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'la', 'le', 'al', 'bin', 'ten', 'ter', 'du']);

interface Tok {
  w: string;
  start: number;
  end: number;
}

function toks(s: string): Tok[] {
  const out: Tok[] = [];
  for (const m of s.matchAll(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu)) out.push({ w: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}

// Profiled: folding every token of every subject phrase was the extractor's top self-time cost; a word's
// answer never changes, so it is remembered (bounded).
const stopCache = new Map<string, boolean>();
const isStop = (w: string) => {
  const hit = stopCache.get(w);
  if (hit !== undefined) return hit;
  const f = fold(w).replace(/['’]s$/, '');
  // Contractions are function words (`Don’t`, `Isn't`, `Won’t`).
  if (/n['’]t$/.test(f)) return true;
  const r = NOT_NAME_WORDS.has(f) || FUNCTION_WORDS.has(f) || parseRole(w) !== null || nationOf(f) !== null;
  if (stopCache.size > 20000) stopCache.clear();
  stopCache.set(w, r);
  return r;
};
const isAcronym = (w: string) => /^\p{Lu}{2,}$/u.test(w) && w.length <= 6;
const isInitial = (w: string) => /^\p{Lu}$/u.test(w);
/** True when a token is a possessive (`Roe's`, `Sanders'`, `Roe’s`). */
const possessive = (s: string, t: Tok) => /['’]s$/.test(t.w) || /^['’](?!\p{L})/u.test(s.slice(t.end, t.end + 2));

/**
 * The last run of capitalised name words in `s` (role words, nationalities, possessives and
 * acronyms stripped), as [start, end) offsets, or null. Keeps lower-case particles (`van Dijk`).
 */
export function nameRun(s: string): [number, number] | null {
  const runs = nameRuns(s);
  return runs.length ? runs[runs.length - 1] : null;
}

/** Every run of capitalised name words in `s` (see `nameRun`), in order. */
export function nameRuns(s: string): [number, number][] {
  const ts = toks(s);
  const found: [number, number][] = [];
  let i = 0;
  while (i < ts.length) {
    if (!isCapitalised(ts[i].w)) {
      i++;
      continue;
    }
    let j = i;
    const run: Tok[] = [];
    while (j < ts.length && (isCapitalised(ts[j].w) || (PARTICLES.has(ts[j].w) && j + 1 < ts.length && isCapitalised(ts[j + 1].w)))) {
      // a run breaks at punctuation between tokens, except the full stop of an initial or a title (`Jane Q. Roe`, `Sen. Roe`)
      if (run.length) {
        const prev = run[run.length - 1];
        const between = s.slice(prev.end, ts[j].start);
        const abbrev = /^\.\s+$/.test(between) && (isInitial(prev.w) || TITLES.has(fold(prev.w)));
        if (/[,.;:()–—]/.test(between) && !abbrev) break;
        // a possessive ends the run: what follows is what the name owns (`Roe's campaign`, `Sanders' manager`)
        if (possessive(s, run[run.length - 1])) break;
      }
      run.push(ts[j]);
      j++;
    }
    let k = 0;
    while (k < run.length && ((isStop(run[k].w) && !(isInitial(run[k].w) && s[run[k].end] === '.')) || possessive(s, run[k]) || isAcronym(run[k].w))) k++;
    let names = run.slice(k).filter((t) => !possessive(s, t));
    while (names.length > 1 && SUFFIX.test(names[names.length - 1].w)) names = names.slice(0, -1);
    // A name follows the organisation it belongs to (`predsednica Skupštine Ana Brnabić`): keep what follows
    // the last organisation word or acronym.
    let cut = -1;
    names.forEach((t, idx) => {
      if ((orgHead(t.w) && !PARTICLES.has(t.w)) || isAcronym(t.w) || (isStop(t.w) && !(isInitial(t.w) && s[t.end] === '.'))) cut = idx;
    });
    if (cut >= 0) names = names.slice(cut + 1);
    if (names.length > 0) {
      // Keep the surname and one given name (+ particles): `Nišlija Dragan Stojković` → `Dragan Stojković`.
      let from = names.length - 1;
      let given = 0;
      while (from > 0) {
        if (PARTICLES.has(names[from - 1].w) || isInitial(names[from - 1].w)) {
          from--;
          continue;
        }
        if (given >= 1) break;
        from--;
        given++;
      }
      found.push([names[from].start, names[names.length - 1].end]);
    }
    i = j > i ? j : i + 1;
  }
  return found;
}

const NP_WORD = /^(?:the|a|an|of|for|to|in|at|and|e|i|të|në|u|van|von|de|der|\d+)$/i;

/** True when every word could belong to a name/role noun phrase (capitalised, role, determiner, possessive). */
export function npIsh(text: string): boolean {
  const ws = text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
  if (ws.length === 0) return false;
  return ws.every((w) => /^\p{Lu}/u.test(w) || NP_WORD.test(w) || parseRole(w) !== null || /['’]s$/.test(w) || nationOf(fold(w)) !== null);
}

/** Gender hinted by a Serbian l-participle (`rekla` → f, `rekao` → m) or an Albanian/Serbian feminine role noun. */
export function genderHint(s: string, lex?: QuoteLexicon): Gender | null {
  const f = fold(s);
  const has = (ws: string[]) => ws.some((w) => new RegExp(`(?:^|\\s)${w}(?:\\s|$|[,.])`).test(f));
  const fem = lex ? lex.pronouns.f : ['she', 'her'];
  const masc = lex ? [...lex.pronouns.m, ...lex.obliquePronouns.m] : ['he', 'his', 'him'];
  if (/\b\w+la\s+je\b|\bje\s+\w+la\b/.test(f) || /\b(ministarka|direktorka|profesorka|poslanica|penzionerka|predsednica|portparolka|ministrja|zevendeskryeministrja|perfaqesuesja|analistja)\b/.test(f) || has(fem)) return 'f';
  if (/\b\w+(ao|eo|io)\s+je\b|\bje\s+\w+(ao|eo|io)\b/.test(f) || has(masc)) return 'm';
  return null;
}

/**
 * Resolves a subject phrase at a position, registering what it learns (names, roles, subject
 * mentions) in the index. Pure apart from the index. Never throws.
 */
export function resolveSubject(np: NounPhrase, index: EntityIndex, lex: QuoteLexicon, opts: { gender?: Gender | null; lookahead?: boolean; plural?: boolean } = {}): Resolution | null {
  // A parenthesis after a name is an aside (`Jane Roe (D-Ore.)`, `NIS (Naftna industrija Srbije)` keeps its
  // words in the organisation index): blanked, offsets kept.
  const blank = (t: string) => t.replace(/\s*\([^()]*\)/g, (m) => ' '.repeat(m.length));
  let text = blank(np.text).replace(/^[\s,.:;–—-]+|[\s,.:;–—-]+$/g, '');
  let original = blank(np.original).replace(/^[\s,.:;–—-]+|[\s,.:;–—-]+$/g, '');
  // A personal pronoun right before the verb is the subject, whatever adverbials precede it (`Although in May she`).
  const lastWord = /(?:^|[\s,])(\p{L}+)$/u.exec(text);
  const pronounsAll = [...lex.pronouns.m, ...lex.pronouns.f, ...lex.pronouns.plural];
  if (lastWord && lastWord.index > 0 && pronounsAll.includes(lastWord[1].toLowerCase()) && !/,\s*$/.test(text.slice(0, lastWord.index + 1))) {
    const cut = text.length - lastWord[1].length;
    text = text.slice(cut);
    original = original.slice(original.length - lastWord[1].length);
  }
  // A leading conjunction or fronted clause is not part of the subject (`As one of my predecessors`).
  const conj = /^(?:as|and|but|so|while|when|i|a|ali|dhe|por|kao što|siç)\s+(?=\S)/i.exec(text);
  if (conj && !(lex.indefinites.includes(conj[0].trim().toLowerCase()) && lex.language !== 'sr')) {
    text = text.slice(conj[0].length);
    original = original.slice(original.length - text.length);
  }
  // A relative clause describes the subject; the names inside it are not the speaker
  // (`Diplomate i pravnici sa kojima je N1 razgovarao`, `Diplomatët me të cilët foli KosovaPress`).
  const rel = RELATIVE.exec(text);
  if (rel && rel.index > 0 && !NAME_AS.test(text)) {
    text = text.slice(0, rel.index);
    original = original.slice(0, rel.index);
  }
  // A discourse aside between commas is not part of the subject (`The Kosovo deputy minister, for his part, said`).
  const segT = text.split(/,\s*/);
  const segO = original.split(/,\s*/);
  const aside = (seg: string) => ASIDE.test(fold(seg).trim());
  if (segT.length > 1 && segT.some(aside)) {
    const keepIdx = segT.map((seg, k) => (aside(seg) ? -1 : k)).filter((k) => k >= 0);
    text = keepIdx.map((k) => segT[k]).join(', ');
    original = segO.length === segT.length ? keepIdx.map((k) => segO[k]).join(', ') : text;
  }
  // A trailing place modifier describes the subject, it is never the speaker: `Rade Milić iz Zupča`,
  // `Милка Ђурђевић из села Заовине`, `Meštani sela Zupče`, `Residents of the village of Zupče`.
  const placeAt = placeModifier(text);
  if (placeAt < -1) {
    index.anonymous(np.at, null, opts.gender ?? null);
    return { entity: null, role: null };
  }
  const place = placeAt;
  if (place > 0) {
    const words = text.slice(0, place).trim().split(/\s+/).length;
    text = text.slice(0, place).trim();
    // Same word count in the original script (Cyrillic digraphs make offsets differ).
    original = original.trim().split(/\s+/).slice(0, words).join(' ');
  }
  // Coordinated common nouns (`Diplomate i pravnici okupljeni …`, `diplomats and lawyers`) are a group nobody names.
  // (Albanian `i`/`e` are genitive articles, not `and`: `Analisti i sigurisë`.)
  const and = lex.language === 'sr' ? 'i' : lex.language === 'sq' ? 'dhe' : 'and';
  const group = new RegExp(`^(?:the\\s+)?([\\p{L}-]+)\\s+${and}\\s+(\\p{Ll}[\\p{L}-]*)(?:\\s|$)`, 'u').exec(text.trim());
  if (group && !index.byName(group[1]) && !orgHead(group[1]) && !orgHead(group[2])) {
    index.anonymous(np.at, parseRole(text), null);
    return { entity: null, role: null };
  }
  const namedEarly = NAME_AS.exec(text);
  if (namedEarly) return { entity: index.person(namedEarly[1], np.at, { subject: true }), role: null };
  // Modifier segments (`, 67, from the village of …`, `, who visited …`) and a pronoun after a comma.
  const segsAll = text.split(/,\s*/);
  const keep: string[] = [];
  for (const seg of segsAll) {
    if (keep.length > 0 && (MODIFIER.test(seg) || /^\d+$/.test(seg.trim()))) continue;
    keep.push(seg);
  }
  // The subject is the last segment plus the appositions before it (`Russia's ambassador to Serbia, Nikolai Rudakov`);
  // earlier segments are fronted clauses (`Speaking of the effort …, the ambassador says`).
  let first = keep.length - 1;
  while (first > 0 && npIsh(keep[first - 1])) first--;
  keep.splice(0, first);
  const lastSeg = keep[keep.length - 1]?.trim().toLowerCase() ?? '';
  if (keep.length > 1 && [...lex.pronouns.m, ...lex.pronouns.f].includes(lastSeg)) keep.splice(0, keep.length - 1);
  if (keep.length !== segsAll.length) {
    const joined = keep.join(', ');
    const at = text.lastIndexOf(keep[keep.length - 1]);
    original = original.slice(0, Math.max(0, original.length - (text.length - at - keep[keep.length - 1].length))).slice(-joined.length);
    text = joined;
    if (original.length !== text.length) original = text;
  }
  if (!text) return null;
  // Serbian "iz <institution>" (from the ministry) names the institution in the genitive.
  let fromOrg = false;
  const iz = /^(iz|od)\s+/i.exec(text);
  if (iz) {
    fromOrg = true;
    text = text.slice(iz[0].length);
    original = original.replace(/^\S+\s+/, '');
  }
  const folded = fold(text);
  const fw = folded.split(/\s+/);
  const gender = opts.gender ?? null;
  // 1. Pronouns.
  if (fw.length <= 2) {
    const p = fw[fw.length - 1];
    if (lex.pronouns.m.includes(p) || lex.pronouns.f.includes(p)) {
      const g: Gender = lex.pronouns.f.includes(p) ? 'f' : 'm';
      const e = index.byPronoun(g, np.at);
      if (e) index.mention(e, np.at, true);
      return { entity: e ?? null, role: null };
    }
    if (lex.pronouns.plural.includes(p)) return { entity: null, role: null };
  }
  // 2. Unnamed sources.
  const named = NAME_AS.exec(text);
  if (named) {
    const e = index.person(named[1], np.at, { subject: true });
    return { entity: e, role: null };
  }
  const role = parseRole(text);
  const indefinite = lex.indefinites.some((w) => fold(w) === fw[0]) || (fw[0] === 'one' && fw[1] === 'of') || ANON_CUES.test(text);
  const known = index.byName(text);
  const plural = (lex.language === 'en' && !isCapitalised(text) && /^(?:the\s+)?[a-z]+s$/.test(folded) && !role) || (opts.plural === true && !known && !orgHead(text) && fw.length <= 2 && (!role || !/\p{Lu}/u.test(text)));
  const run = nameRun(text);
  if ((indefinite || plural) && (!run || (plural && !known))) {
    index.anonymous(np.at, role, gender);
    return { entity: null, role: role?.text ?? null };
  }
  if (indefinite && run && !NAME_AS.test(text)) {
    // "A Russian diplomat who spoke to Reuters" — a capitalised word is not that person's name.
    index.anonymous(np.at, role, gender);
    return { entity: null, role: role?.text ?? null };
  }
  // 3a. A short or inflected form of an organisation named in full (`Kancelarija za KiM`, `Kancelarije`).
  const form = orgHead(text) ? orgByForm(original, index, np.at) : undefined;
  if (form) {
    index.mention(form, np.at, true);
    return { entity: form, role: null };
  }
  // 3. Names: the last comma segment that holds a name.
  const segs = text.split(/,\s*/);
  const oSegs = original.split(/,\s*/);
  for (let i = segs.length - 1; i >= 0; i--) {
    // An indefinite apposition describes a name given before it (`Goran Savić, a Serb member … in North Mitrovica`).
    if (i > 0 && /^\s*(a|an|one|jedan|jedna|një)\s/i.test(segs[i])) continue;
    const r = nameRun(segs[i]);
    if (!r) continue;
    if (i > 0 && /(?:^|\s)(in|of|from|at|u|iz|na|në|nga|për)\s+$/i.test(segs[i].slice(0, r[0]))) continue;
    const nameView = segs[i].slice(r[0], r[1]);
    const oseg = oSegs[i] ?? segs[i];
    const nameOrig = oSeg(oseg, segs[i], r);
    const roleText = [segs.slice(0, i).join(', '), segs[i].slice(0, r[0])].filter((x) => x.trim()).join(' ');
    const existing = index.byName(nameView);
    const single = !/\s/.test(nameView.trim());
    if (single && !existing && segs.length > 1 && i < segs.length - 1) continue;
    if (single && !existing && i > 0) continue;
    if (single && !existing && orgHead(text)) break;
    // A lone word the article uses as a place (`in Texas`) is not a person.
    if (single && !existing && index.loneWordType(nameView) === 'place') return { entity: null, role: null };
    const e = index.person(existing?.name ?? nameOrig, np.at, { role: parseRole(roleText) ?? parseRole(segs.slice(i + 1).join(' ')), subject: true, gender: gender ?? genderHint(roleText, lex) });
    return { entity: e, role: parseRole(roleText)?.text ?? null };
  }
  // 4. Organisations named by type (`the ministry`, `the company`, `kompanije`, `ambasadës`).
  const type = orgHead(text);
  const roleFirst = role !== null && type !== null && roleBeforeOrg(folded);
  const afterDet = text.replace(/^(?:the|this|that|ovaj|ova|ovo|taj|ta|ky|kjo)\s+/i, '');
  const capitalisedOrg = type !== null && /^\p{Lu}/u.test(afterDet) && !roleFirst;
  if (type && !capitalisedOrg && !role) {
    const e = index.byOrg(type, np.at);
    if (e) {
      index.mention(e, np.at, true);
      return { entity: e, role: null };
    }
  }
  // 5. Role nouns.
  if (role && !capitalisedOrg) {
    const e = index.byRole(role, np.at) ?? (opts.lookahead ? index.byRoleAhead(role, np.at) : undefined);
    if (e) {
      index.mention(e, np.at, true);
      return { entity: e, role: role.text };
    }
    if (role.nations.length > 0 || role.place) {
      index.anonymous(np.at, role, gender);
      return { entity: null, role: role.text };
    }
    const prev = index.lastSubject(np.at);
    if (prev) {
      index.addRole(prev, role);
      index.mention(prev, np.at, true);
      return { entity: prev, role: role.text };
    }
    return { entity: null, role: role.text };
  }
  // 6. Named organisations and single-word names (`KFOR`, `Euleks`, `Helvetic Skies`).
  if (type || /^\p{Lu}/u.test(text)) {
    let name = original.replace(/^(The|the)\s+/, '').replace(/\s*\([^)]*\)\s*/g, ' ').trim();
    if (fromOrg) name = nominative(name);
    if (name.split(/\s+/).length > 8) return null;
    // A short or inflected form (`Kancelarija za KiM`, `Kancelarije`) is the organisation named in full.
    const existing = orgByForm(name, index, np.at) ?? index.byName(name);
    if (existing) {
      index.mention(existing, np.at, true);
      return { entity: existing, role: null };
    }
    if (!type && !isAcronym(name)) {
      // Typed mention: only a word that can be a name makes a new person. Function words alone (`It`,
      // `In`), a place, or a word capitalised only where every word is (`Critics`, `Walking`) name nobody.
      const nameWords = name.split(/\s+/).filter((w) => !isStop(w));
      if (nameWords.length === 0) return { entity: null, role: null };
      if (nameWords.length === 1 && index.loneWordType(nameWords[0]) !== 'name') return { entity: null, role: null };
    }
    const e = type || isAcronym(name) ? index.org(name, np.at, { type, subject: true }) : index.person(name, np.at, { subject: true });
    return { entity: e, role: null };
  }
  return null;
}

const PLACE_TAIL = /\s(?:iz|from|nga|of|e)\s+(?:(?:the\s+)?(?:village|town|city|municipality)\s+of\s+|(?:sela|grada|opštine|opstine|fshatit|qytetit|komunës)\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u;
const PLACE_NOUN = /\s(?:(?:the\s+)?(?:village|town|city)\s+of|sela|grada|fshatit|qytetit)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u;

/**
 * Offset where a trailing place modifier of a subject phrase starts, or -1: `Rade Milić| iz Zupča`,
 * `Meštani| sela Zupče`, `Residents| of the village of Zupče`, `Banorët| e fshatit Zupça`. Only after a
 * person's name (a capitalised word right before `iz`/`from`/`nga`) or a lower-case group noun, so
 * organisation names (`Ministry of Health`, `Kancelarija za KiM`) are left whole. A group noun's
 * offset is returned negated (`-7` for `Meštani| sela Zupče`): an unnamed group is nobody we can name.
 */
export function placeModifier(text: string): number {
  const m = PLACE_TAIL.exec(text) ?? PLACE_NOUN.exec(text);
  if (!m || m.index === 0) return -1;
  const before = text.slice(0, m.index).trim();
  const words = before.split(/\s+/);
  const head = words[words.length - 1];
  const isPlaceNoun = PLACE_NOUN.test(text);
  const viaFrom = /^\s(?:iz|from|nga)\s/.test(m[0]);
  // `Rade Milić iz Zupča`: a two-word capitalised name (not an organisation) before `iz`/`from`/`nga`.
  const nameBefore = viaFrom && words.length >= 2 && isCapitalised(head) && isCapitalised(words[words.length - 2]) && !orgHead(head) && !orgHead(words[words.length - 2]) && !isStop(head);
  // `Meštani sela Zupče`, `Residents of the village of Zupče`: a common group noun, no role or organisation.
  const groupBefore = (isPlaceNoun || viaFrom) && words.length <= 2 && !orgHead(before) && (parseRole(before) === null || /s$/i.test(head)) && !/['’]s$/.test(head) && words.every((w) => !isCapitalised(w) || w === words[0]) && /(?:i|s|ë|t|e)$/i.test(head);
  return nameBefore ? m.index : groupBefore ? -m.index : -1;
}

/** True when the first role noun of a folded phrase comes before its first organisation noun (`kodirektor … centra`). */
function roleBeforeOrg(folded: string): boolean {
  const ws = folded.split(/\s+/);
  const r = ws.findIndex((w) => parseRole(w) !== null);
  const o = ws.findIndex((w) => orgHead(w) !== null);
  return r >= 0 && (o < 0 || r < o);
}

function oSeg(orig: string, view: string, r: [number, number]): string {
  if (orig.length === view.length) return orig.slice(r[0], r[1]);
  // Cyrillic: proportional mapping is wrong for digraphs; map by words instead.
  const vWords = view.slice(0, r[1]).split(/\s+/).filter(Boolean);
  const nWords = view.slice(r[0], r[1]).split(/\s+/).filter(Boolean).length;
  const oWords = orig.split(/\s+/).filter(Boolean);
  return oWords.slice(vWords.length - nWords, vWords.length).join(' ').replace(/[,.;:]+$/, '');
}

/** Serbian genitive institution names back to the nominative (`Ministarstva` → `Ministarstvo`). */
function nominative(name: string): string {
  const ws = name.split(/\s+/);
  // The institution's head (and an adjective before it) are in the genitive: `Srpske liste` → `Srpska lista`.
  for (let i = 0; i < Math.min(2, ws.length); i++) {
    const f = ws[i];
    if (/(stva|ства)$/i.test(f)) ws[i] = f.replace(/а$/, 'о').replace(/a$/, 'o');
    else if (/(ije|ије)$/i.test(f)) ws[i] = f.replace(/е$/, 'а').replace(/e$/, 'a');
    else if (/[^aeiouаеиоу]$/i.test(f.slice(0, -1)) && /[eе]$/.test(f)) ws[i] = f.replace(/е$/, 'а').replace(/e$/, 'a');
    else break;
  }
  return ws.join(' ');
}
