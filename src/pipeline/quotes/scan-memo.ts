/**
 * The answers of `scanFrom` cursors remembered while one article is extracted (issue 23, ADR 0285).
 *
 * The frames read each sentence with the same shared patterns, each from its own position: the speech-verb
 * alternation alone is run by the reported-clause, closing-cue, cue, partial, direct and nested-speech
 * frames over the same paragraph, and a search that finds no verb in its sentence runs on to the end of
 * the paragraph. A global pattern's `exec` from `lastIndex = p` gives the leftmost match starting at or
 * after `p`, and the match found at a start `q` depends only on the text and `q`, never on where the
 * search began. So one search from `p` that finds its match at `q` (or none) answers every later search
 * of the same pattern and text from any `p'` in `[p, q]` (from any `p' ≥ p` when it found none): the same
 * match, the same `lastIndex` after it. In a `u` pattern a search from the second half of a surrogate pair
 * starts at its first half, which is still in `[p, q]` when `p' > p`; so the answer stands there too.
 *
 * The memo holds only between `beginScanMemo` and `endScanMemo` (one `extractQuotes` call): it keeps
 * paragraph texts as keys, and outside an extraction (other callers, tests) every search runs as before.
 */

/** One remembered answer: no match starts in `[from, at)`; at `at` the match `m` (null: none at all). */
interface Known {
  from: number;
  at: number;
  m: RegExpExecArray | null;
  /** `lastIndex` after the search (the match's end; 0 when none). */
  after: number;
}

/** One text a pattern searched and the known answers for it, sorted by `at`. */
interface TextMemo {
  s: string;
  known: Known[];
}

/**
 * Per pattern (its shared global copy): the texts it searched last, most recent first, compared with `===`
 * (the paragraph being read is one string object, which `===` settles at once), not kept in a `Map` of
 * texts: frames also search fresh slices, and hashing each of them cost more than the searches it saved.
 */
let memo: Map<RegExp, TextMemo[]> | null = null;
/** Texts remembered per pattern: the paragraph being read, a few slices of it. */
const TEXTS_PER_PATTERN = 4;
let depth = 0;

/** Per kind of value (`perText`): the texts it was computed for last, most recent first. */
let values: Map<object, { s: string; v: unknown }[]> | null = null;

/** Starts remembering cursor answers (nestable; each call needs its `endScanMemo`). */
export function beginScanMemo(): void {
  if (depth++ === 0) {
    memo = new Map();
    values = new Map();
  }
}

/** Forgets every remembered answer when the outermost extraction ends (a call without a `begin` does nothing). */
export function endScanMemo(): void {
  if (depth === 0) return;
  if (--depth === 0) {
    memo = null;
    values = null;
  }
}

/**
 * `compute(s)`, computed once per text while an article is extracted (a paragraph's sentence ends, read by
 * every frame); null outside an extraction, where the caller works as it did without it.
 * @param compute a pure function of the text; also the key that tells kinds of value apart
 */
export function perText<T>(s: string, compute: (s: string) => T): T | null {
  if (values === null) return null;
  let texts = values.get(compute);
  if (texts === undefined) {
    texts = [];
    values.set(compute, texts);
  }
  for (let i = 0; i < texts.length; i++) {
    if (texts[i].s !== s) continue;
    const hit = texts[i];
    if (i > 0) {
      texts.splice(i, 1);
      texts.unshift(hit);
    }
    return hit.v as T;
  }
  const v = compute(s);
  texts.unshift({ s, v });
  if (texts.length > TEXTS_PER_PATTERN) texts.pop();
  return v;
}

/**
 * `re.exec(s)` from `lastIndex = from` on a global pattern shared by cursors (`scanFrom`), answered from the
 * memo when an earlier search of the same text covers `from`.
 * @returns the match (a copy: callers may keep or change theirs) and the `lastIndex` after the search
 */
export function execFrom(re: RegExp, s: string, from: number): { m: RegExpExecArray | null; after: number } {
  if (memo === null || re.sticky) return run(re, s, from);
  let texts = memo.get(re);
  if (texts === undefined) {
    texts = [];
    memo.set(re, texts);
  }
  let i = 0;
  while (i < texts.length && texts[i].s !== s) i++;
  let t: TextMemo;
  if (i < texts.length) {
    t = texts[i];
    if (i > 0) {
      texts.splice(i, 1);
      texts.unshift(t);
    }
  } else {
    t = { s, known: [] };
    texts.unshift(t);
    if (texts.length > TEXTS_PER_PATTERN) texts.pop();
  }
  const known = t.known;
  // The first answer whose match starts at or after `from`: the only one that can cover `from`.
  let lo = 0;
  let hi = known.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (known[mid].at < from) lo = mid + 1;
    else hi = mid;
  }
  const k = lo < known.length ? known[lo] : undefined;
  if (k !== undefined && k.from <= from) return { m: copy(k.m), after: k.after };
  const got = run(re, s, from);
  const at = got.m === null ? Infinity : got.m.index;
  if (k !== undefined && k.at === at) k.from = from;
  else known.splice(lo, 0, { from, at, m: got.m, after: got.after });
  return { m: copy(got.m), after: got.after };
}

function run(re: RegExp, s: string, from: number): { m: RegExpExecArray | null; after: number } {
  re.lastIndex = from;
  const m = re.exec(s);
  return { m, after: re.lastIndex };
}

function copy(m: RegExpExecArray | null): RegExpExecArray | null {
  if (m === null) return null;
  const c = m.slice() as RegExpExecArray;
  c.index = m.index;
  c.input = m.input;
  c.groups = m.groups;
  if (m.indices !== undefined) c.indices = m.indices;
  return c;
}
