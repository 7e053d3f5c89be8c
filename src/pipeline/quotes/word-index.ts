/**
 * Which values filed under folded name words a word can match, without scanning them all (issue 23):
 * `byName` runs for every capitalised word of an article, and a headline label is looked for in every
 * paragraph; filtering every entity or word each time made them quadratic in the article's length.
 *
 * A word `w` matches a filed word `k` when `sameNameWord(w, k)` (equal, or one is the other plus at
 * most three letters, the shorter at least four long) or, when asked for, when `k` without hyphens is
 * `w`. The index files each word under itself, its hyphen-less form and its prefixes that
 * `sameNameWord` accepts; a lookup reads `w` there and `w`'s own accepted prefixes among the words.
 * The result is a superset of the matches: callers still apply their exact test.
 */

/** Lengths `sameNameWord` lets a shorter word have against a word of length `n`. */
function prefixLengths(n: number): number[] {
  const out: number[] = [];
  for (let len = Math.max(4, n - 3); len < n; len++) out.push(len);
  return out;
}

function file<T>(map: Map<string, Set<T>>, form: string, v: T): void {
  let set = map.get(form);
  if (set === undefined) map.set(form, (set = new Set()));
  set.add(v);
}

/** Values filed under words, looked up by a word they may match (see the module comment). */
export class WordIndex<T> {
  /** Word, hyphen-less word and accepted prefixes → values. */
  private readonly byForm = new Map<string, Set<T>>();
  /** Word → values. */
  private readonly byWord = new Map<string, Set<T>>();

  /**
   * Files `v` under the folded word `k` (again: filing twice changes nothing).
   * @param unhyphenated `k` without hyphens, when a word written without them should find it too
   */
  add(k: string, v: T, unhyphenated?: string): void {
    file(this.byWord, k, v);
    file(this.byForm, k, v);
    if (unhyphenated !== undefined) file(this.byForm, unhyphenated, v);
    for (const len of prefixLengths(k.length)) file(this.byForm, k.slice(0, len), v);
  }

  /** Every value filed under a word that may match the folded word `w`, each once, in no set order. */
  candidates(w: string): Set<T> {
    const out = new Set<T>(this.byForm.get(w));
    for (const len of prefixLengths(w.length)) for (const v of this.byWord.get(w.slice(0, len)) ?? []) out.add(v);
    return out;
  }
}
