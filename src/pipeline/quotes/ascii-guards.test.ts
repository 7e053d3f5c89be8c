/**
 * The scans of the shared layers lead with ASCII guards or split their Unicode classes into an ASCII part
 * and the rest (issue 23: each `\p{…}` test of a character out of the regex code was a tenth of the
 * extractor's instructions). Each guarded pattern must match exactly what its plain form matches: same
 * offsets, same groups, on hand-written text in every script the extractor reads and on random strings
 * built from the characters where the forms could part (ASCII edges, Latin-1, Cyrillic, Albanian,
 * typographic marks, letters outside the BMP).
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test/support/seeded-random.js';
import { CAPITAL, ORG_ADJECTIVE, ORG_RUN, SURNAME, TYPED_ORG } from './index-builder.js';
import { LOWER_WORD, QUALIFIER } from './lone-subject.js';
import { POSSESSIVE, TITLED } from './name-forms-en.js';
import { TOKEN } from './name-runs.js';
import { WORD, escapeRe, phraseRe } from './text.js';
import { allLexicons } from './lexicon/index.js';
import { LOWER_WORD as ORDINARY_LOWER_WORD } from './ordinary-opening-en.js';
import { CLAUSE_CAPITAL } from './clause-subject.js';
import { KIN_NAME } from './kin-name-en.js';
import { FRAMES as EVALUATION_FRAMES } from './evaluations.js';
import { NOUN_COMPLEMENT } from './report-frames.js';
import { enClauseWords } from './lexicon/en.js';
import { regexesFor } from './speech-verbs.js';

/** Each guarded pattern with the plain form it replaced. */
const PAIRS: [string, RegExp, RegExp][] = [
  ['CAPITAL', CAPITAL, /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’-]*/gu],
  ['SURNAME', SURNAME, /(?<![\p{L}])\p{Lu}[\p{L}'’-]+/gu],
  [
    'ORG_RUN',
    ORG_RUN,
    /(?:(?<![\p{L}])(?:The|the)\s+)?\p{Lu}[\p{L}\p{N}-]*(?:(?:\s+(?:of|for|in|and|on|za|e|të|së|në|i|u|de|la|di)){0,2}\s+\p{Lu}[\p{L}\p{N}-]*)*(?:\s*\((?:\p{Lu}[\p{L}\p{N}-]*\s*)+\))?/gu,
  ],
  [
    'TYPED_ORG',
    TYPED_ORG,
    /(?<![\p{L}])(company|firm|agency|party|airline|bank|kompanija|kompanije|preduzeće|stranka|partija|kompania|partia|kompanija)\s+(\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,3})/gu,
  ],
  ['ORG_ADJECTIVE', ORG_ADJECTIVE, /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+(\p{Ll}+)\s+(?:në|in|u|of)\s+(\p{Lu}[\p{L}-]+)/gu],
  ['QUALIFIER', QUALIFIER, /(?<![\p{L}])(\p{Lu}\p{Ll}+)(?=\s+(\p{Lu}\p{L}+)(?:\s+(\p{Lu}\p{L}+))?)/gu],
  ['LOWER_WORD', LOWER_WORD, /(?<![\p{L}])\p{Ll}[\p{L}]*/gu],
  ['TITLED', TITLED, /(?<![\p{L}])(\p{Lu}\p{Ll}*)\.?\s+(\p{Lu}[\p{Ll}'’-]+)(?![\p{L}'’-]|\s+\p{Lu})/gu],
  ['POSSESSIVE', POSSESSIVE, /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{Ll}-]+)(?:['’]s|s['’])(?![\p{L}])/gu],
  ['TOKEN', TOKEN, /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu],
  ['WORD', WORD, /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu],
  // ADR 0301: the Unicode lookbehinds split (ASCII first, the class only after a non-ASCII character) and first-letter lookaheads.
  ['LOWER_WORD (ordinary openings)', ORDINARY_LOWER_WORD, /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}'’-]*/gu],
  ['CLAUSE_CAPITAL', CLAUSE_CAPITAL, /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?/gu],
  [
    'KIN_NAME',
    KIN_NAME,
    new RegExp(
      `(?:\\b(?:[Hh]is|[Hh]er|[Tt]heir)|\\p{Lu}[\\p{L}-]*(?:['’]s|s['’]))\\s+(${[...enClauseWords.kinNouns.m, ...enClauseWords.kinNouns.f].join('|')}),\\s+(\\p{Lu}\\p{Ll}+),`,
      'gu',
    ),
  ],
  [
    'evaluation frame (en)',
    EVALUATION_FRAMES.en,
    /(?<![\p{L}])(described|characteri[sz]ed|branded|labell?ed|termed|dismissed)\s+(?:it|this|that|them|the\s+\p{Ll}+(?:\s+\p{Ll}+)?|his\s+\p{Ll}+|her\s+\p{Ll}+)\s+as\s+/giu,
  ],
  ['noun complement', NOUN_COMPLEMENT, new RegExp(NOUN_COMPLEMENT.source.replace(/^\(\?=\[[^\]]*\]\)/, ''), 'giu')],
];

