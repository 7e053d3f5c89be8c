/**
 * Speakers and roles as a copy editor writes them after a name. A presentation rule of the digest
 * (the extractor keeps the article's own words): the role phrase starts in lower case — "Arta
 * Kelmendi, foreign minister", "Nenad Kostić, gradonačelnik Niša", "Николај Рудаков, амбасадор Русије у
 * Србији", "Lirije Selimi, zëvendëskryeministrja e Kosovës" — unless a proper noun or an abbreviation
 * starts it ("Serbian Foreign Minister", "UNMIK chief"). A speaker that is an organisation is shown in
 * the nominative ("Srpska napredna stranka", not "Srpska napredna stranke").
 *
 * Language rules: English capitalises titles only before a name, so a leading run of title words
 * (lexicon.ts) is lowered; Serbian and Albanian write titles and nationality adjectives in lower case
 * anyway, so the first word is lowered unless the article itself writes it with a capital in the middle
 * of a sentence (a proper noun: "Srpska lista") or it is an abbreviation.
 */
import { EN_ROLE_WORDS } from './lexicon.js';

export type PresentLanguage = 'en' | 'sr-Latn' | 'sr-Cyrl' | 'sq';

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu;

/** All capitals (two letters or more) or with a digit: `UNMIK`, `MEP`, `SNS-a`, `G7`. */
function isAbbreviation(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (/\d/.test(word)) return true;
  const head = word.split(/[-']/)[0].replace(/[^\p{L}]/gu, '');
  return head.length >= 2 && head === head.toUpperCase() && head !== head.toLowerCase() && letters.length >= 2;
}

function isCapitalised(word: string): boolean {
  const first = word[0];
  return first !== first.toLowerCase() && word.slice(1) === word.slice(1).toLowerCase();
}

function lowerFirst(word: string): string {
  return word[0].toLowerCase() + word.slice(1);
}

/**
 * True when the article writes `word` (or a form of it sharing its stem) with a capital in the middle
 * of a sentence and never in lower case: a proper noun in that article.
 */
export function properInArticle(word: string, paragraphs: readonly string[]): boolean {
  // Memoised per article (issue 23): every digest composed in a round presents the same roles again.
  let known = properWords.get(paragraphs);
  if (!known) properWords.set(paragraphs, (known = new Map()));
  let proper = known.get(word);
  if (proper === undefined) {
    proper = scanProper(word, paragraphs);
    if (known.size >= 1_000) known.clear();
    known.set(word, proper);
  }
  return proper;
}

/** `properInArticle`'s answers by paragraph list (weakly: they go with the article) and word. */
const properWords = new WeakMap<readonly string[], Map<string, boolean>>();

function scanProper(word: string, paragraphs: readonly string[]): boolean {
  const lower = word.toLowerCase();
  const stem = lower.length > 5 ? lower.slice(0, lower.length - 2) : lower;
  let capitalMid = false;
  for (const p of paragraphs) {
    for (const m of p.matchAll(WORD)) {
      const w = m[0];
      if (!w.toLowerCase().startsWith(stem)) continue;
      if (w[0] === w[0].toLowerCase()) return false;
      const before = p.slice(0, m.index).trimEnd();
      if (before.length > 0 && !/[.!?:…"“”„«»–—-]$/.test(before)) capitalMid = true;
    }
  }
  return capitalMid;
}

/**
 * The role as shown after a speaker's name: trimmed, its opening in lower case by the language's rule.
 * @param language the article's language
 * @param paragraphs the article, to tell proper nouns (Serbian, Albanian)
 */
export function presentRole(role: string | null, language: PresentLanguage, paragraphs: readonly string[]): string | null {
  if (!role) return role;
  const text = role.replace(/\s+/g, ' ').trim();
  const words = text.split(' ');
  if (words.length === 0 || !words[0]) return text || null;
  if (language === 'en') {
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (!EN_ROLE_WORDS.has(w.toLowerCase()) || isAbbreviation(w)) break;
      if (isCapitalised(w)) words[i] = w.toLowerCase();
    }
    return words.join(' ');
  }
  const first = words[0];
  if (isAbbreviation(first) || !isCapitalised(first) || properInArticle(first, paragraphs)) return text;
  words[0] = lowerFirst(first);
  return words.join(' ');
}

/** Feminine genitive singular adjective endings (Serbian), and the nominative they come from. */
const SR_ADJ_GEN_F = /(sk|čk|šk|ck|n|ov|ev|in|sк|ск|чк|шк|цк|н|ов|ев|ин)([eе])$/u;

/**
 * The speaker as shown: whitespace collapsed; a Serbian organisation name whose adjectives stand in
 * the nominative but whose head noun does not ("Srpska napredna stranke") gets the nominative head
 * ("stranka"); a whole name in the genitive ("Srpske napredne stranke") is put in the nominative only
 * when the article has that nominative form.
 */
export function presentSpeaker(speaker: string | null, language: PresentLanguage, paragraphs: readonly string[]): string | null {
  if (!speaker) return speaker;
  const text = speaker.replace(/\s+/g, ' ').trim();
  if (language !== 'sr-Latn' && language !== 'sr-Cyrl') return text;
  const words = text.split(' ');
  if (words.length < 2) return text;
  const head = words[words.length - 1];
  const mods = words.slice(0, -1);
  const nominativeF = (w: string) => /(sk|čk|šk|ck|n|ov|ev|in|ск|чк|шк|цк|н|ов|ев|ин)[aа]$/u.test(w);
  if (/[eе]$/u.test(head) && mods.every(nominativeF)) {
    return [...mods, head.replace(/e$/u, 'a').replace(/е$/u, 'а')].join(' ');
  }
  if (/[eе]$/u.test(head) && mods.every((w) => SR_ADJ_GEN_F.test(w))) {
    const nominative = [...mods, head].map((w) => w.replace(/e$/u, 'a').replace(/е$/u, 'а')).join(' ');
    if (paragraphs.some((p) => p.includes(nominative))) return nominative;
  }
  return text;
}
