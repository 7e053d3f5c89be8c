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
/** Room for key numbers in a build-time edge key (node × KEY_ROOM + key). */
const KEY_ROOM = 2 ** 24;

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
  /** Child node by (node × KEY_ROOM + key number); node 0 is the root. */
  private readonly edges = new Map<number, number>();
  private readonly accepts: number[][] = [[]];

  /**
   * Adds a phrase: one path per combination of its words' keys.
   * @param alternatives for each word of the phrase, the keys it accepts (one or more)
   * @param value what a scan reads where a path ends (a phrase id, or an id with flags: an int32)
   */
  add(alternatives: readonly (readonly string[])[], value: number): void {
    const insert = (node: number, k: number): void => {
      if (k === alternatives.length) {
        this.accepts[node].push(value);
        return;
      }
      for (const key of alternatives[k]) {
        let keyId = this.keyIds.get(key);
        if (keyId === undefined) this.keyIds.set(key, (keyId = this.keyIds.size));
        const edge = node * KEY_ROOM + keyId;
        let child = this.edges.get(edge);
        if (child === undefined) {
          child = this.accepts.length;
          this.accepts.push([]);
          this.edges.set(edge, child);
        }
        insert(child, k + 1);
      }
    };
    insert(0, 0);
  }

  /**
   * The trie in flat arrays. Nodes whose subtrees are the same (same phrases accepted, same keys
   * to the same nodes) become one node, so a phrase whose words accept several keys each (a
   * Serbian name: its stem, its base form and their `-ski` adjectives) shares the rest of its path
   * instead of repeating it once per combination (4 × 4 × 4 paths for three such words); the
   * phrases found along every key path stay the same. The nodes left are numbered breadth first
   * (children in key order).
   */
  freeze(): PhraseTrie {
    const nodes = this.accepts.length;
    const children: number[][] = Array.from({ length: nodes }, () => []);
    for (const [edge, child] of this.edges) children[Math.floor(edge / KEY_ROOM)].push(edge % KEY_ROOM, child);
    const sortedPairs = (node: number): [number, number][] => {
      const c = children[node];
      const pairs: [number, number][] = [];
      for (let i = 0; i < c.length; i += 2) pairs.push([c[i], c[i + 1]]);
      return pairs.sort((a, b) => a[0] - b[0]);
    };
    // Merge equal subtrees, children first (a child is always numbered after its parent).
    const same = new Int32Array(nodes); // node → the node standing for its subtree
    const bySubtree = new Map<string, number>();
    for (let n = nodes - 1; n >= 0; n--) {
      const pairs = sortedPairs(n);
      for (const pair of pairs) pair[1] = same[pair[1]];
      children[n] = pairs.flat();
      const signature = `${this.accepts[n].join(',')}|${children[n].join(',')}`;
      const known = bySubtree.get(signature);
      if (known === undefined) bySubtree.set(signature, (same[n] = n));
      else same[n] = known;
    }
    // Breadth-first numbering; the root keeps 0. The nodes a phrase's first word reaches, which a scan
    // visits for every word that starts a phrase, are then neighbours at the front of the arrays.
    const renumber = new Int32Array(nodes).fill(-1);
    const order: number[] = [0];
    renumber[0] = 0;
    for (let k = 0; k < order.length; k++) {
      for (const [, child] of sortedPairs(order[k])) {
        if (renumber[child] < 0) renumber[child] = order.push(child) - 1;
      }
    }

    const meta = new Int32Array(order.length * STRIDE);
    const edges = new Int32Array(order.reduce((n, old) => n + children[old].length / 2, 0) * 2);
    const accepts = new Int32Array(order.reduce((n, old) => n + this.accepts[old].length, 0));
    const rootChild = new Int32Array(this.keyIds.size).fill(-1);
    let e = 0;
    let a = 0;
    order.forEach((old, n) => {
      meta[n * STRIDE] = a;
      for (const value of this.accepts[old]) accepts[a++] = value;
      meta[n * STRIDE + 1] = a;
      meta[n * STRIDE + 2] = e;
      for (const [key, child] of sortedPairs(old)) {
        edges[2 * e] = key;
        edges[2 * e + 1] = renumber[child];
        e++;
        if (n === 0) rootChild[key] = renumber[child];
      }
      meta[n * STRIDE + 3] = e;
    });
    return new PhraseTrie(new Map(this.keyIds), rootChild, meta, edges, accepts);
  }
}
