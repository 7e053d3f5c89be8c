/**
 * The compiled watchlist: every phrase of every term (and exclude term) goes into one trie per
 * language over word keys (src/pipeline/text/stem.ts), so an article is scanned once, at the cost
 * of one hash lookup per token and language, whatever the number of terms. NEAR and exclude terms
 * are then resolved on the (few) phrase occurrences found: a NEAR pair must lie in one sentence.
 */
import type { Article } from '../../model/article.js';
import type { Mention, Topic, TopicMatch } from '../../model/watchlist.js';
import { detach, fold } from '../text/fold.js';
import { addEvidence, addScores, pickLanguage, stemLanguageOf, wordEvidence, type LanguageScores } from '../text/language.js';
import { STEM_LANGUAGES, WordKeys, type StemLanguage } from '../text/stem.js';
import { forEachWord, isAllCaps, letterCount, sentences, spanIndexAt, wordForms, type Span } from '../text/tokens.js';
import { relevance } from './relevance.js';
import { parseTerm, type ParsedTerm, type Phrase, type TermWord } from './term.js';

/** A compiled watchlist. */
export interface Matcher {
  /**
   * Finds the topics an article mentions.
   * @param article paragraphs[0] is the headline; `language` (BCP 47) picks the inflection model,
   *   else it is guessed from the text (all models when the guess is unsure); a paragraph that
   *   clearly reads as another language also uses that language's model
   * @returns one entry per topic with at least one mention, in watchlist order; mentions in text order
   */
  match(article: Article): TopicMatch[];
  /** The topics compiled, in order. */
  readonly topics: readonly Topic[];
  /** Distinct phrases in the tries (a measure of the watchlist's size). */
  readonly phraseCount: number;
}

interface TrieNode {
  /** Children by word key; null at a leaf (most nodes, so they stay small). */
  next: Map<string, TrieNode> | null;
  /** Phrase ids that end here. */
  accept: number[] | null;
}

/** Where a term's phrase is used. */
type PhraseUse = { kind: 'phrase'; topic: number; term: string; exclude: boolean } | { kind: 'near'; near: number };

interface NearTerm {
  topic: number;
  term: string;
  exclude: boolean;
  left: number;
  right: number;
  distance: number;
}

/** A phrase found in a paragraph: tokens [first, last]. */
interface Occurrence {
  phrase: number;
  paragraph: number;
  first: number;
  last: number;
}

const newNode = (): TrieNode => ({ next: null, accept: null });

/**
 * One distinct word of the texts, interned by surface form (issue 23: news text repeats its words, so
 * its forms, language evidence and word keys are worked out once, not per occurrence). A word key
 * is computed the first time a scan in that language needs it.
 */
interface WordForm {
  /** The surface form. */
  readonly text: string;
  /** Lower case, Latin, diacritics kept (`Token.latin`). */
  readonly latin: string;
  /** Fully folded (`Token.folded`). */
  readonly folded: string;
  /** Language evidence bits (`wordEvidence`). */
  readonly evidence: number;
  en: string | null;
  sr: string | null;
  sq: string | null;
  /** The trie node a phrase starting with this word reaches in each language (null: none; undefined: not looked up yet). */
  enStart: TrieNode | null | undefined;
  srStart: TrieNode | null | undefined;
  sqStart: TrieNode | null | undefined;
  /** `caseShape` bits; -1 until first needed. */
  caseShape: number;
}

/** An article's words: paragraph p holds words [base[p], base[p + 1]) of `words`, at offsets `starts`. */
interface ArticleWords {
  words: WordForm[];
  starts: number[];
  base: number[];
  scores: LanguageScores[];
}

/** Interned words kept at most (cleared whole when full, like the other text memos, ADR 0231). */
const WORD_FORMS_MAX = 50_000;

