/**
 * The XML tree's nodes (elements and text strings) and how the feed mapping reads them: children by
 * namespace family and local name, character data, attributes, and an element's content as HTML.
 */

export interface XElement {
  /** Namespace family ({@link NS}) or URI. */
  ns: string;
  /** Local name, lower-cased (feeds in the wild write `<PubDate>`, `<itunes:Summary>`). */
  local: string;
  /** The qualified name as written. */
  name: string;
  attrs: Record<string, string>;
  children: Array<XElement | string>;
  parent: XElement | null;
}

export interface XmlTree {
  /** The document element, or null when the input holds none. */
  root: XElement | null;
  /** False when the tokenizer or the tree builder had to repair something (feedparser's "bozo"). */
  wellFormed: boolean;
}

/** Child elements of `el` in namespace family `ns` named `local` (lower-case). */
export function childrenOf(el: XElement, ns: string | readonly string[], local: string): XElement[] {
  const out: XElement[] = [];
  for (const c of el.children) {
    if (typeof c !== 'string' && c.local === local && (typeof ns === 'string' ? c.ns === ns : ns.includes(c.ns))) out.push(c);
  }
  return out;
}

/** The first child element in one of the namespace families named `local`, or undefined. */
export function childOf(el: XElement | undefined, ns: string | readonly string[], local: string): XElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) {
    if (typeof c !== 'string' && c.local === local && (typeof ns === 'string' ? c.ns === ns : ns.includes(c.ns))) return c;
  }
  return undefined;
}

/** True when `el` has element children. */
export function hasElementChildren(el: XElement): boolean {
  return el.children.some((c) => typeof c !== 'string');
}

/** The concatenated character data of `el` (text and CDATA, not of descendants). */
export function textOf(el: XElement): string {
  const kids = el.children;
  if (kids.length === 1 && typeof kids[0] === 'string') return kids[0];
  let s = '';
  for (const c of kids) if (typeof c === 'string') s += c;
  return s;
}

/** An attribute by qualified name, or by local name under any prefix (`rdf:about`, `p:about`). */
export function attrOf(el: XElement, name: string): string | undefined {
  const v = el.attrs[name];
  if (v !== undefined) return v;
  const local = name.slice(name.indexOf(':') + 1);
  for (const k in el.attrs) if (k.endsWith(`:${local}`) && !k.startsWith('xmlns')) return el.attrs[k];
  return undefined;
}

const VOID = new Set(['br', 'img', 'hr', 'input', 'meta', 'link', 'source', 'wbr', 'area', 'col', 'embed', 'param', 'track', 'base']);

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The content of `el` serialised as HTML (element prefixes and namespace declarations dropped, text
 * escaped), for XHTML constructs and HTML pasted unescaped into a text element.
 */
export function innerHtml(el: XElement): string {
  let out = '';
  for (const c of el.children) {
    if (typeof c === 'string') {
      out += escapeXml(c);
      continue;
    }
    const local = c.name.slice(c.name.indexOf(':') + 1);
    let a = '';
    for (const k in c.attrs) if (k !== 'xmlns' && !k.startsWith('xmlns:')) a += ` ${k}="${escapeXml(c.attrs[k]).replace(/"/g, '&quot;')}"`;
    out += VOID.has(local.toLowerCase()) && c.children.length === 0 ? `<${local}${a}>` : `<${local}${a}>${innerHtml(c)}</${local}>`;
  }
  return out;
}
