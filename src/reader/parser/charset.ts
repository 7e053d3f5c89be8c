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
 * Mixed documents (a feed built from items stored in two charsets, ADR 0307): when bytes that are not
 * valid UTF-8 (with nothing declared, UTF-8 declared, or a single-byte charset declared) hold at least
 * as many valid UTF-8 multi-byte sequences as stray high bytes, each valid sequence is decoded as UTF-8
 * and only the stray bytes with the single-byte charset (the declared one, else `guessSingleByte` over
 * the stray bytes in their ASCII context) — the per-sequence fallback of Perl's Encoding::FixLatin and
 * of mail readers, so a UTF-8 item keeps `Vučić` and a windows-1250 item next to it reads `Čačak`.
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
  /**
   * Lower-case charset name the bytes were decoded with (`utf-8`, `windows-1251`, `utf-16le`...); for a
   * mixed document (`source: 'utf8-mixed'`) `utf-8+` and the charset of its stray bytes (`utf-8+windows-1250`).
   */
  encoding: string;
  /** How the charset was chosen. */
  source: 'bom' | 'xml' | 'http' | 'meta' | 'utf8-override' | 'utf8-mixed' | 'default';
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

/** Length of the valid UTF-8 sequence (RFC 3629 Table 3-7: no overlongs, no surrogates, ≤ U+10FFFF) at `i` whose lead byte is ≥ 0x80, else 0. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const cont = (j: number, lo = 0x80, hi = 0xbf) => i + j < bytes.length && bytes[i + j] >= lo && bytes[i + j] <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const ok = b === 0xe0 ? cont(1, 0xa0) : b === 0xed ? cont(1, 0x80, 0x9f) : cont(1);
    return ok && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const ok = b === 0xf0 ? cont(1, 0x90) : b === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1);
    return ok && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * The bytes of a document that is not valid UTF-8 split into valid UTF-8 (ASCII and multi-byte
 * sequences) and stray high bytes. `sequences` counts multi-byte sequences, `strays` stray bytes;
 * `legacy` is the document with every multi-byte sequence blanked to spaces, for guessing the strays' charset.
 */
function utf8Runs(bytes: Uint8Array): { sequences: number; strays: number; runs: Array<[start: number, end: number, valid: boolean]>; legacy: Uint8Array } {
  const runs: Array<[number, number, boolean]> = [];
  const legacy = new Uint8Array(bytes);
  let sequences = 0;
  let strays = 0;
  let start = 0;
  let valid = true;
  /** Ends the current run at `i` when the byte there is of the other kind. */
  const runOf = (i: number, kind: boolean) => {
    if (valid === kind) return;
    runs.push([start, i, valid]);
    start = i;
    valid = kind;
  };
  for (let i = 0; i < bytes.length;) {
    const n = bytes[i] < 0x80 ? 1 : utf8SequenceAt(bytes, i);
    runOf(i, n > 0);
    if (n > 1) {
      sequences++;
      legacy.fill(0x20, i, i + n);
    } else if (n === 0) strays++;
    i += Math.max(n, 1);
  }
  runs.push([start, bytes.length, valid]);
  return { sequences, strays, runs: runs.filter(([a, b]) => b > a), legacy };
}

/**
 * A document mostly in UTF-8 with some bytes in a single-byte charset, or null when it is not one: at
 * least as many valid multi-byte sequences as stray bytes (a legacy document's accidental sequences
 * are few next to its strays). The strays are decoded with `fallback`, else with the charset
 * `guessSingleByte` gives them in their ASCII context.
 */
function decodeMixed(bytes: Uint8Array, head: string, fallback: string | null): { text: string; encoding: string } | null {
  const r = utf8Runs(bytes);
  if (r.sequences === 0 || r.sequences < r.strays) return null;
  const legacyName = fallback ?? guessSingleByte(r.legacy, head);
  const text = r.runs
    .map(([a, b, valid]) => {
      const part = bytes.subarray(a, b);
      return valid ? Buffer.from(part.buffer, part.byteOffset, part.byteLength).toString('utf8') : decodeWith(part, legacyName);
    })
    .join('');
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding: `utf-8+${legacyName}` };
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
  // Mostly UTF-8 with stray bytes of a single-byte charset (the declared one, else guessed): decoded per sequence.
  const mixed = (fallback: string | null): DecodedText | null => {
    const m = decodeMixed(bytes, head, fallback);
    return m ? { text: stripIllegalXmlChars(m.text), encoding: m.encoding, source: 'utf8-mixed', overridden: true } : null;
  };
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
    if (!isMultiByte(name) && !utf8.valid) {
      const m = mixed(name);
      if (m) return m;
    }
    // Declared UTF-8 over bytes that are not: a server default over a legacy file (see guessSingleByte).
    if (name === 'utf-8' && !utf8.valid) return mixed(null) ?? done(guessSingleByte(bytes, head), source, true);
    return done(name, source, overridden);
  }
  // Nothing declared and not UTF-8: mostly UTF-8 with stray bytes, else the bytes say which legacy charset.
  if (utf8.valid) return done('utf-8', 'default', overridden);
  return mixed(null) ?? done(guessSingleByte(bytes, head), 'default', overridden);
}