/** A token without an English possessive (`NATO's` → `NATO`). */
const bare = (text: string) => {
  // Fast path (profiled, ADR 0231): only a final apostrophe or `s` can start the possessive.
  const last = text[text.length - 1];
  return last === 's' || last === "'" || last === '’' ? text.replace(/['’]s?$/u, '') : text;
};

/** Shortest acronym that takes the title-case house style: `Nato`, `Kfor`, `Unmik`, but `WHO` is not "Who", `US` not "Us". */
export const MIN_HOUSE_STYLE_LETTERS = 4;

/**
 * The case rules of the term syntax for one word against one token: an acronym term (`NATO`) takes
 * capitals (`NATO`, `NATO's`) and, from four letters on, the title-case house style (`Nato`, `Kfor`,
 * `Unmik`; the Guardian's and Serbian outlets' style for acronyms read as words); `=NIS` takes capitals
 * only; an acronym keeps its diacritics (`NIS` is not the dateline `NIŠ`); other words never take a
 * short all-capitals token (`Niš` is not `NIS`).
 */
function caseAllows(word: TermWord, token: WordForm): boolean {
  const shape = caseShape(token);
  if (word.capitalsOnly) {
    if (!sameLetters(word.latin, token.latin)) return false;
    if (shape & ALL_CAPS) return true;
    return !word.exactCapitals && (shape & TITLE_CASE) !== 0 && letterCount(word.surface) >= MIN_HOUSE_STYLE_LETTERS;
  }
  if (!word.hasLetter) return true;
  return (shape & SHORT_ALL_CAPS) === 0;
}

/** `caseShape` bits of a word without its possessive: all capitals; all capitals with 4 letters or fewer; title case. */
const ALL_CAPS = 1;
const SHORT_ALL_CAPS = 2;
const TITLE_CASE = 4;

/** The case shape of a word of the text (`bare` form), worked out once per interned word (issue 23). */
function caseShape(w: WordForm): number {
  if (w.caseShape < 0) {
    const text = bare(w.text);
    const caps = isAllCaps(text);
    w.caseShape = (caps ? ALL_CAPS : 0) | (caps && letterCount(text) <= 4 ? SHORT_ALL_CAPS : 0) | (isTitleCase(text) ? TITLE_CASE : 0);
  }
  return w.caseShape;
}

/**
 * Whether a token spells a word with the same letters where the two agree once folded: `niš` against
 * `nis` differs by a diacritic (false); `natu` against `nato` differs by an ending (true).
 */
function sameLetters(term: string, token: string): boolean {
  const n = Math.min(term.length, token.length);
  for (let k = 0; k < n; k++) {
    if (term[k] === token[k]) continue;
    return fold(term[k]) !== fold(token[k]);
  }
  return true;
}

/** A term word written with a capital and not an acronym (`Kosovo`, `Brisel`): it takes its `-ski` adjective in Serbian. */
function isProperName(word: TermWord): boolean {
  return !word.capitalsOnly && /^\p{Lu}/u.test(word.surface) && letterCount(word.surface) >= 3;
}

/** `Nato`, `Kfora`: a capital then only lower-case letters. */
function isTitleCase(text: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(text);
}

class CompiledWatchlist implements Matcher {
  readonly topics: readonly Topic[];
  private readonly keys = new WordKeys();
  private readonly phrases: Phrase[] = [];
  private readonly phraseIds = new Map<string, number>();
  private readonly uses: PhraseUse[][] = [];
  private readonly nears: NearTerm[] = [];
  private readonly tries: Record<StemLanguage, TrieNode> = { en: newNode(), sr: newNode(), sq: newNode() };
  private readonly words = new Map<string, WordForm>();

  constructor(topics: Topic[]) {
    this.topics = topics.slice();
    topics.forEach((topic, t) => {
      for (const term of topic.terms) this.addTerm(t, parseTerm(term), false);
      for (const term of topic.exclude ?? []) this.addTerm(t, parseTerm(term), true);
    });
    this.keys.clearCache(); // the terms' stems are in the tries now; the cache is for article words
  }

  get phraseCount(): number {
    return this.phrases.length;
  }

  private addTerm(topic: number, parsed: ParsedTerm, excludeList: boolean): void {
    const exclude = excludeList || parsed.negated;
    if (parsed.kind === 'phrase') {
      this.uses[this.phraseId(parsed.phrase)].push({ kind: 'phrase', topic, term: parsed.source, exclude });
      return;
    }
    const near = this.nears.length;
    const left = this.phraseId(parsed.left);
    const right = this.phraseId(parsed.right);
    this.nears.push({ topic, term: parsed.source, exclude, left, right, distance: parsed.distance });
    this.uses[left].push({ kind: 'near', near });
    if (right !== left) this.uses[right].push({ kind: 'near', near });
  }

  /** Interns a phrase and inserts it into every language's trie. */
  private phraseId(phrase: Phrase): number {
    const signature = phrase.map((w) => `${w.exactCapitals ? '=' : w.capitalsOnly ? '^' : ''}${w.latin}`).join(' ');
    const known = this.phraseIds.get(signature);
    if (known !== undefined) return known;
    const id = this.phrases.length;
    this.phrases.push(phrase);
    this.uses.push([]);
    this.phraseIds.set(signature, id);
    for (const lang of STEM_LANGUAGES) {
      const alternatives = phrase.map((w) => this.keys.termKeys(lang, w.latin, w.folded, isProperName(w)));
      const insert = (node: TrieNode, k: number): void => {
        if (k === phrase.length) {
          (node.accept ??= []).push(id);
          return;
        }
        for (const key of alternatives[k]) {
          node.next ??= new Map();
          let child = node.next.get(key);
          if (!child) node.next.set(key, (child = newNode()));
          insert(child, k + 1);
        }
      };
      insert(this.tries[lang], 0);
    }
    return id;
  }

  /** The case rules for every word of phrase `id` against the words from `first` on. */
  private caseMatches(id: number, toks: WordForm[], first: number): boolean {
    const words = this.phrases[id];
    for (let k = 0; k < words.length; k++) if (!caseAllows(words[k], toks[first + k])) return false;
    return true;
  }

  /** The interned form of a word of the text. */
  private wordForm(text: string): WordForm {
    let w = this.words.get(text);
    if (w === undefined) {
      // Its own copy: a long word sliced from an article would keep the whole article alive (fold.ts `detach`).
      const own = detach(text);
      const { latin, folded } = wordForms(own);
      w = {
        text: own,
        latin,
        folded,
        evidence: wordEvidence({ text: own, latin, folded }),
        en: null,
        sr: null,
        sq: null,
        enStart: undefined,
        srStart: undefined,
        sqStart: undefined,
        caseShape: -1,
      };
      if (this.words.size >= WORD_FORMS_MAX) this.words.clear();
      this.words.set(own, w);
    }
    return w;
  }

  /**
   * The first trie node of the phrases that start with word `w` in `lang`, or null: looked up once
   * per interned word (the tries do not change after compiling), so most words cost no lookup at all.
   */
  private startOf(w: WordForm, lang: StemLanguage): TrieNode | null {
    switch (lang) {
      case 'en':
        if (w.enStart === undefined) w.enStart = this.tries.en.next?.get(this.keyOf(w, 'en')) ?? null;
        return w.enStart;
      case 'sr':
        if (w.srStart === undefined) w.srStart = this.tries.sr.next?.get(this.keyOf(w, 'sr')) ?? null;
        return w.srStart;
      case 'sq':
        if (w.sqStart === undefined) w.sqStart = this.tries.sq.next?.get(this.keyOf(w, 'sq')) ?? null;
        return w.sqStart;
    }
  }

  /** A word's key in `lang` (`WordKeys.key`), computed once per interned word. */
  private keyOf(w: WordForm, lang: StemLanguage): string {
    switch (lang) {
      case 'en':
        return (w.en ??= this.keys.key('en', w.latin, w.folded));
      case 'sr':
        return (w.sr ??= this.keys.key('sr', w.latin, w.folded));
      case 'sq':
        return (w.sq ??= this.keys.key('sq', w.latin, w.folded));
    }
  }

  /** The words of every paragraph, one after the other, with their offsets and each paragraph's language scores. */
  private readWords(paragraphs: readonly string[]): ArticleWords {
    const words: WordForm[] = [];
    const starts: number[] = [];
    const base: number[] = [];
    const scores: LanguageScores[] = [];
    let score: LanguageScores = { en: 0, sr: 0, sq: 0 };
    const add = (text: string, start: number) => {
      const w = this.wordForm(text);
      words.push(w);
      starts.push(start);
      addEvidence(score, w.evidence);
    };
    for (const p of paragraphs) {
      base.push(words.length);
      scores.push((score = { en: 0, sr: 0, sq: 0 }));
      forEachWord(p, add);
    }
    base.push(words.length);
    return { words, starts, base, scores };
  }

  /**
   * One pass over the words: phrase occurrences by phrase id. A paragraph that clearly reads as
   * another language (a quote, a footer) also uses that language's inflection model.
   */
  private findPhrases(text: ArticleWords, articleLang: StemLanguage | null): Map<number, Occurrence[]> {
    const { words, base, scores } = text;
    const found = new Map<number, Occurrence[]>();
    for (let paragraph = 0; paragraph + 1 < base.length; paragraph++) {
      const b = base[paragraph];
      const count = base[paragraph + 1] - b;
      // A paragraph's own language is tried alongside the article's (names with diacritics can make
      // an English paragraph look Serbian), never instead of it.
      const own = pickLanguage(scores[paragraph]);
      const langs: readonly StemLanguage[] = !articleLang ? (own ? [own] : STEM_LANGUAGES) : own && own !== articleLang ? [own, articleLang] : [articleLang];
      // With several inflection models, one phrase may be found at one place by more than one of them.
      // (Signature: id × (count + 1) + first word, one number per place.)
      const seen = langs.length > 1 ? new Set<number>() : null;
      for (const l of langs) {
        for (let i = 0; i < count; i++) {
          let node = this.startOf(words[b + i], l);
          for (let j = i; node;) {
            if (node.accept)
              for (const id of node.accept) {
                if (!this.caseMatches(id, words, b + i)) continue;
                if (seen) {
                  const sig = id * (count + 1) + i;
                  if (seen.has(sig)) continue;
                  seen.add(sig);
                }
                let list = found.get(id);
                if (!list) found.set(id, (list = []));
                list.push({ phrase: id, paragraph, first: i, last: j });
              }
            j++;
            node = j < count ? (node.next?.get(this.keyOf(words[b + j], l)) ?? null) : null;
          }
        }
      }
    }
    return found;
  }

  match(article: Article): TopicMatch[] {
    const paragraphs = article.paragraphs;
    const text = this.readWords(paragraphs);
    const { words, starts, base, scores } = text;
    /** Offsets [start, end) of word `k` of paragraph `p`. */
    const startOf = (p: number, k: number) => starts[base[p] + k];
    const endOf = (p: number, k: number) => starts[base[p] + k] + words[base[p] + k].text.length;
    const articleLang = stemLanguageOf(article.language) ?? pickLanguage(addScores(scores));

    // 1. One pass over the words: phrase occurrences.
    const found = this.findPhrases(text, articleLang);
    if (found.size === 0) return [];

    // 2. Resolve phrase and NEAR terms into candidate mentions and exclude hits.
    // Only topics with a hit are touched: the cost follows what was found, not the watchlist's size.
    const candidates = new Map<number, Mention[]>();
    const excluded = new Set<string>(); // `${topic}:${paragraph}:${sentence}`
    const sentenceCache = new Map<number, Span[]>();
    const sentenceSpans = (p: number): Span[] => {
      let s = sentenceCache.get(p);
      if (!s) sentenceCache.set(p, (s = sentences(paragraphs[p])));
      return s;
    };
    const emit = (topic: number, term: string, exclude: boolean, paragraph: number, first: number, last: number) => {
      const start = startOf(paragraph, first);
      const end = endOf(paragraph, last);
      if (exclude) {
        const spans = sentenceSpans(paragraph);
        for (let s = spanIndexAt(spans, start); s >= 0 && s < spans.length && spans[s].start < end; s++) {
          excluded.add(`${topic}:${paragraph}:${s}`);
        }
        return;
      }
      const text = paragraphs[paragraph].slice(start, end);
      let list = candidates.get(topic);
      if (!list) candidates.set(topic, (list = []));
      list.push({ topicId: this.topics[topic].id, term, text, paragraph, start, end });
    };
    const nearsDone = new Set<number>();
    for (const [id, occs] of found) {
      for (const use of this.uses[id]) {
        if (use.kind === 'phrase') {
          for (const o of occs) emit(use.topic, use.term, use.exclude, o.paragraph, o.first, o.last);
          continue;
        }
        if (nearsDone.has(use.near)) continue;
        nearsDone.add(use.near);
        const near = this.nears[use.near];
        const lefts = found.get(near.left);
        const rights = found.get(near.right);
        if (!lefts || !rights) continue;
        for (const a of lefts) {
          for (const b of rights) {
            if (a.paragraph !== b.paragraph) continue;
            const [x, y] = a.first <= b.first ? [a, b] : [b, a];
            const between = y.first - x.last - 1;
            if (between < 0 || between > near.distance) continue;
            const spans = sentenceSpans(a.paragraph);
            if (spanIndexAt(spans, startOf(a.paragraph, x.first)) !== spanIndexAt(spans, startOf(a.paragraph, y.last))) continue;
            emit(near.topic, near.term, near.exclude, a.paragraph, x.first, Math.max(x.last, y.last));
          }
        }
      }
    }

    // 3. Drop excluded and nested mentions; score.
    const out: TopicMatch[] = [];
    for (const topic of [...candidates.keys()].sort((a, b) => a - b)) {
      const list = candidates.get(topic)!;
      const kept = mergeOverlaps(
        list.filter((m) => {
          if (excluded.size === 0) return true;
          const spans = sentenceSpans(m.paragraph);
          for (let s = spanIndexAt(spans, m.start); s >= 0 && s < spans.length && spans[s].start < m.end; s++) {
            if (excluded.has(`${topic}:${m.paragraph}:${s}`)) return false;
          }
          return true;
        }),
        paragraphs,
      );
      if (kept.length === 0) continue;
      out.push({ topicId: this.topics[topic].id, mentions: kept, relevance: relevance(kept, paragraphs.length) });
    }
    return out;
  }
}

/**
 * Sorts mentions in text order and merges those of one topic that overlap into one mention covering
 * both (`Russian-Serbian Humanitarian Center` + `Humanitarian Center in Niš` → `Russian-Serbian
 * Humanitarian Center in Niš`), keeping the term of the one that starts first (the longer on a tie).
 */
function mergeOverlaps(mentions: Mention[], paragraphs: readonly string[]): Mention[] {
  mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (prev && prev.paragraph === m.paragraph && m.start < prev.end) {
      if (m.end > prev.end) {
        prev.end = m.end;
        prev.text = paragraphs[prev.paragraph].slice(prev.start, prev.end);
      }
      continue;
    }
    out.push({ ...m });
  }
  return out;
}

/**
 * Compiles topics into a matcher (once; reuse it for every article).
 * @param topics topics with their terms and exclude terms (term syntax: docs/term-syntax.md)
 * @throws WirewatchError `invalid_term` naming the first invalid term
 */
export function compileWatchlist(topics: Topic[]): Matcher {
  return new CompiledWatchlist(topics);
}
