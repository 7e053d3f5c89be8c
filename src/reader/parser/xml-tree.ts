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
 *   is ignored; an unknown element left open directly in an item or channel gives its children back to
 *   it (`<item><foo><guid>…</item>`: a stray start tag, not a wrapper); an `<item>`/`<entry>` opened inside another one closes the first (a `<description>`
 *   missing its end tag does not swallow the next item); an item field opened inside a plain-text field
 *   (`<title>A<link>…`) or a non-HTML field opened inside a markup field (`<description>A<guid>…`)
 *   closes the open one, so an unclosed field does not swallow the item's link, text or guid; the end
 *   of input closes everything.
 *   Each such repair, a stray `&` or an undefined entity, sets {@link XmlTree.wellFormed} to false.
 *
 * Its parts: xml-names.ts (namespace families), xml-repair.ts (the unclosed-field rule), xml-node.ts
 * (nodes and reading them; re-exported here).
 */
import { Tokenizer } from 'htmlparser2';
import { NS, WELL_KNOWN_PREFIX, namespaceFamily } from './xml-names.js';
import { endsOpenField, hoistUnclosed, RECORDS } from './xml-repair.js';
import type { XElement, XmlTree } from './xml-node.js';
export { NS, namespaceFamily } from './xml-names.js';
export { attrOf, childOf, childrenOf, hasElementChildren, innerHtml, textOf, type XElement, type XmlTree } from './xml-node.js';

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
    // Elements an ancestor's end tag closes lost their own: a stray start tag gives its children back (xml-repair.ts).
    for (let i = stack.length - 1; i > index; i--) hoistUnclosed(stack[i]);
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
