/**
 * General entities declared in a feed's internal DTD subset (`<!ENTITY id "tag:example.com,">`,
 * XML 1.0 §4.2), which neither sax (under rss-parser) nor htmlparser2's tokenizer reads.
 */
import { feedLimitError, FEED_LIMITS } from './limits.js';

/** The five entities XML predefines (XML 1.0 §4.6); a document may not redefine them usefully. */
export const XML_ENTITIES: ReadonlySet<string> = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

const REF = /&([A-Za-z_][\w.-]*);/g;

/**
 * Expands the general entities declared in the internal DTD subset wherever the document after the
 * DOCTYPE refers to them, as an XML processor does: an entity's value is itself expanded (XML 1.0
 * §4.4.5, "included in literal"), so a value built from other entities reads as its full text and no
 * `&name;` of a declared entity is left in a headline. External and parameter entities are left alone;
 * a reference to a name the subset does not declare stays as written (the repair pass decides on it).
 *
 * The length of every expansion is computed first, from the declarations alone, and checked against the
 * budget before any text is built, so "billion laughs" (ten levels of ten references) and a quadratic
 * blow-up (one long entity referenced thousands of times) cost one pass over the declarations.
 * @throws WirewatchError `feed_limit` when the subset declares more than `maxEntityDeclarations`
 *   entities, when the references would add more than `maxEntityExpansionChars` characters, or when an
 *   entity refers to itself directly or through others (XML 1.0 §4.1, WFC "No Recursion": its
 *   expansion has no end)
 */
export function expandInternalEntities(xml: string): string {
  const doctype = /<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/i.exec(xml);
  if (!doctype) return xml;
  const values = declaredEntities(doctype[1]);
  if (values.size === 0) return xml;
  const end = doctype.index + doctype[0].length;
  const rest = xml.slice(end);
  const budget = FEED_LIMITS.maxEntityExpansionChars;
  const lengthOf = expansionLength(values, budget);
  let added = 0;
  for (const m of rest.matchAll(REF)) {
    if (values.has(m[1])) added += lengthOf(m[1]);
    if (added > budget) throw overBudget();
  }
  const built = new Map<string, string>();
  const expand = (name: string): string => {
    let v = built.get(name);
    if (v === undefined) {
      v = values.get(name)!.replace(REF, (all, inner: string) => (values.has(inner) ? expand(inner) : all));
      built.set(name, v);
    }
    return v;
  };
  const body = rest.replace(REF, (all, name: string) => (values.has(name) ? expand(name) : all));
  return xml.slice(0, end) + body;
}

/** Declared general entities with literal values, by name (the predefined five are ignored). */
function declaredEntities(subset: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const m of subset.matchAll(/<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(?:"([^"]*)"|'([^']*)')\s*>/g)) {
    if (XML_ENTITIES.has(m[1])) continue;
    // XML 1.0 §4.2: when an entity is declared more than once, the first declaration is binding.
    if (!values.has(m[1])) values.set(m[1], m[2] ?? m[3] ?? '');
    if (values.size > FEED_LIMITS.maxEntityDeclarations)
      throw feedLimitError('maxEntityDeclarations', `more than ${FEED_LIMITS.maxEntityDeclarations} entities declared`);
  }
  return values;
}

/**
 * A memoised measure of the length a declared entity expands to, capped at `budget + 1` (any longer
 * expansion is refused anyway, and the cap keeps ten levels of tenfold growth small numbers). Only
 * entities the document refers to are measured, so an unused recursive declaration is harmless.
 * The returned function throws WirewatchError `feed_limit` on a recursive entity.
 */
function expansionLength(values: Map<string, string>, budget: number): (name: string) => number {
  const lengths = new Map<string, number>();
  const open = new Set<string>();
  const measure = (name: string): number => {
    const known = lengths.get(name);
    if (known !== undefined) return known;
    if (open.has(name)) throw feedLimitError('maxEntityExpansionChars', `entity ${name} refers to itself, so its expansion has no end`);
    open.add(name);
    const value = values.get(name)!;
    let n = 0;
    let last = 0;
    for (const m of value.matchAll(REF)) {
      n += m.index - last;
      n += values.has(m[1]) ? measure(m[1]) : m[0].length;
      last = m.index + m[0].length;
      if (n > budget) break;
    }
    n = Math.min(n + value.length - last, budget + 1);
    open.delete(name);
    lengths.set(name, n);
    return n;
  };
  return measure;
}

const overBudget = () => feedLimitError('maxEntityExpansionChars', `entity references would add more than ${FEED_LIMITS.maxEntityExpansionChars} characters`);
