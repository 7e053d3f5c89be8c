/**
 * What a watchlist compiles into: every distinct phrase of every term, NEAR side and exclude term,
 * inserted into one trie per language over word keys (ADR 0120), and what each phrase is used for,
 * in flat arrays indexed by phrase id (ADR 0235), so resolving the occurrences a scan found reads
 * a few dense arrays rather than a graph of objects.
 */
import type { Topic } from '../../model/watchlist.js';
import { STEM_LANGUAGES, type WordKeys } from '../text/stem.js';
import { caseModeOf, isProperName } from './case-rules.js';
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

/** A phrase use in `WatchlistIndex.useKind`: the phrase is a term (or exclude term) of its own. */
export const USE_PHRASE = 0;
/** A phrase use in `WatchlistIndex.useKind`: the phrase is a side of a NEAR term. */
export const USE_NEAR = 1;

/** A compiled watchlist's phrases, tries and uses. Read only once built. */
export class WatchlistIndex {
  /** The phrases by id. */
  readonly phrases: Phrase[] = [];
  /** One trie per language, in `STEM_LANGUAGES` order. */
  readonly tries: readonly PhraseTrie[];
  /** Per phrase id: its case mode (`caseModeOf`) and its number of words. */
  readonly caseMode: Uint8Array;
  readonly phraseLength: Uint8Array;
  /** The uses of phrase id p are [useStart[p], useStart[p + 1]), in the order of the watchlist. */
  readonly useStart: Int32Array;
  /** Per use: `USE_PHRASE` or `USE_NEAR`; the topic (a phrase term) or the NEAR term's index; exclude (1) or not. */
  readonly useKind: Uint8Array;
  readonly useTarget: Int32Array;
  readonly useExclude: Uint8Array;
  /** Per use: the term as written (phrase terms; NEAR terms keep theirs in `nears`). */
  readonly useTerm: (string | null)[];
  /** The NEAR terms, with their sides' phrase ids also in flat arrays. */
  readonly nears: NearTerm[] = [];
  readonly nearLeft: Int32Array;
  readonly nearRight: Int32Array;

  private readonly phraseIds = new Map<string, number>();
  private readonly uses: PhraseUse[][] = [];
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
    this.caseMode = Uint8Array.from(this.phrases, caseModeOf);
    this.phraseLength = Uint8Array.from(this.phrases, (p) => p.length);
    const useCount = this.uses.reduce((n, u) => n + u.length, 0);
    this.useStart = new Int32Array(this.phrases.length + 1);
    this.useKind = new Uint8Array(useCount);
    this.useTarget = new Int32Array(useCount);
    this.useExclude = new Uint8Array(useCount);
    this.useTerm = [];
    let u = 0;
    this.uses.forEach((list, id) => {
      this.useStart[id] = u;
      for (const use of list) {
        this.useKind[u] = use.kind === 'phrase' ? USE_PHRASE : USE_NEAR;
        this.useTarget[u] = use.kind === 'phrase' ? use.topic : use.near;
        this.useExclude[u] = use.kind === 'phrase' && use.exclude ? 1 : 0;
        this.useTerm.push(use.kind === 'phrase' ? use.term : null);
        u++;
      }
    });
    this.useStart[this.phrases.length] = u;
    this.nearLeft = Int32Array.from(this.nears, (n) => n.left);
    this.nearRight = Int32Array.from(this.nears, (n) => n.right);
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
    STEM_LANGUAGES.forEach((lang, l) => {
      this.builders[l].add(
        phrase.map((w) => this.keys.termKeys(lang, w.latin, w.folded, isProperName(w))),
        id,
      );
    });
    return id;
  }
}