/** `phraseRe` as it was before its ASCII lookbehind. */
function plainPhraseRe(phrases: string[]): RegExp {
  const alt = [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRe(p).replace(/ /g, '[\\s\\u00a0]+'))
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'giu');
}

for (const lex of allLexicons) {
  PAIRS.push([`speech verbs (${lex.language})`, new RegExp(phraseRe(lex.speechVerbs).source, 'giu'), plainPhraseRe(lex.speechVerbs)]);
}
{
  // The Serbian frames' verb pattern with its optional auxiliary (`regexesFor`), against the plain forms of both.
  const sr = allLexicons.find((l) => l.language === 'sr')!;
  const plainAux = '(?:(?<![\\p{L}])(?:je|su|se)\\s+)?';
  const auxAfter = '(?:\\s+(?:je|su|se)(?![\\p{L}]))?';
  PAIRS.push(['speech verbs with auxiliary (sr)', regexesFor(sr).verb, new RegExp(`${plainAux}${plainPhraseRe(sr.speechVerbs).source}${auxAfter}`, 'giu')]);
}

/** Every match as offset and groups, one line each. */
function matches(re: RegExp, s: string): string {
  return [...s.matchAll(re)].map((m) => `${m.index}:${m.map((g) => g ?? '∅').join('|')}`).join('\n');
}

const WRITTEN = [
  'The oil company NIS and the Serbian Ministry of Foreign Affairs (MFA) met the Bank of the Republic; kompanija Naftna Industrija Srbije, partia LDK.',
  'The Michigan Attorney General, Jane Roe, said the ministry’s plan was “reckless.” Mr. Roe’s office in Lansing agreed.',
  'Ambasada ruse në Beograd njoftoi se Ministri i Jashtëm, Besnik Gashi, takoi ambasadorin në Prishtinë.',
  'Ministarka Ana Petrović izjavila je za portal „Nova ekonomija“ da će Vlada Srbije u Nišu otvoriti centar.',
  'Министар Драган Лазовић рекао је у Београду да ће Влада наставити разговоре – Ђорђе Ђурић је додао.',
  "Sen. John Q. Smith's aide, O’Brien-Kelly, met Sanders' team at 10 a.m.; D-Nev. ÉLODIE Ærø-Łukasz said ßtraße.",
  'Reuters said. XSAID unsaid said2 «rekao» je saopštio, tha Kelmendi; tha, said\u00a0Roe, ſaid \u212aosovo.',
  'Words with digits: 1244-A, H2O, ４２ and ٣ and Ⅻ; letters outside the BMP: 𝐀𝐛𝐜 𝒳yz 𐐀𐐨 and a lone \ud835 surrogate.',
  '`backtick` ‘single’ “double” «guillemets» — dashes – and - hyphens; Élan élan ÿ Ÿ ǅ ǆ ǈ.',
];

/** The characters a random test string is made of: the edges of the guards' ASCII ranges and beyond. */
const POOL = [
  ..."@AZ[`az{~09 -'.,;:",
  ...'\u00a0\u00c0\u00df\u00e9\u00ff\u0100\u0141\u0142\u01c5\u00aa\u00b5',
  ...'\u0416\u0436\u0402\u0452\u00eb\u00c7',
  ...'\u2019\u2018\u201c\u201d\u2013\u2014\u2160\u0663\uff14',
  '\ud835\udc00',
  '\ud835\udc1b',
  '\ud801\udc00',
  '\ud801\udc28',
  '\ud835',
  '\udc00',
  ' in ',
  ' of ',
  ' në ',
  ' za ',
  ' e ',
  'company ',
  'kompanija ',
  'party ',
  'preduzeće ',
  'the ',
  'The ',
  ' (',
  ')',
  "'s",
  'said',
  'says',
  'told',
  'rekao',
  'je ',
  ' je',
  'su ',
  'izjavio',
  'ćirilica',
  'described ',
  'Described ',
  'them ',
  ' as ',
  'the ',
  'claims ',
  'Claims ',
  'by ',
  ' that ',
  'his ',
  'Her ',
  'son, ',
  'wife, ',
  'Ann,',
  'Éva,',
  '\u00e9s',
  'tha',
  '\u017f',
  '\u212a',
  '’s',
  's’',
  '. ',
];

describe('ASCII-guarded scans', () => {
  for (const [name, guarded, plain] of PAIRS) {
    it(`${name} matches what its plain form matches`, () => {
      for (const s of WRITTEN) expect(matches(guarded, s), s).toBe(matches(plain, s));
      const next = seededRandom(23);
      for (let n = 0; n < 3000; n++) {
        let s = '';
        const len = 1 + Math.floor(next() * 24);
        for (let i = 0; i < len; i++) s += POOL[Math.floor(next() * POOL.length)];
        expect(matches(guarded, s), JSON.stringify(s)).toBe(matches(plain, s));
      }
    });
  }
});
