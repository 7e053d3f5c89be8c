/**
 * Which named entities a folded name word can match, without scanning them all (issue 23): `byName`
 * runs for every capitalised word of an article, and filtering every entity each time made building
 * the index quadratic in the article's length.
 *
 * A word `w` matches a key `k` when `sameNameWord(w, k)` (equal, or one is the other plus at most
 * three letters, the shorter at least four long) or when `k` without hyphens is `w`. The index files
 * each key under itself, its hyphen-less form and its prefixes that `sameNameWord` accepts; a lookup
 * reads `w` there and `w`'s own accepted prefixes among the keys. The result is a superset of the
 * matches: callers still apply their exact test.
 */
import type { Entity } from './entities.js';

/** Lengths `sameNameWord` lets a shorter word have against a word of length `n`. */
function prefixLengths(n: number): number[] {
  const out: number[] = [];
  for (let len = Math.max(4, n - 3); len < n; len++) out.push(len);
  return out;
}

export class NameKeyIndex {
  /** Key, hyphen-less key and accepted key prefixes → entities. */
  private readonly byForm = new Map<string, Set<Entity>>();
  /** Key → entities. */
  private readonly byKey = new Map<string, Set<Entity>>();

  private static file(map: Map<string, Set<Entity>>, form: string, e: Entity): void {
    let set = map.get(form);
    if (set === undefined) map.set(form, (set = new Set()));
    set.add(e);
  }

  /** Files (again) every key of `e`; call after its keys change. Keys only ever grow, so nothing is unfiled. */
  add(e: Entity, unhyphenated: (k: string) => string): void {
    for (const k of e.keys) {
      NameKeyIndex.file(this.byKey, k, e);
      NameKeyIndex.file(this.byForm, k, e);
      NameKeyIndex.file(this.byForm, unhyphenated(k), e);
      for (const len of prefixLengths(k.length)) NameKeyIndex.file(this.byForm, k.slice(0, len), e);
    }
  }

  /** Entities with a key that may match the folded word `w`, in the order they were added (ids ascending). */
  candidates(w: string): Entity[] {
    const out = new Set<Entity>(this.byForm.get(w));
    for (const len of prefixLengths(w.length)) for (const e of this.byKey.get(w.slice(0, len)) ?? []) out.add(e);
    return [...out].sort((a, b) => a.id - b.id);
  }
}
