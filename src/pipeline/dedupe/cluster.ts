/**
 * Story clustering: the same event carried by several outlets becomes one cluster.
 * Two stories join when they share a canonical link, or, published within `maxGapMs` of each other,
 * their headlines or their leads are near-identical over word shingles of folded text (so a Cyrillic
 * and a Latin copy match). Shingles that are one source's boilerplate (in `boilerplateMinStories` of
 * its stories) are discounted first, and two stories of one source join only when near-identical.
 * Clustering groups, it never deletes: every input id is in exactly one cluster.
 * Only copies join on similarity (ADR 0163): two stories whose whole bodies are both long enough to
 * tell and differ (the shorter not mostly inside the longer: a follow-up that repeats the background
 * paragraphs but reports something new) stay apart unless their headlines are the same, and a cluster
 * never takes in a story distinct from one of its members (no chaining through a teaser).
 * Thresholds and their measurements: docs/adr/0150-story-clustering.md, docs/adr/0163-follow-ups.md.
 */
import { containment, jaccard } from './shingles.js';
import { memoShingles } from './fold-memo.js';

/** What the clusterer needs to know about one story. */
export interface StoryFingerprintInput {
  id: string;
  /** Canonical link (trackers and fragment dropped), or null. */
  canonicalLink: string | null;
  title: string;
  /** The first words of the body (see `leadOf`); may be a teaser. */
  lead: string;
  /**
   * The whole body (or the teaser), to tell a copy from a follow-up that shares its lead. Absent: the
   * lead stands for it.
   */
  body?: string;
  /** When the story counts as published. */
  time: Date;
  /**
   * Where it came from (the feed URL). Shingles shared by several stories of one source are that
   * source's boilerplate (footers, headline templates, teaser tails) and do not count; two stories of
   * one source join only when near-identical. Absent: every story is its own source.
   */
  source?: string;
}

export interface ClusterOptions {
  /** Stories further apart than this never join on similarity (a shared canonical link still joins). Default 72 h. */
  maxGapMs?: number;
  /** Minimum Jaccard of headline 2-word shingles. Default 0.6. */
  titleThreshold?: number;
  /** Minimum containment of lead 3-word shingles. Default 0.5. */
  leadThreshold?: number;
  /** Leads with fewer shingles than this are not compared (too short to tell). Default 8. */
  minLeadShingles?: number;
  /** A shingle in at least this many stories of one source is that source's boilerplate. Default 3. */
  boilerplateMinStories?: number;
  /** Two stories of one source join only at this similarity or more (near-identical). Default 0.9. */
  sameSourceThreshold?: number;
  /**
   * Two bodies are copies when this share of the smaller one's 3-word shingles stands in the larger
   * (a teaser, a syndicated or other-script copy); below it they are distinct stories. Default 0.8.
   */
  bodyThreshold?: number;
  /** Bodies with fewer shingles than this are not told apart (a teaser too short to tell). Default 24. */
  minBodyShingles?: number;
  /** Headlines at least this similar (Jaccard) are the same headline: such stories join whatever their bodies. Default 0.9. */
  sameTitleThreshold?: number;
}

/** Defaults of `ClusterOptions`. */
export const CLUSTER_DEFAULTS: Required<ClusterOptions> = {
  maxGapMs: 72 * 3600 * 1000,
  titleThreshold: 0.6,
  leadThreshold: 0.5,
  minLeadShingles: 8,
  boilerplateMinStories: 3,
  sameSourceThreshold: 0.9,
  bodyThreshold: 0.8,
  minBodyShingles: 24,
  sameTitleThreshold: 0.9,
};

interface Fingerprint {
  id: string;
  source: string | null;
  link: string | null;
  time: number;
  title: ReadonlySet<string>;
  lead: ReadonlySet<string>;
  /** The body text; its shingles are computed (and memoised) only for pairs that would join. */
  body: string;
  /** Headline and lead as given: copies of one story (the same text) count once as boilerplate. */
  copy: string;
}

function fingerprint(s: StoryFingerprintInput): Fingerprint {
  return {
    id: s.id,
    source: s.source ?? null,
    link: s.canonicalLink,
    time: s.time.getTime(),
    // memoised by text: every subscription's digest clusters the same articles again
    title: memoShingles(s.title, 2),
    lead: memoShingles(s.lead, 3),
    body: s.body ?? s.lead,
    copy: `${s.title}\u0000${s.lead}`,
  };
}

/**
 * The lead of an article body for clustering: the first `maxWords` words of its body paragraphs,
 * skipping short blocks (photo credits, datelines on their own: fewer than 5 words).
 * @param body body paragraphs (without the headline)
 * @param maxWords default 60
 */
