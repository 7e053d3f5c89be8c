/**
 * Case endings of personal names, used to put a speaker's name back in the nominative.
 *
 * Serbian: a feminine first name in `-a` declines (genitive `-e`, dative/locative `-i`, accusative `-u`,
 * instrumental `-om`), while a woman's surname ending in a consonant (`Petrović`) does not decline
 * (standard Serbian grammar; Pravopis srpskoga jezika, declension of personal names).
 */
export const SR_FEMININE_FIRST_NAME_ENDINGS = ['om', 'e', 'i', 'u', 'ом', 'е', 'и', 'у'];

/**
 * Serbian: a man's name (first name and surname alike) declines, each word taking the same case ending:
 * instrumental `-om`/`-em` (`sa Piterom Sorensenom`, `са Јовићем`), genitive/accusative `-a` (`Pitera
 * Sorensena`), dative/locative `-u` (`Piteru Sorensenu`) (Pravopis srpskoga jezika, declension of
 * masculine personal names, foreign ones included). `strong` endings are never the nominative of both
 * words at once; the others (`Nikola Tesla`) need evidence (see `masculineNominative`). A first name in
 * `-o`/`-a` (`Marko`, `Luka`) keeps that vowel in the nominative (`Markom` → `Marko`, `Lukom` → `Luka`),
 * and one in `-ar` loses its `a` in the oblique cases (`Petrom` → `Petar`, `Aleksandrom` → `Aleksandar`):
 * `SR_FIRST_NAME_VOWELS` are tried against the first-name lists, with the fleeting `a` before a final `r`.
 */
export const SR_MASCULINE_CASE_ENDINGS: { endings: string[]; strong: boolean }[] = [
  { endings: ['om', 'em', 'ом', 'ем'], strong: true },
  { endings: ['a', 'а'], strong: false },
  { endings: ['u', 'у'], strong: false },
];
export const SR_FIRST_NAME_VOWELS = ['', 'o', 'a'];

/**
 * Serbian: a man's first name in `-a` (`Nebojša`, `Nikola`, `Luka`, `Saša`) declines like a feminine noun
 * (genitive `-e`, dative/locative `-i`, accusative `-u`, instrumental `-om`), while his surname declines as
 * a masculine noun (`Nebojšu Tomanovića`, `Nikoli Jovanoviću`, `Lukom Perićem`) (Pravopis srpskoga jezika,
 * declension of masculine names in `-a`). Pairs are (first-name ending, surname endings it goes with); a
 * surname already in the nominative (a consonant) goes with any of them.
 */
export const SR_MASCULINE_A_STEM_CASES: [first: string, surname: string[]][] = [
  ['e', ['a', 'а']], ['е', ['a', 'а']], ['u', ['a', 'а']], ['у', ['a', 'а']], ['i', ['u', 'у']], ['и', ['u', 'у']],
  ['om', ['om', 'em', 'ом', 'ем']], ['ом', ['om', 'em', 'ом', 'ем']],
];

/**
 * Albanian: a surname or name in the definite genitive/dative/ablative (`Ramës`, `Kolës`, `Hoxhës`) is
 * the base name in `-ë`/`-a` with `-s`/`-ës` added (`Rama` → `Ramës`, `Kola` → `Kolës`); a masculine
 * name in `-i` or a consonant takes `-t`/`-it` (`Gashi` → `Gashit`, `Veri` → `Veriut`). Pairs are
 * (oblique ending, base ending); the base name must be one the article writes itself.
 */
export const SQ_OBLIQUE_NAME_ENDINGS: [oblique: string, base: string][] = [['ës', 'a'], ['ës', 'ë'], ['it', 'i'], ['it', ''], ['ut', 'u'], ['ut', '']];

/**
 * Albanian: the definite accusative of a surname after a first name (`takoi Arben Gashin`, `me Edi Ramën`):
 * `-n` after the nominative's `-i`/`-u`, `-ën` for a base in `-a`/`-ë`. Pairs as above; used with those
 * of `SQ_OBLIQUE_NAME_ENDINGS` for a full name, and only when the article writes the base surname itself.
 */
