/**
 * What a watchlist compiles into: every distinct phrase of every term, NEAR side and exclude term,
 * inserted into one trie per language over word keys (ADR 0120), and what each phrase is used for,
 * in flat arrays indexed by phrase id (ADR 0235), so resolving the occurrences a scan found reads
 * a few dense arrays rather than a graph of objects.
 */
import type { Topic } from '../../model/watchlist.js';
import { STEM_LANGUAGES, type WordKeys } from '../text/stem.js';
import { caseModeOf, isProperName, termWordKind } from './case-rules.js';
import { withFormGuards } from './form-guards.js';
import { PhraseTrieBuilder, type PhraseTrie } from './phrase-trie.js';
import { parseTerm, type ParsedTerm, type Phrase } from './term.js';

/** A `A NEAR/n B` term (or exclude term) of a topic; `left` and `right` are phrase ids. */
export interface NearTerm {
  topic: number;
  term: string;
  exclude: boolean;
  left: number;
  right: number;
  distance: number;
}

/** What one phrase is used for: a term of its own, or a side of NEAR terms. */
type PhraseUse = { kind: 'phrase'; topic: number; term: string; exclude: boolean } | { kind: 'near'; near: number };

/** A use's flags (`WatchlistIndex.uses`): the phrase is a term of its own (else a side of a NEAR term). */
export const USE_PHRASE = 1;
/** A use's flags: the phrase term is an exclude term. */
export const USE_EXCLUDE = 2;

/**
 * What a trie accepts where a phrase ends: its id and its case mode (`caseModeOf`) in one number, so
 * the scan reads both from one place.
 */
export const acceptCode = (id: number, caseMode: number): number => (id << 2) | caseMode;
export const acceptedPhrase = (code: number): number => code >>> 2;
export const acceptedCaseMode = (code: number): number => code & 3;

/** A compiled watchlist's phrases, tries and uses. Read only once built. */
export class WatchlistIndex {
  /** The phrases by id. */
  readonly phrases: Phrase[] = [];
  /** One trie per language, in `STEM_LANGUAGES` order. */
  readonly tries: readonly PhraseTrie[];
  /** The uses of phrase id p are [useStart[p], useStart[p + 1]), in the order of the watchlist. */
  readonly useStart: Int32Array;
  /**
   * Use u is uses[3u..3u + 2]: flags (`USE_PHRASE`, `USE_EXCLUDE`), then for a phrase term its topic
   * and its index in `terms`, for a NEAR side the NEAR term's index (and 0).
   */
  readonly uses: Int32Array;
  /** The phrase terms as written, for mentions. */
  readonly terms: string[] = [];
  /** The NEAR terms; NEAR term n's sides are also nearSides[2n] (left) and nearSides[2n + 1] (right). */
  readonly nears: NearTerm[] = [];
  readonly nearSides: Int32Array;

  private readonly phraseIds = new Map<string, number>();
  private readonly phraseUses: PhraseUse[][] = [];
  private readonly builders = STEM_LANGUAGES.map(() => new PhraseTrieBuilder());

  /**
   * @param topics the topics, in watchlist order (term syntax: docs/term-syntax.md)
   * @param keys the word keys the matcher also computes its text words' keys with
   * @throws WirewatchError `invalid_term` naming the first invalid term
   */
  constructor(
    topics: readonly Topic[],
    private readonly keys: WordKeys,
  ) {
    topics.forEach((topic, t) => {
      for (const term of topic.terms) this.addTerm(t, parseTerm(term), false);
      for (const term of topic.exclude ?? []) this.addTerm(t, parseTerm(term), true);
    });
    this.tries = this.builders.map((b) => b.freeze());
    this.useStart = new Int32Array(this.phrases.length + 1);
    this.uses = new Int32Array(3 * this.phraseUses.reduce((n, u) => n + u.length, 0));
    let u = 0;
    this.phraseUses.forEach((list, id) => {
      this.useStart[id] = u;
      for (const use of list) {
        if (use.kind === 'phrase') {
          this.uses[3 * u] = USE_PHRASE | (use.exclude ? USE_EXCLUDE : 0);
          this.uses[3 * u + 1] = use.topic;
          this.uses[3 * u + 2] = this.terms.push(use.term) - 1;
        } else {
          this.uses[3 * u + 1] = use.near;
        }
        u++;
      }
    });
    this.useStart[this.phrases.length] = u;
    this.nearSides = Int32Array.from(this.nears.flatMap((n) => [n.left, n.right]));
  }

  private addTerm(topic: number, parsed: ParsedTerm, excludeList: boolean): void {
    const exclude = excludeList || parsed.negated;
    if (parsed.kind === 'phrase') {
      this.phraseUses[this.phraseId(parsed.phrase)].push({ kind: 'phrase', topic, term: parsed.source, exclude });
      return;
    }
    const near = this.nears.length;
    const left = this.phraseId(parsed.left);
    const right = this.phraseId(parsed.right);
    this.nears.push({ topic, term: parsed.source, exclude, left, right, distance: parsed.distance });
    this.phraseUses[left].push({ kind: 'near', near });
    if (right !== left) this.phraseUses[right].push({ kind: 'near', near });
  }

  /** Interns a phrase and inserts it into every language's trie. */
  private phraseId(parsed: Phrase): number {
    // A name and the same letters in lower case are two phrases: they take different derived forms (`Most`, `most`).
    const signature = parsed.map((w) => `${w.exactCapitals ? '=' : w.capitalsOnly ? '^' : isProperName(w) ? '+' : ''}${w.latin}`).join(' ');
    const known = this.phraseIds.get(signature);
    if (known !== undefined) return known;
    const id = this.phrases.length;
    const phrase = parsed.map(withFormGuards);
    this.phrases.push(phrase);
    this.phraseUses.push([]);
    this.phraseIds.set(signature, id);
    const code = acceptCode(id, caseModeOf(phrase));
    STEM_LANGUAGES.forEach((lang, l) => {
      this.builders[l].add(
        phrase.map((w) => this.keys.termKeys(lang, w.latin, w.folded, termWordKind(w))),
        code,
      );
    });
    return id;
  }
}