export function leadOf(body: readonly string[], maxWords = 60): string {
  const words: string[] = [];
  for (const p of body) {
    const w = p.split(/\s+/).filter((x) => x.length > 0);
    if (w.length < 5) continue;
    for (const x of w) {
      if (words.length >= maxWords) return words.join(' ');
      words.push(x);
    }
  }
  return words.join(' ');
}

/**
 * Similarity of two stories in [0, 1]: the larger of headline shingle Jaccard and lead shingle
 * containment, each counted only when it reaches its threshold (else 0). 1 for equal canonical links.
 * Does not look at time.
 */
export function storySimilarity(a: StoryFingerprintInput, b: StoryFingerprintInput, opts: ClusterOptions = {}): number {
  return similarity(fingerprint(a), fingerprint(b), { ...CLUSTER_DEFAULTS, ...opts });
}

function similarity(
  a: Fingerprint,
  b: Fingerprint,
  o: Required<ClusterOptions>,
  shinglesOf: (f: Fingerprint) => ReadonlySet<string> = (f) => memoShingles(f.body, 3),
): number {
  if (a.link !== null && a.link === b.link) return 1;
  const t = a.title.size >= 3 && b.title.size >= 3 ? jaccard(a.title, b.title) : 0;
  const l = Math.min(a.lead.size, b.lead.size) >= o.minLeadShingles ? containment(a.lead, b.lead) : 0;
  if (a.source !== null && a.source === b.source) {
    // One outlet's two items are one story only when their text is near-identical (a re-post, an
    // update): by the lead when both have one long enough, else by the headline.
    const leadsComparable = Math.min(a.lead.size, b.lead.size) >= o.minLeadShingles;
    const near = leadsComparable ? l : t;
    if (near >= o.sameSourceThreshold) return near;
    // An update that changed a word: the lead less the feed's template is short in a templated feed,
    // and one word takes up to three of its shingles (0.82 of 17 in the new user's report, ADR 0306).
    // Near-identical then by the whole body (template included, both long enough to tell), provided
    // the story's own words are mostly shared too (`leadThreshold`, what two outlets' copies need):
    // the feed's different stories share the template but not their own words.
    if (leadsComparable && l >= o.leadThreshold) {
      const x = shinglesOf(a);
      const y = shinglesOf(b);
      if (Math.min(x.size, y.size) >= o.minBodyShingles) {
        const whole = containment(x, y);
        if (whole >= o.sameSourceThreshold) return whole;
      }
    }
    return 0;
  }
  return Math.max(t >= o.titleThreshold ? t : 0, l >= o.leadThreshold ? l : 0);
}

/**
 * True when two stories are distinct though similar: both bodies are long enough to tell, the smaller
 * is not mostly inside the larger (not a teaser or copy of it), their headlines are not the same and
 * their canonical links differ.
 */
function distinct(
  a: Fingerprint,
  b: Fingerprint,
  o: Required<ClusterOptions>,
  shinglesOf: (f: Fingerprint) => ReadonlySet<string> = (f) => memoShingles(f.body, 3),
): boolean {
  if (a.link !== null && a.link === b.link) return false;
  if (a.body === b.body) return false;
  if (a.title.size >= 3 && b.title.size >= 3 && jaccard(a.title, b.title) >= o.sameTitleThreshold) return false;
  return setsDiffer(shinglesOf(a), shinglesOf(b), o);
}

function setsDiffer(x: ReadonlySet<string>, y: ReadonlySet<string>, o: Required<ClusterOptions>): boolean {
  return Math.min(x.size, y.size) >= o.minBodyShingles && containment(x, y) < o.bodyThreshold;
}

function bodiesDiffer(a: string, b: string, o: Required<ClusterOptions>): boolean {
  return a !== b && setsDiffer(memoShingles(a, 3), memoShingles(b, 3), o);
}

/**
 * True when two texts are different stories' bodies, whatever their headlines: both long enough to
 * tell, the smaller less than `bodyThreshold` inside the larger (a teaser or a copy is mostly inside).
 */
export function textsDiffer(a: string, b: string, opts: ClusterOptions = {}): boolean {
  return bodiesDiffer(a, b, { ...CLUSTER_DEFAULTS, ...opts });
}

/**
 * True when two stories are distinct though similar (see `distinct`): a follow-up that repeats
 * another story's lead but brings new text. Does not look at time.
 */
export function distinctStories(a: StoryFingerprintInput, b: StoryFingerprintInput, opts: ClusterOptions = {}): boolean {
  return distinct(fingerprint(a), fingerprint(b), { ...CLUSTER_DEFAULTS, ...opts });
}

