/**
 * The phrase trie of one language, over word keys (src/pipeline/text/stem.ts), in flat typed arrays
 * (issue 23, ADR 0235). Each distinct key of the watchlist gets a number when the watchlist is
 * compiled; a word of the text whose key has no number cannot be part of any phrase, and the words
 * that have one look up their number once (the matcher interns them). Nodes are numbered breadth
 * first, so the first nodes of all phrases, which a scan visits most, are neighbours: a scan touches
 * few cache lines however many terms the watchlist holds, where a trie of objects and maps
 * scattered them over the heap.
 */

/** Node stride in `meta`: accepted values [meta[4n], meta[4n + 1]), edges [meta[4n + 2], meta[4n + 3]). */
const STRIDE = 4;
/** Edges searched one by one up to this many; a binary search beyond. */
const LINEAR_EDGES = 8;

/** A compiled trie: read only. */
export class PhraseTrie {
  constructor(
    private readonly keyIds: Map<string, number>,
    /** The node a phrase's first word reaches, by key number; -1 when no phrase starts with that key. */
    private readonly rootChild: Int32Array,
    private readonly meta: Int32Array,
    /** Pairs (key number, child node), sorted by key within a node. */
    private readonly edges: Int32Array,
    /** The values of the phrases that end at each node (`PhraseTrieBuilder.add`), in the order they were added. */
    readonly accepts: Int32Array,
  ) {}

  /** The number of a word key, or -1 when no phrase of this trie uses it. */
  keyId(key: string): number {
    return this.keyIds.get(key) ?? -1;
  }

  /** The node a phrase starting with key number `key` reaches, or -1. */
  start(key: number): number {
    return key < 0 ? -1 : this.rootChild[key];
  }

