/**
 * The distinct words a matcher has read, interned by surface form (issue 23, ADR 0234: news text
 * repeats its words, so what the matcher needs of a word is worked out once, not per occurrence):
 * its forms, language evidence, case shape and, per language, the number of its word key in that
 * language's phrase trie and the trie node a phrase starting with it reaches (ADR 0235). All are
 * pure functions of the word (the tries do not change after compiling), so results cannot differ.
 */
import { detach } from '../text/fold.js';
import { wordEvidence } from '../text/language.js';
import { STEM_LANGUAGES, type WordKeys } from '../text/stem.js';
import { wordForms } from '../text/tokens.js';
import { caseShapeOf } from './case-rules.js';
import type { PhraseTrie } from './phrase-trie.js';

/** Not worked out yet (key numbers, start nodes, case shape). */
const UNKNOWN = -2;

/** One distinct word of the texts. Per-language fields: 0 = en, 1 = sr, 2 = sq (`STEM_LANGUAGES` order). */
export interface WordForm {
  /** The surface form. */
  readonly text: string;
  /** Lower case, Latin, diacritics kept (`Token.latin`). */
  readonly latin: string;
  /** Fully folded (`Token.folded`). */
  readonly folded: string;
  /** Language evidence bits (`wordEvidence`). */
  readonly evidence: number;
  /** The number of the word's key in each language's trie (-1: no phrase uses the key). */
  key0: number;
  key1: number;
  key2: number;
  /** The trie node a phrase starting with this word reaches in each language (-1: none). */
  start0: number;
  start1: number;
  start2: number;
  /** `caseShapeOf` bits. */
  caseShape: number;
}

/** Interned words kept at most (cleared whole when full, like the other text memos, ADR 0231). */
const WORD_FORMS_MAX = 50_000;

/** The interned words of one matcher. Not shared between threads. */
export class WordTable {
  private readonly words = new Map<string, WordForm>();

  /**
   * @param keys the matcher's word keys (the same stemmer and caches as its terms)
   * @param tries the matcher's phrase tries, in `STEM_LANGUAGES` order
   */
  constructor(
    private readonly keys: WordKeys,
    private readonly tries: readonly PhraseTrie[],
  ) {}

  /** The interned form of a word of the text (its surface form, as `forEachWord` gives it). */
  intern(text: string): WordForm {
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
        key0: UNKNOWN,
        key1: UNKNOWN,
        key2: UNKNOWN,
        start0: UNKNOWN,
        start1: UNKNOWN,
        start2: UNKNOWN,
        caseShape: UNKNOWN,
      };
      if (this.words.size >= WORD_FORMS_MAX) this.words.clear();
      this.words.set(own, w);
    }
    return w;
  }

  /** The number of `w`'s key in language `lang`'s trie (index into `STEM_LANGUAGES`), or -1. */
  keyId(w: WordForm, lang: number): number {
    switch (lang) {
      case 0:
        return w.key0 === UNKNOWN ? this.resolve(w, 0) : w.key0;
      case 1:
        return w.key1 === UNKNOWN ? this.resolve(w, 1) : w.key1;
      default:
        return w.key2 === UNKNOWN ? this.resolve(w, 2) : w.key2;
    }
  }

  /** The trie node of language `lang` that a phrase starting with `w` reaches, or -1. */
  start(w: WordForm, lang: number): number {
    switch (lang) {
      case 0:
        return w.start0 === UNKNOWN ? (this.resolve(w, 0), w.start0) : w.start0;
      case 1:
        return w.start1 === UNKNOWN ? (this.resolve(w, 1), w.start1) : w.start1;
      default:
        return w.start2 === UNKNOWN ? (this.resolve(w, 2), w.start2) : w.start2;
    }
  }

  /** `w`'s case shape (`caseShapeOf`). */
  caseShape(w: WordForm): number {
    if (w.caseShape === UNKNOWN) w.caseShape = caseShapeOf(w.text);
    return w.caseShape;
  }

  /** Works out `w`'s key number and start node in one language; returns the key number. */
  private resolve(w: WordForm, lang: number): number {
    const trie = this.tries[lang];
    const key = trie.keyId(this.keys.key(STEM_LANGUAGES[lang], w.latin, w.folded));
    const start = trie.start(key);
    if (lang === 0) {
      w.key0 = key;
      w.start0 = start;
    } else if (lang === 1) {
      w.key1 = key;
      w.start1 = start;
    } else {
      w.key2 = key;
      w.start2 = start;
    }
    return key;
  }
}