/**
 * Removes each source's boilerplate from its fingerprints: shingles found in at least
 * `boilerplateMinStories` stories of the same source (a feed-wide footer, a headline template, a
 * teaser tail such as "Pratite nas na Telegramu…") say nothing about which story it is. Stories with
 * the same headline and lead are one story for this count (copies, not a template).
 */
function discountBoilerplate(fps: Fingerprint[], minStories: number): Fingerprint[] {
  const bySource = new Map<string, number[]>();
  fps.forEach((f, i) => {
    if (f.source === null) return;
    const list = bySource.get(f.source);
    if (list) list.push(i);
    else bySource.set(f.source, [i]);
  });
  const out = [...fps];
  for (const members of bySource.values()) {
    if (members.length < minStories) continue;
    const df = new Map<string, number>();
    const count = (set: ReadonlySet<string>, tag: string) => {
      for (const x of set) df.set(tag + x, (df.get(tag + x) ?? 0) + 1);
    };
    // Copies of one story (the same headline and lead: a feed that serves it under a new guid and link
    // on every fetch) count once: else three copies made all of their own words boilerplate, and no
    // copy joined another or the delivered one (ADR 0280).
    const counted = new Set<string>();
    for (const i of members) {
      if (counted.has(fps[i].copy)) continue;
      counted.add(fps[i].copy);
      count(fps[i].title, 't\u0000');
      count(fps[i].lead, 'd\u0000');
    }
    const keep = (set: ReadonlySet<string>, tag: string) => {
      let dropped = false;
      for (const x of set) if ((df.get(tag + x) ?? 0) >= minStories) dropped = true;
      return dropped ? new Set([...set].filter((x) => (df.get(tag + x) ?? 0) < minStories)) : set;
    };
    for (const i of members) out[i] = { ...fps[i], title: keep(fps[i].title, 't\u0000'), lead: keep(fps[i].lead, 'd\u0000') };
  }
  return out;
}

/**
 * Groups stories that report the same event.
 * @param stories any order; ids must be unique
 * @returns clusters as lists of ids; each cluster lists its ids in input order, clusters are ordered
 *   by their first member's input position. Deterministic for the same input.
 */
export function clusterStories(stories: readonly StoryFingerprintInput[], opts: ClusterOptions = {}): string[][] {
  const o = { ...CLUSTER_DEFAULTS, ...opts };
  const fps = discountBoilerplate(stories.map(fingerprint), o.boilerplateMinStories);
  const parent = fps.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const members = fps.map((_, i) => [i]);
  const union = (i: number, j: number): void => {
    const a = find(i);
    const b = find(j);
    if (a === b) return;
    const [root, child] = a < b ? [a, b] : [b, a];
    parent[child] = root;
    members[root].push(...members[child]);
    members[child] = [];
  };
  // Body shingles once per story (looked up by text, a long key, only the first time).
  const bodySets = new Map<Fingerprint, ReadonlySet<string>>();
  const shinglesOf = (f: Fingerprint) => {
    let set = bodySets.get(f);
    if (!set) bodySets.set(f, (set = memoShingles(f.body, 3)));
    return set;
  };
  // Complete linkage on distinctness: a cluster joins another only when no member of one is a story
  // distinct from a member of the other (a teaser matching two different follow-ups joins neither to
  // the other).
  const compatible = (i: number, j: number): boolean => members[find(i)].every((x) => members[find(j)].every((y) => !distinct(fps[x], fps[y], o, shinglesOf)));
  // Candidate pairs only: stories that share a canonical link, a headline shingle or a lead shingle
  // (an inverted index), so distinct stories are never compared.
  const index = new Map<string, number[]>();
  const post = (key: string, i: number) => {
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  };
  fps.forEach((f, i) => {
    if (f.link !== null) post(`l\u0000${f.link}`, i);
    for (const t of f.title) post(`t\u0000${t}`, i);
    for (const l of f.lead) post(`d\u0000${l}`, i);
  });
  const candidates = fps.map(() => new Set<number>());
  for (const list of index.values()) {
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) candidates[list[a]].add(list[b]);
  }
  for (let i = 0; i < fps.length; i++) {
    for (const j of [...candidates[i]].sort((x, y) => x - y)) {
      if (find(i) === find(j)) continue;
      const sameLink = fps[i].link !== null && fps[i].link === fps[j].link;
      if (!sameLink && Math.abs(fps[i].time - fps[j].time) > o.maxGapMs) continue;
      if (sameLink || (similarity(fps[i], fps[j], o, shinglesOf) > 0 && compatible(i, j))) union(i, j);
    }
  }
  const groups = new Map<number, string[]>();
  for (let i = 0; i < fps.length; i++) {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(fps[i].id);
    else groups.set(root, [fps[i].id]);
  }
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, ids]) => ids);
}
