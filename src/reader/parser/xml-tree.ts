/**
 * A light, namespace-aware, tolerant XML tree for feed documents, built on htmlparser2's tokenizer in
 * XML mode (no DOM library, no per-node objects beyond elements and text strings).
 *
 * - Namespaces (Namespaces in XML 1.0 §6): every element carries the namespace its prefix is bound to,
 *   folded to a short family name for the feed vocabularies ({@link NS}); prefixes are arbitrary
 *   (`<p0:entry xmlns:p0="http://www.w3.org/2005/Atom">` is an Atom entry). An undeclared prefix that
 *   is a well-known one (`dc:`, `media:`, `itunes:`...) is read as its usual namespace, as
 *   feedparser does, and makes the document ill-formed.
 * - Tolerance: a close tag for an ancestor closes the elements left open in between; a stray close tag
 *   is ignored; an `<item>`/`<entry>` opened inside another one closes the first (a `<description>`
 *   missing its end tag does not swallow the next item); an item field opened inside a plain-text field
 *   (`<title>A<link>…`) or a non-HTML field opened inside a markup field (`<description>A<guid>…`)
 *   closes the open one, so an unclosed field does not swallow the item's link, text or guid; the end
 *   of input closes everything.
 *   Each such repair, a stray `&` or an undefined entity, sets {@link XmlTree.wellFormed} to false.
 */
import { Tokenizer } from 'htmlparser2';

/** Namespace families (short names) for the vocabularies the mapping reads. */
export const NS = {
  /** No namespace, RSS 0.9x/2.0, RSS 1.0 (`http://purl.org/rss/1.0/`), RSS 0.90 (Netscape). */
  rss: 'rss',
  /** Atom 1.0 (RFC 4287) and Atom 0.3 (`http://purl.org/atom/ns#`). */
  atom: 'atom',
  rdf: 'rdf',
  dc: 'dc',
  dcterms: 'dcterms',
  content: 'content',
  media: 'media',
  itunes: 'itunes',
  sy: 'sy',
  xhtml: 'xhtml',
} as const;

/** Namespace URIs (compared without scheme, case and trailing `/`/`#`) → family. */
const URI_FAMILY = new Map<string, string>([
  ['', NS.rss],
  ['purl.org/rss/1.0', NS.rss],
  ['my.netscape.com/rdf/simple/0.9', NS.rss],
  ['channel.netscape.com/rdf/simple/0.9', NS.rss],
  ['backend.userland.com/rss2', NS.rss],
  ['backend.userland.com/rss', NS.rss],
  ['www.w3.org/2005/atom', NS.atom],
  ['purl.org/atom/ns', NS.atom],
  ['www.w3.org/1999/02/22-rdf-syntax-ns', NS.rdf],
  ['purl.org/dc/elements/1.1', NS.dc],
  ['purl.org/dc/terms', NS.dcterms],
  ['purl.org/rss/1.0/modules/content', NS.content],
  ['search.yahoo.com/mrss', NS.media],
  ['video.search.yahoo.com/mrss', NS.media],
  ['www.itunes.com/dtds/podcast-1.0.dtd', NS.itunes],
  ['purl.org/rss/1.0/modules/syndication', NS.sy],
  ['www.w3.org/1999/xhtml', NS.xhtml],
]);

/** Conventional prefixes, for documents that use one without declaring it. */
const WELL_KNOWN_PREFIX = new Map<string, string>([
  ['atom', NS.atom],
  ['atom10', NS.atom],
  ['atom03', NS.atom],
  ['rdf', NS.rdf],
  ['dc', NS.dc],
  ['dcterms', NS.dcterms],
  ['content', NS.content],
  ['media', NS.media],
  ['itunes', NS.itunes],
  ['sy', NS.sy],
  ['xhtml', NS.xhtml],
  ['rss', NS.rss],
]);

