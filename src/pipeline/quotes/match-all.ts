/**
 * `s.matchAll(re)` without the pattern's copy (issue 23, ADR 0285). `String.prototype.matchAll` builds a new
 * `RegExp` from the pattern on every call (its species constructor): a compilation-cache lookup keyed by
 * the pattern's source, about 3,000 instructions, for each of the thousands of whole-paragraph scans of an
 * article, more than many of those scans' own matching. `matchAllOf` walks the pattern itself instead.
 */

/**
 * The matches of a global pattern in `s`, in order: what `s.matchAll(re)` yields (the same match objects'
 * contents; from `re.lastIndex`, an empty match stepping on by one character or one code point in a `u`
 * or `v` pattern), lazily. `re.lastIndex` is as it was whenever the caller's code runs, so the loop's body
 * may use the same pattern.
 * @throws TypeError for a pattern without the `g` flag, as `matchAll` does
 */
export function matchAllOf(re: RegExp, s: string): IterableIterator<RegExpExecArray> {
  if (!re.global) throw new TypeError('matchAllOf needs a global pattern');
  return walk(re, s, re.lastIndex);
}

function* walk(re: RegExp, s: string, from: number): Generator<RegExpExecArray, void, undefined> {
  const fullUnicode = re.unicode || (re as RegExp & { unicodeSets?: boolean }).unicodeSets === true;
  let at = from;
  for (;;) {
    const saved = re.lastIndex;
    re.lastIndex = at;
    const m = re.exec(s);
    at = re.lastIndex;
    re.lastIndex = saved;
    if (m === null) return;
    if (m[0] === '') at = advance(s, at, fullUnicode);
    yield m;
  }
}

/** The spec's AdvanceStringIndex: one unit on, or past a whole surrogate pair in a Unicode pattern. */
function advance(s: string, i: number, fullUnicode: boolean): number {
  if (!fullUnicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = s.charCodeAt(i + 1);
  return d < 0xdc00 || d > 0xdfff ? i + 1 : i + 2;
}
