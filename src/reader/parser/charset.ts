/**
 * Charset detection and decoding of feed bytes, so that files and URLs take one path.
 *
 * Order of evidence (issue 3, after XML 1.0 Appendix F and the WHATWG Encoding Standard):
 *  1. a byte-order mark wins (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE), and so does the `<?` pattern of BOM-less UTF-16;
 *  2. the declared charset: the XML prolog's `encoding`, then the HTTP `Content-Type` charset, then an
 *     HTML `<meta charset>` / `http-equiv` in the first 1024 bytes — except that bytes which are valid
 *     UTF-8 and contain non-ASCII sequences stay UTF-8 when the declaration names a single-byte
 *     charset (the declared charset would turn them into mojibake: a common server mistake);
 *     Conversely, a UTF-8 declaration over bytes that are not UTF-8 is overridden by `guessSingleByte`;
 *  3. nothing declared (or an unknown label): UTF-8 when the bytes are valid UTF-8, else `guessSingleByte`
 *     (windows-1251/KOI8-R for Cyrillic words, windows-1250 for Central European letters, else windows-1252).
 * Decoding uses iconv-lite. `us-ascii` and `iso-8859-1` are decoded as windows-1252, their superset
 * (WHATWG Encoding Standard, "Legacy single-byte encodings"), but reported under the declared name.
 * The single-byte guess is in charset-guess.ts.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { guessSingleByte } from './charset-guess.js';
export { guessSingleByte } from './charset-guess.js';

/** The outcome of {@link decodeFeedBytes}. */
export interface DecodedText {
  /** The document as a string, without BOM, illegal XML characters removed. */
  text: string;
  /** Lower-case charset name the bytes were decoded with (`utf-8`, `windows-1251`, `utf-16le`...). */
  encoding: string;
  /** How the charset was chosen. */
  source: 'bom' | 'xml' | 'http' | 'meta' | 'utf8-override' | 'default';
  /** True when a declaration was overridden or unusable (feedparser's "CharacterEncodingOverride"). */
  overridden: boolean;
}

const MULTI_BYTE = /^(utf-|ucs-|gb|big5|euc-|shift_jis|sjis|iso-2022|cp932|cp936|cp949|cp950|hz-)/;
/** Labels decoded with a superset codec (WHATWG Encoding Standard maps them to windows-1252). */
const DECODE_AS: Record<string, string> = {
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'x-user-defined': 'windows-1252',
};
const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  cp1250: 'windows-1250',
  cp1251: 'windows-1251',
  cp1252: 'windows-1252',
  'x-cp1250': 'windows-1250',
  'x-cp1251': 'windows-1251',
  latin2: 'iso-8859-2',
  iso8859_2: 'iso-8859-2',
  'iso8859-2': 'iso-8859-2',
  koi8r: 'koi8-r',
  gb2312: 'gb18030',
  'x-gbk': 'gb18030',
  gbk: 'gb18030',
};

/**
 * Normalises a charset label (`"UTF8"`, `'cp1251'`, ` "us-ascii" `) to a lower-case canonical name
 * iconv-lite can decode, or null when the label is empty or unknown.
 */
export function normaliseCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  let name = label
    .trim()
    .replace(/^["']+|["';,]+$/g, '')
    .trim()
    .toLowerCase();
  if (!name) return null;
  name = ALIASES[name] ?? name;
  if (name === 'utf-16') return 'utf-16';
  return iconv.encodingExists(DECODE_AS[name] ?? name) ? name : null;
}

/** The `charset` parameter of a `Content-Type` header value (RFC 9110 §8.3.2), or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*("[^"]*"|'[^']*'|[^;\s]+)/i.exec(contentType);
  return m ? m[1].replace(/^["'\s]+|["'\s]+$/g, '') : null;
}

/** The `encoding` pseudo-attribute of an XML declaration at the start of `head` (XML 1.0 §4.3.3), or null. */
export function charsetFromXmlProlog(head: string): string | null {
  const m = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']*)["']/.exec(head);
  return m ? m[1] : null;
}