/** The family of a namespace URI, or the URI itself for vocabularies the mapping does not read. */
export function namespaceFamily(uri: string): string {
  const key = uri
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/#]+$/, '');
  return URI_FAMILY.get(key) ?? uri;
}

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

const XML_ENTITY_RE = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i;

const XML_REF = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-f]+));/gi;
const XML_NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes the five predefined entities and character references (XML 1.0 §4.1, §4.6); anything else
 * (an HTML entity name, a bare `&`) stays as written. A reference to a character XML forbids becomes U+FFFD.
 */
export function decodeXmlText(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(XML_REF, (all, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return XML_NAMED[name.toLowerCase()] ?? all;
    const cp = dec ? parseInt(dec, 10) : parseInt(hex ?? '', 16);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
  });
}

/** True when an `&` outside CDATA sections and comments starts no XML reference (a stray `&`, `&nbsp;`). */
function hasBadReference(xml: string): boolean {
  if (!XML_ENTITY_RE.test(xml)) return false;
  return XML_ENTITY_RE.test(xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g, ''));
}
const RECORDS = new Set(['item', 'entry']);

/**
 * Item fields that hold plain text only (`namespace family:local name`): no element legitimately opens
 * inside one, so an item field opening there means the field lost its end tag
 * (`<title>Vest<link>…</link><description>…` — the link and text would otherwise be read as the title).
 */
const PLAIN_FIELDS = new Set([
  'rss:title',
  'rss:link',
  'rss:guid',
  'rss:pubdate',
  'rss:author',
  'rss:category',
  'rss:comments',
  'atom:title',
  'atom:id',
  'atom:updated',
  'atom:published',
  'dc:creator',
  'dc:date',
  'dc:title',
]);
/** Item fields that may hold markup (raw HTML pasted unescaped puts elements in them). */
const MARKUP_FIELDS = new Set(['rss:description', 'atom:summary', 'atom:content', 'content:encoded']);
/** Item fields whose start tag ends an open field (see `endsOpenField`). */
const FIELD_STARTS = new Set([...PLAIN_FIELDS, ...MARKUP_FIELDS, 'rss:enclosure', 'rss:source', 'atom:link', 'atom:author', 'atom:category']);
/** Local names that are also HTML elements (`<title>`, `<link>`, `<source>`, `<summary>`): inside a markup field they may be the HTML. */
const HTML_NAMES = new Set(['title', 'link', 'source', 'summary']);

/**
 * True when an element `ns:local` opening inside `open` (a direct child of an item or entry) means
 * `open` lost its end tag: a field starts inside a plain-text field, or a field that is no HTML element
 * (`<guid>`, `<pubDate>`, `<content:encoded>`) starts inside a markup field.
 */
function endsOpenField(open: XElement, ns: string, local: string): boolean {
  if (!open.parent || !RECORDS.has(open.parent.local)) return false;
  const field = `${ns}:${local}`;
  if (!FIELD_STARTS.has(field)) return false;
  const openField = `${open.ns}:${open.local}`;
  if (PLAIN_FIELDS.has(openField)) return true;
  return MARKUP_FIELDS.has(openField) && !HTML_NAMES.has(local);
}

/**
 * Parses a feed document into a tree. Never throws on ill-formed input; see the module comment.
 * @param xml the decoded document
 */