export const SQ_ACCUSATIVE_NAME_ENDINGS: [oblique: string, base: string][] = [['in', 'i'], ['un', 'u'], ['ën', 'a'], ['ën', 'ë']];

/**
 * Names of social-media platforms that read as capitalised words in `on X`, `na mreži X`, `në rrjetin X`.
 * Matched case-sensitively on the whole word. The company itself can speak (`Twitter announced`), so a
 * platform is dropped as a speaker only when the article always writes it after `PLATFORM_PLACE_WORDS`.
 */
export const PLATFORM_NAMES = ['X', 'Twitter', 'Facebook', 'Instagram', 'TikTok', 'Telegram', 'YouTube', 'Threads', 'Bluesky', 'LinkedIn', 'Iks', 'Икс', 'Твитер', 'Фејсбук', 'Инстаграм', 'Телеграм'];

/** Words that put a platform name in place position (`on X`, `na mreži X`, `në rrjetin X`, `via Telegram`). */
export const PLATFORM_PLACE_WORDS = ['on', 'via', 'na', 'u', 'në', 'ne', 'mreži', 'mreže', 'mrežu', 'platformi', 'rrjetin', 'rrjetit', 'rrjetet', 'platformën', 'platformës', 'мрежи', 'на', 'у'];

/**
 * Serbian possessive forms of a surname in `-ić` in an oblique case (`Stevićevoj`, `Stevićevu`,
 * `Стевићевом`): `-ev` and an oblique adjective ending. Such a word is what a person owns, or the woman
 * named by her husband's/father's surname in a case that is never the subject, so a capitalised run
 * ending in one (`Podršku Stevićevoj`, opening a sentence) is not the speaker. The nominative
 * `Stevićeva` (`Stevićeva je rekla`, "Ms Stević said") is a person and is not matched.
 */
export const SR_SURNAME_POSSESSIVE = /(?:ić|ић)(?:ev|ев)(?:e|i|u|o|oj|om|og|ome|oga|ih|im|ima|е|и|у|о|ој|ом|ог|оме|ога|их|им|има)?$/iu;

/**
 * Prepositions (folded) after which a name is in an oblique case and never a clause's subject
 * (`sa Jovanovićem`, `prema Iliću`, `me Krasniqin`, `nga Gashi`), by language. With the case ending
 * itself (`Sorensena`, `Krasniqit`) they tell a clause's grammatical subject from the other people it names.
 */
export const CASE_GOVERNORS: Record<string, string[]> = {
  sr: [
    'sa', 's', 'od', 'za', 'iz', 'u', 'na', 'o', 'po', 'pri', 'prema', 'kod', 'ka', 'k', 'protiv', 'bez', 'posle', 'nakon',
    'pre', 'zbog', 'izmedju', 'medju', 'do', 'oko', 'uz', 'kroz', 'preko', 'pored', 'osim', 'umesto', 'povodom', 'tokom',
  ],
  sq: [
    'me', 'nga', 'për', 'per', 'te', 'tek', 'në', 'ne', 'pa', 'prej', 'sipas', 'pas', 'para', 'mbi', 'nën', 'nen', 'kundër',
    'kunder', 'drejt', 'afër', 'afer', 'rreth', 'pranë', 'prane', 'i', 'e', 'të', 'së', 'se',
  ],
};

/**
 * Albanian: a foreign or consonant-final name also stands as the subject with the definite nominative
 * ending (`Sorenseni`, `Larsenu`), which is no oblique case.
 */
export const SQ_NOMINATIVE_DEFINITE = ['i', 'u'];

/**
 * Case endings written after a hyphen on an acronym (`NIS-a`, `OEBS-om`, `UN-u`; `NATO-s`, `NIS-it`,
 * `OSBE-së`, `KFOR-in`): Serbian and Albanian decline an acronym this way, and the word is the
 * organisation itself. Folded (no diacritics), by language.
 */
export const ACRONYM_CASE_ENDINGS: Record<string, string[]> = {
  sr: ['a', 'u', 'om', 'em', 'e', 'i', 'ov', 'ova', 'ovi', 'ovu', 'ovo', 'ove', 'ovog', 'ovom', 'ovih', 'ovim', 'ova'],
  sq: ['i', 'it', 'in', 'u', 'ut', 'un', 's', 'se', 'es', 'ja', 'je', 'ne', 'ja', 'në', 'së', 'ës'],
};