  /** The child of `node` along key number `key`, or -1. */
  child(node: number, key: number): number {
    const m = node * STRIDE;
    let lo = this.meta[m + 2];
    let hi = this.meta[m + 3];
    const edges = this.edges;
    if (hi - lo <= LINEAR_EDGES) {
      for (let e = lo; e < hi; e++) {
        const k = edges[2 * e];
        if (k === key) return edges[2 * e + 1];
        if (k > key) break;
      }
      return -1;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const k = edges[2 * mid];
      if (k === key) return edges[2 * mid + 1];
      if (k < key) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  /** Whether some phrase goes on past `node`. */
  hasChildren(node: number): boolean {
    return this.meta[node * STRIDE + 2] < this.meta[node * STRIDE + 3];
  }

  /** Start of the values of the phrases ending at `node` in `accepts`. */
  acceptFrom(node: number): number {
    return this.meta[node * STRIDE];
  }

  /** End (exclusive) of the values of the phrases ending at `node` in `accepts`. */
  acceptTo(node: number): number {
    return this.meta[node * STRIDE + 1];
  }
}

/** Builds a `PhraseTrie`: add every phrase, then `freeze` once. */
export class PhraseTrieBuilder {
  private readonly keyIds = new Map<string, number>();
  /** Per node (0 is the root): children by key number, and the values accepted there. */
  private readonly next: (Map<number, number> | null)[] = [null];
  private readonly accepts: (number[] | null)[] = [null];

  /**
   * Adds a phrase: one path per combination of its words' keys.
   * @param alternatives for each word of the phrase, the keys it accepts (one or more)
   * @param value what a scan reads where a path ends (a phrase id, or an id with flags: an int32)
   */
  add(alternatives: readonly (readonly string[])[], value: number): void {
    const insert = (node: number, k: number): void => {
      if (k === alternatives.length) {
        (this.accepts[node] ??= []).push(value);
        return;
      }
      const children = (this.next[node] ??= new Map());
      for (const key of alternatives[k]) {
        let keyId = this.keyIds.get(key);
        if (keyId === undefined) this.keyIds.set(key, (keyId = this.keyIds.size));
        let child = children.get(keyId);
        if (child === undefined) {
          children.set(keyId, (child = this.next.length));
          this.next.push(null);
          this.accepts.push(null);
        }
        insert(child, k + 1);
      }
    };
    insert(0, 0);
  }

  /**
   * The trie in flat arrays. Nodes whose subtrees are the same (same values accepted, same keys
   * to the same nodes) become one node, so a phrase whose words accept several keys each (a
   * Serbian name: its stem, its base form and their `-ski` adjectives) shares the rest of its path
   * instead of repeating it once per combination (4 × 4 × 4 paths for three such words); every key
   * path accepts what it accepted before. The nodes left are numbered breadth first (children in
   * key order).
   */
  freeze(): PhraseTrie {
    const nodes = this.next.length;
    // Merge equal subtrees, children first (a child is always numbered after its parent): each node's
    // children become flat (key, merged child) pairs in key order, and equal nodes are found by hash.
    const kids: (number[] | null)[] = new Array<number[] | null>(nodes).fill(null);
    const same = new Int32Array(nodes);
    const byHash = new Map<number, number[]>();
    for (let n = nodes - 1; n >= 0; n--) {
      const children = this.next[n];
      let flat: number[] | null = null;
      if (children) {
        const pairs = [...children].sort((a, b) => a[0] - b[0]);
        flat = [];
        for (const [key, child] of pairs) flat.push(key, same[child]);
      }
      kids[n] = flat;
      const accepted = this.accepts[n];
      const hash = hashInts(flat, hashInts(accepted, 0x811c9dc5));
      const candidates = byHash.get(hash);
      const match = candidates?.find((r) => sameInts(kids[r], flat) && sameInts(this.accepts[r], accepted));
      if (match !== undefined) {
        same[n] = match;
      } else {
        same[n] = n;
        if (candidates) candidates.push(n);
        else byHash.set(hash, [n]);
      }
    }
    // Breadth-first numbering; the root keeps 0. The nodes a phrase's first word reaches, which a scan
    // visits for every word that starts a phrase, are then neighbours at the front of the arrays.
    const renumber = new Int32Array(nodes).fill(-1);
    const order: number[] = [0];
    renumber[0] = 0;
    let edgeCount = 0;
    let acceptCount = 0;
    for (let k = 0; k < order.length; k++) {
      const flat = kids[order[k]];
      acceptCount += this.accepts[order[k]]?.length ?? 0;
      if (!flat) continue;
      edgeCount += flat.length / 2;
      for (let i = 1; i < flat.length; i += 2) if (renumber[flat[i]] < 0) renumber[flat[i]] = order.push(flat[i]) - 1;
    }

    const meta = new Int32Array(order.length * STRIDE);
    const edges = new Int32Array(2 * edgeCount);
    const accepts = new Int32Array(acceptCount);
    const rootChild = new Int32Array(this.keyIds.size).fill(-1);
    let e = 0;
    let a = 0;
    order.forEach((old, n) => {
      meta[n * STRIDE] = a;
      for (const value of this.accepts[old] ?? []) accepts[a++] = value;
      meta[n * STRIDE + 1] = a;
      meta[n * STRIDE + 2] = e;
      const flat = kids[old] ?? [];
      for (let i = 0; i < flat.length; i += 2, e++) {
        edges[2 * e] = flat[i];
        edges[2 * e + 1] = renumber[flat[i + 1]];
        if (n === 0) rootChild[flat[i]] = edges[2 * e + 1];
      }
      meta[n * STRIDE + 3] = e;
    });
    return new PhraseTrie(new Map(this.keyIds), rootChild, meta, edges, accepts);
  }
}

/** A 32-bit FNV-1a style hash of a list of int32s (null hashes like an empty list, then a marker). */
function hashInts(list: readonly number[] | null, seed: number): number {
  let h = seed;
  if (list) for (const x of list) h = Math.imul(h ^ x, 0x01000193);
  return Math.imul(h ^ (list ? list.length : -1), 0x01000193);
}

/** Whether two lists of numbers are equal (null only equals null). */
function sameInts(a: readonly number[] | null, b: readonly number[] | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