/** A charset from an HTML `<meta charset>` or `<meta http-equiv="Content-Type" content="...">`, or null. */
export function charsetFromHtmlMeta(head: string): string | null {
  const direct = /<meta\s[^>]*?\bcharset\s*=\s*["']?([\w:.-]+)/i.exec(head);
  return direct ? direct[1] : null;
}

/**
 * True when `bytes` are valid UTF-8 (RFC 3629: no overlongs, no surrogates, max U+10FFFF), using
 * Node's native `buffer.isUtf8` / `buffer.isAscii`.
 * @returns `{ valid, nonAscii }`: nonAscii tells whether any byte ≥ 0x80 occurred
 */
export function checkUtf8(bytes: Uint8Array): { valid: boolean; nonAscii: boolean } {
  const nonAscii = !isAscii(bytes);
  return { valid: !nonAscii || isUtf8(bytes), nonAscii };
}

// XML 1.0 §2.2 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
// eslint-disable-next-line no-control-regex
const ILLEGAL_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters XML 1.0 §2.2 forbids (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates). */
export function stripIllegalXmlChars(text: string): string {
  return text.replace(ILLEGAL_XML, '');
}

function isMultiByte(name: string): boolean {
  return MULTI_BYTE.test(name);
}

function decodeWith(bytes: Uint8Array, name: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), DECODE_AS[name] ?? name, {
    stripBOM: true,
  });
}

/**
 * The encoding a byte order mark says, or the BOM-less UTF-16 pattern of `<` (XML 1.0 Appendix F.1).
 * @returns `utf-8`, `utf-16le|be`, `utf-32le|be`, or null when the bytes start with neither
 */
function bomEncoding(bytes: Uint8Array): string | null {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) return 'utf-32be';
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00) return 'utf-32le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0x3c && b1 === 0x00 && b3 === 0x00 && b2 !== 0x00) return 'utf-16le';
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 !== 0x00) return 'utf-16be';
  return null;
}

/**
 * Decodes feed bytes to text following the order of evidence in this module's header.
 * @param bytes the body as received (after content-encoding such as gzip was undone)
 * @param contentType the HTTP `Content-Type` header value, or null for files
 * @returns the text (BOM and illegal XML characters removed) and the charset used; never throws
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string | null): DecodedText {
  const done = (encoding: string, source: DecodedText['source'], overridden = false): DecodedText => ({
    text: stripIllegalXmlChars(decodeWith(bytes, encoding)),
    encoding,
    source,
    overridden,
  });
  // 1. BOM, or the BOM-less UTF-16 pattern of "<?" / "<" (XML 1.0 Appendix F.1).
  const bom = bomEncoding(bytes);
  if (bom) return done(bom, 'bom');
  const [b0, b1] = bytes;

  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  const utf8 = checkUtf8(bytes);
  const declarations: Array<[DecodedText['source'], string | null]> = [
    ['xml', charsetFromXmlProlog(head)],
    ['http', charsetFromContentType(contentType)],
    ['meta', /<\?xml|<rss|<feed|<rdf/i.test(head) ? null : charsetFromHtmlMeta(head)],
  ];
  let overridden = false;
  for (const [source, label] of declarations) {
    if (label === null) continue;
    let name = normaliseCharset(label);
    if (name === null) {
      overridden = true; // an unknown label: keep looking, then fall back
      continue;
    }
    if (name === 'utf-16') name = b0 === 0x00 ? 'utf-16be' : 'utf-16le';
    if (name.startsWith('utf-16') && !(b0 === 0x00 || b1 === 0x00)) {
      overridden = true; // declared UTF-16 over single-byte-looking bytes: ignore the declaration
      continue;
    }
    if (!isMultiByte(name) && utf8.valid && utf8.nonAscii) return done('utf-8', 'utf8-override', true);
    // Declared UTF-8 over bytes that are not: a server default over a legacy file (see guessSingleByte).
    if (name === 'utf-8' && !utf8.valid) return done(guessSingleByte(bytes, head), source, true);
    return done(name, source, overridden);
  }
  // Nothing declared and not UTF-8: the bytes say which legacy charset (guessSingleByte).
  return done(utf8.valid ? 'utf-8' : guessSingleByte(bytes, head), 'default', overridden);
}
