/**
 * English source phrases after `according to` (ADR 0134): a leading `the` before a capitalised name is
 * no part of it (`the AP`, `the Times`, `the Associated Press`), and a document named before its author
 * gives way to the author (`a recent report from Acme Research` → `Acme Research`, `a tally by the AP` →
 * `AP`). A document without a named author (`audio provided to the Times`) is left as it is. Serbian and
 * Albanian documents before their author in the genitive (`Sipas aktakuzës së Prokurorisë …`) give way to
 * the author too (`lexicon/source-documents.ts`).
 */
import { enClauseWords } from './lexicon/en.js';
import { SOURCE_DOCUMENTS } from './lexicon/source-documents.js';
import { escapeRe } from './text.js';

const DOC = new RegExp(
  `^(?:(?:a|an|the|his|her|its|their)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}(?:${enClauseWords.sourceDocuments.join('|')})(?:\\s+(?:released|published|issued|filed))?\\s+(?:from|by)\\s+(?:the\\s+)?(?=\\p{Lu})`,
  'u',
);
const THE_NAME = /^the\s+(?=\p{Lu})/u;

/**
 * The offset in an English source phrase where the source's own name starts, or 0.
 * @param np the text after `according to` (Latin view)
 * @param language the article's language; other languages always give 0
 */
export function sourceNameStart(np: string, language: string): number {
  const docs = SOURCE_DOCUMENTS[language];
  if (docs) {
    // Serbian/Albanian: `aktakuzës së Prokurorisë …` → `Prokurorisë …` (its case is the resolver's business).
    const linker = docs.linkers.length ? `(?:(?:${docs.linkers.map(escapeRe).join('|')})\\s+)?` : '';
    const m = new RegExp(`^\\s*(?:${docs.stems.map(escapeRe).join('|')})\\p{L}*\\s+${linker}(?=\\p{Lu})`, 'u').exec(np);
    return m ? m[0].length : 0;
  }
  if (language !== 'en') return 0;
  const lead = np.length - np.trimStart().length;
  const t = np.slice(lead);
  const doc = DOC.exec(t);
  if (doc) return lead + doc[0].length;
  const the = THE_NAME.exec(t);
  return the ? lead + the[0].length : 0;
}