export function buildXmlTree(xml: string): XmlTree {
  let wellFormed = !hasBadReference(xml);
  const docRoot: XElement = { ns: '', local: '#document', name: '#document', attrs: {}, children: [], parent: null };
  const stack: XElement[] = [docRoot];
  const scopes: Array<Map<string, string>> = [new Map([['', NS.rss]])];
  let openName = '';
  let attrs: Record<string, string> = {};
  let attrName = '';
  let attrValue = '';
  let rootSeen = false;

  const top = () => stack[stack.length - 1];
  const resolve = (qname: string, scope: Map<string, string>): [string, string] => {
    const colon = qname.indexOf(':');
    const prefix = colon < 0 ? '' : qname.slice(0, colon);
    const local = (colon < 0 ? qname : qname.slice(colon + 1)).toLowerCase();
    let ns = scope.get(prefix);
    if (ns === undefined) {
      wellFormed = false;
      ns = WELL_KNOWN_PREFIX.get(prefix.toLowerCase()) ?? `undeclared:${prefix}`;
    }
    return [ns, local];
  };
  const pushText = (s: string) => {
    const el = top();
    if (el === docRoot) return;
    const kids = el.children;
    const last = kids.length - 1;
    if (last >= 0 && typeof kids[last] === 'string') kids[last] += s;
    else kids.push(s);
  };
  const closeTo = (index: number) => {
    if (index < stack.length - 1) wellFormed = false;
    stack.length = index;
    scopes.length = index;
  };
  const openElement = (selfClosing: boolean) => {
    let scope = scopes[scopes.length - 1];
    for (const k in attrs) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) {
        if (scope === scopes[scopes.length - 1]) scope = new Map(scope);
        scope.set(k === 'xmlns' ? '' : k.slice(6), namespaceFamily(attrs[k]));
      }
    }
    const [ns, local] = resolve(openName, scope);
    if (RECORDS.has(local)) {
      // An item opened inside an item: the first one lost its end tag (or a child's).
      for (let i = stack.length - 1; i > 0; i--) {
        if (stack[i].local === local && stack[i].ns === ns) {
          closeTo(i);
          break;
        }
      }
    }
    if (endsOpenField(top(), ns, local)) {
      // A field of an item opened inside another: the first one lost its end tag; it ends here.
      wellFormed = false;
      closeTo(stack.length - 1);
    }
    const parent = top();
    if (parent === docRoot) {
      if (rootSeen) wellFormed = false;
      rootSeen = true;
    }
    const el: XElement = { ns, local, name: openName, attrs, children: [], parent: parent === docRoot ? null : parent };
    parent.children.push(el);
    if (!selfClosing) {
      stack.push(el);
      scopes.push(scope);
    }
    attrs = {};
  };

  const tokenizer = new Tokenizer(
    // Entities are decoded here (decodeXmlText), not by the tokenizer: without decoding it skips through
    // text and attribute values to the next `<` or quote instead of stepping through each character.
    { xmlMode: true, decodeEntities: false },
    {
      onopentagname(start, end) {
        openName = xml.slice(start, end);
        attrs = {};
      },
      onattribname(start, end) {
        attrName = xml.slice(start, end);
        attrValue = '';
      },
      onattribdata(start, end) {
        attrValue += xml.slice(start, end);
      },
      onattribentity(cp) {
        attrValue += String.fromCodePoint(cp);
      },
      onattribend() {
        if (attrName in attrs) wellFormed = false;
        attrs[attrName] = decodeXmlText(attrValue);
      },
      onopentagend() {
        openElement(false);
      },
      onselfclosingtag() {
        openElement(true);
      },
      onclosetag(start, end) {
        const name = xml.slice(start, end);
        for (let i = stack.length - 1; i > 0; i--) {
          if (stack[i].name === name) {
            closeTo(i);
            return;
          }
        }
        wellFormed = false; // a stray end tag: ignored
      },
      ontext(start, end) {
        if (stack.length === 1) {
          if (/\S/.test(xml.slice(start, end))) wellFormed = false;
          return;
        }
        pushText(decodeXmlText(xml.slice(start, end)));
      },
      ontextentity(cp) {
        pushText(String.fromCodePoint(cp));
      },
      oncdata(start, end, offset) {
        pushText(xml.slice(start, end - offset));
      },
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {
        // Elements left open, or a document cut inside its last tag (`</rss` the tokenizer accepts).
        if (stack.length > 1 || !/>\s*$/.test(xml.slice(-256))) wellFormed = false;
      },
    },
  );
  tokenizer.write(xml);
  tokenizer.end();
  const root = docRoot.children.find((c): c is XElement => typeof c !== 'string') ?? null;
  return { root, wellFormed };
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