/**
 * Albanian organisation names in an oblique case back to the nominative: the definite head noun's case
 * ending (genitive/dative/ablative `Policisë`, `Zyrës`, `Kuvendit`; accusative `Policinë`, `Zyrën`,
 * `Kuvendin`) → the nominative (`Policia`, `Zyra`, `Kuvendi`), and the linking article after it
 * (`së`/`të`) → `e` for a feminine head, `i` for a masculine one (standard Albanian grammar: the
 * definite declension and the agreement of the linking article). Pairs are (oblique, nominative,
 * gender), longest first.
 */
export const SQ_ORG_HEAD_ENDINGS: [oblique: string, nominative: string, gender: 'f' | 'm'][] = [
  ['isë', 'ia', 'f'], ['inë', 'ia', 'f'], ['ës', 'a', 'f'], ['ën', 'a', 'f'], ['it', 'i', 'm'], ['in', 'i', 'm'],
];
/** Albanian linking articles of an oblique head (`së`, `të`) and a nominative one (`e`, `i`). */
export const SQ_LINKING_ARTICLES = { oblique: ['së', 'të'], nominative: { f: 'e', m: 'i' } };

/**
 * Prepositions that attach an affiliation to a person's name inside a subject phrase (`Marija Pavić sa
 * Pravnog fakulteta`, `Petar Stojić iz Instituta …`, `Vera Lika nga Universiteti …`): what follows names
 * where the person works or comes from, never the speaker. By language.
 */
export const AFFILIATION_PREPOSITIONS: Record<string, string[]> = {
  sr: ['iz', 'sa', 's', 'sa'],
  sq: ['nga', 'pranë'],
  // English: `Senator Jane Roe of Ohio`, `Jane Roe of the Harbour Institute` (issue 15)
  en: ['of', 'from'],
};

/** Words right before the two name words that make them part of an organisation's name (`the Red Cross of …`). By language. */
export const AFFILIATION_BLOCKERS: Record<string, string[]> = { en: ['the', 'of'] };

/**
 * Adverbial participles that can follow the subject after an inverted speech verb (`tha ajo duke qeshur`,
 * `rekla je ona smejući se`, `rekao je on dodavši`): Albanian `duke` + participle, Serbian present and past
 * gerunds in `-ći` / `-vši` (standard grammar of both languages). They describe how the words were said and
 * are never part of the subject. By language: words that open one, and endings of a one-word gerund.
 */
export const GERUNDS: Record<string, { openers: string[]; endings: string[] }> = {
  sr: { openers: [], endings: ['ći', 'vši'] },
  sq: { openers: ['duke'], endings: [] },
};

/**
 * First-person speech verbs (`Rekao sam mu: „…“`, `I thashë: “…”`): inside an interview answer the words
 * they introduce are the interviewee's own. Patterns over the Latin view, by language: Serbian
 * l-participle with the first-person auxiliary `sam` (either order), Albanian first-person aorists.
 */
export const FIRST_PERSON_SPEECH: Record<string, RegExp> = {
  sr: /(?<![\p{L}])(?:\p{L}+(?:o|la)\s+sam|sam\s+(?:\p{L}+\s+)?\p{L}+(?:o|la))(?![\p{L}])/iu,
  sq: /(?<![\p{L}])(?:thashë|thashe|deklarova|shtova|theksova|pyeta|u përgjigja|u pergjigja)(?![\p{L}])/iu,
};

/**
 * Serbian: a woman named by her surname plus the feminine possessive ending (`Vasićeva`, `Brnabićeva`,
 * `Petrovićeva`; Latin view, folded), the journalistic way to refer to her as a clause's subject
 * (`Vasićeva je kritikovala …`). Source: Serbian grammar (possessive adjectives of surnames).
 * Used by `clause-subject.ts`.
 */
export const SR_FEMININE_SURNAME_ENDINGS: readonly string[] = ['eva', 'ova'];

