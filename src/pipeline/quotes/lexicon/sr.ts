/**
 * Serbian speech verbs and attribution words in Latin script. Cyrillic text is transliterated
 * (Serbian standard table) before matching, so this list serves both scripts. Past-tense verbs are
 * l-participles whose ending carries gender: `-o` masculine, `-la` feminine, `-li`/`-le` plural.
 */
import type { QuoteLexicon } from './types.js';

/** l-participle stems (masculine singular without the final `-o`/`-ao`). */
const participles = [
  ['rekao', 'rekla', 'rekli'], ['izjavio', 'izjavila', 'izjavili'], ['kazao', 'kazala', 'kazali'],
  ['naveo', 'navela', 'naveli'], ['ocenio', 'ocenila', 'ocenili'], ['istakao', 'istakla', 'istakli'],
  ['dodao', 'dodala', 'dodali'], ['upozorio', 'upozorila', 'upozorili'], ['naglasio', 'naglasila', 'naglasili'],
  ['preneo', 'prenela', 'preneli'],
  ['podsetio', 'podsetila', 'podsetili'], ['napisao', 'napisala', 'napisali'], ['saopštio', 'saopštila', 'saopštili'],
  ['odgovorio', 'odgovorila', 'odgovorili'], ['tvrdio', 'tvrdila', 'tvrdili'], ['objasnio', 'objasnila', 'objasnili'],
  ['poručio', 'poručila', 'poručili'], ['zaključio', 'zaključila', 'zaključili'], ['primetio', 'primetila', 'primetili'],
  ['ukazao', 'ukazala', 'ukazali'], ['konstatovao', 'konstatovala', 'konstatovali'], ['precizirao', 'precizirala', 'precizirali'],
  ['najavio', 'najavila', 'najavili'], ['potvrdio', 'potvrdila', 'potvrdili'], ['negirao', 'negirala', 'negirali'],
  ['ponovio', 'ponovila', 'ponovili'], ['pojasnio', 'pojasnila', 'pojasnili'], ['izneo', 'iznela', 'izneli'],
  ['ustvrdio', 'ustvrdila', 'ustvrdili'], ['obećao', 'obećala', 'obećali'], ['zatražio', 'zatražila', 'zatražili'],
  ['procenio', 'procenila', 'procenili'], ['govorio', 'govorila', 'govorili'], ['pitao', 'pitala', 'pitali'],
  ['istakao', 'istakla', 'istakli'], ['poručio', 'poručila', 'poručili'], ['smatrao', 'smatrala', 'smatrali'],
  ['odgovorio', 'odgovorila', 'odgovorili'], ['ocenio', 'ocenila', 'ocenili'], ['uverio', 'uverila', 'uverili'],
  // Agreement reports what a group holds (`složili su se da …`, `saglasili su se da …`).
  ['složio', 'složila', 'složili'], ['saglasio', 'saglasila', 'saglasili'],
  // Admitting is saying (`priznao je on`, `признала је`).
  ['priznao', 'priznala', 'priznali'],
];

/**
 * Russian past-tense speech verbs as they read after transliteration (`заявил` → `zajavil`), for Russian
 * quotes in Serbian-script feeds (`«…», — заявил Лавров`).
 */
const russian = [
  'zajavil', 'zajavila', 'zajavili', 'skazal', 'skazala', 'skazali', 'otmetil', 'otmetila', 'dobavil', 'dobavila',
  'podčerknul', 'podčerknula', 'soobščil', 'soobščila', 'soobščili', 'napomnil', 'napomnila', 'pojasnil', 'pojasnila',
  'rasskazal', 'rasskazala', 'zaključil', 'utverždaet', 'sčitaet', 'govorit',
];

/** Present-tense speech verbs (third person singular / plural). */
const present = [
  'kaže', 'kažu', 'tvrdi', 'tvrde', 'navodi', 'navode', 'ističe', 'ističu', 'dodaje', 'dodaju', 'smatra', 'smatraju',
  'ocenjuje', 'ocenjuju', 'upozorava', 'upozoravaju', 'objašnjava', 'poručuje', 'podseća', 'naglašava', 'pita', 'veli',
];

/**
 * Neuter l-participles (`reklo`, `navelo`, `saopštilo`: the feminine `-la` with `-lo`) agree with a neuter
 * subject, which in news is mostly an institution (`Ministarstvo … je navelo da`, `Veće je ocenilo da`,
 * `Tužilaštvo je saopštilo`). Source: Serbian grammar (gender agreement of the l-participle).
 */
const neuter = participles.map(([, f]) => f.replace(/la$/, 'lo'));

const past = [...participles.flat(), ...new Set(neuter)];

export const sr: QuoteLexicon = {
  language: 'sr',
  speechVerbs: [...past, ...present, ...russian, 'saopšteno je', 'navodi se', 'ističe se', 'piše'],
  reportingVerbs: [...russian, ...past.filter((v) => !/^(pita|zatraži|obeća)/.test(v)), ...present.filter((v) => v !== 'pita')],
  complementisers: ['da', 'što', 'čto'],
  // `rekao je X, pre nego što je Y …`: `što` after these opens a time or reason clause, not X's report.
  subordinatorHeads: ['pre nego', 'posle', 'nakon', 'umesto', 'osim', 'zato', 'zbog toga', 'time', 'tim pre'],
  contentNouns: ['navod', 'navode', 'navodi', 'navoda', 'tvrdnju', 'tvrdnje', 'tvrdnja', 'optuzbu', 'optuzbe', 'optuzbi', 'glasine', 'glasina', 'spekulacije', 'spekulaciju', 'informaciju', 'informacije', 'pisanje', 'pisanja', 'izvestaj', 'izvestaje', 'vest', 'vesti'],
  accordingTo: ['prema rečima', 'po rečima', 'kako je naveo', 'kako je navela', 'kako je rekao', 'kako je rekla', 'prema oceni', 'prema mišljenju', 'kako tvrdi', 'kako kaže'],
  inWords: ['po njegovim rečima', 'po njenim rečima', 'prema njegovim rečima', 'prema njenim rečima', 'kako je naveo', 'kako je navela', 'kako tvrdi'],
  pronouns: { m: ['on'], f: ['ona'], plural: ['oni', 'one'] },
  obliquePronouns: { m: ['njemu', 'njega', 'njegovim'], f: ['njoj', 'nje', 'njenim'] },
  // First person past and passive (`rekao sam`, `izabran sam` m.; `rekla sam`, `izabrana sam` f.).
  firstPersonGender: { aux: ['sam', 'nisam'], m: ['ao', 'eo', 'io', 'uo', 'an', 'en'], f: ['la', 'na'] },
  inscriptionNouns: [
    'transparent', 'transparentu', 'transparentima', 'transparenti', 'natpis', 'natpisu', 'natpisi', 'parola', 'paroli', 'parole',
    'parolu', 'plakat', 'plakatu', 'plakati', 'plakatima', 'pano', 'panou', 'tabla', 'tabli', 'table', 'poruka', 'poruci', 'poruke',
    'naslov', 'naslovu', 'grafit', 'grafitu', 'grafiti', 'bilbord', 'bilbordu',
  ],
  indefinites: ['jedan', 'jedna', 'jedno', 'neki', 'neka', 'nekoliko', 'više', 'drugi', 'jedan od', 'jedna od', 'pojedini', 'pojedine'],
  definites: ['ovaj', 'ova', 'taj', 'ta', 'pomenuti', 'pomenuta'],
  clauseBreaks: [', dok', ', ali', ', iako', ', mada', '; ', ', a '],
  frontedAdverbials: {
    prepositions: ['u', 'na', 'iz', 'posle', 'nakon', 'tokom', 'pre', 'prilikom', 'po', 'za vreme', 'pred', 'uoči'],
    adverbs: ['zatim', 'potom', 'kasnije', 'tada', 'onda', 'ranije', 'prethodno', 'naknadno', 'danas', 'juče', 'sinoć', 'jutros', 'takođe', 'inače', 'ipak', 'međutim', 'pritom', 'dalje', 'nadalje', 'još'],
  },
  coordinatedClause: { conjunctions: [
      'a', 'dok', 'ali', 'no', 'međutim', 'kada', 'a onda',
      // oblique relatives open a clause with a subject of its own (`sednicu, na kojoj je ambasadorka X upozorila da`)
      'na kojoj', 'na kojem', 'na kome', 'u kojoj', 'u kojem', 'u kome', 'tokom koje', 'tokom kojeg', 'kojom prilikom', 'gde',
    ], clitics: ['je', 'su', 'se', 'joj', 'mu', 'im', 'nam', 'to', 'pak', 'i', 'takođe'] },
  secondComplement: ['ali da', ', ali da', ', kao i da', 'kao i da', 'i da', 'te da', 'a da', ', a da'],
  titleCues: [
    'naziv', 'naziva', 'nazivom', 'nazivu', 'film', 'dokumentarac', 'dokumentarni', 'knjiga', 'knjigu', 'akcija', 'akcije',
    'operacija', 'operacije', 'kampanja', 'kampanju', 'slogan', 'sloganom', 'inicijativa', 'izložba', 'izložbu', 'emisija',
    'emisiji', 'projekat', 'aerodrom', 'aerodroma', 'televizija', 'televiziju', 'televizije', 'portal', 'portala', 'list',
    'lista', 'listu', 'naziva se', 'nazivaju', 'naziva', 'tzv', 'takozvani', 'takozvana', 'reč', 'termin', 'kanal', 'mreži',
    'udruženje', 'udruženja', 'grupom', 'grupa', 'dnevnik', 'dnevnika', 'dnevniku', 'nedeljnik', 'nedeljnika',
    'nedeljniku', 'magazin', 'magazina', 'časopis', 'časopisa', 'časopisu', 'novine', 'novina', 'listu', 'lista',
    'agencija', 'agencije', 'agenciji', 'portalu', 'radio', 'program', 'programa', 'programu',
    'roman', 'romana', 'romanu', 'zbirka', 'zbirku', 'zbirke', 'predstava', 'predstavu', 'predstave',
  ],
  leadLabels: ['foto', 'video', 'foto/video', 'izvor', 'procitajte', 'procitajte jos', 'najnovije', 'hitno', 'ekskluzivno', 'intervju', 'komentar', 'analiza', 'kolumna', 'uvodnik', 'galerija', 'audio', 'azurirano', 'napomena', 'ispravka', 'uzivo'],
  bylineMarkers: ['pise', 'autor', 'autorka', 'pisu', 'priredio', 'priredila'],
  functionWords: [
    'i', 'a', 'ali', 'ili', 'da', 'je', 'su', 'u', 'na', 'od', 'do', 'za', 'sa', 's', 'iz', 'po', 'pri', 'kod',
    'o', 'prema', 'kao', 'kada', 'kad', 'ako', 'jer', 'što', 'dok', 'pa', 'te', 'ni', 'niti', 'već', 'još',
    'samo', 'ovaj', 'ova', 'ovo', 'taj', 'ta', 'to', 'on', 'ona', 'oni', 'one', 'ono', 'mi', 'vi', 'ja', 'ti',
    'se', 'koji', 'koja', 'koje', 'nakon', 'posle', 'pre', 'tokom', 'između', 'bez', 'protiv', 'ispred', 'iza',
    'ispod', 'iznad', 'pored', 'među', 'zbog', 'radi', 'uprkos', 'osim', 'nije', 'nisu', 'će', 'bi', 'bio',
    'bila', 'bilo', 'sve', 'svi', 'neki', 'neka', 'nekoliko', 'mnogi', 'takođe', 'međutim', 'ipak', 'dakle',
    'zato', 'tako', 'ovde', 'tamo', 'danas', 'juče', 'sutra', 'sada', 'tada', 'onda', 'kako', 'gde', 'zašto',
    'šta', 'ko', 'čak',
  ],
  titles: [
    'g', 'gdin', 'gdja', 'gđa', 'gospodin', 'gospođa', 'gospodja', 'dr', 'prof', 'mr',
  ],
  cues: {
    pluralSpeechVerbs: ['su', 'tvrde', 'kažu', 'navode', 'ističu', 'smatraju', 'dodaju', 'ocenjuju'],
    passiveSpeechVerbs: ['navodi se', 'saopšteno je', 'ističe se', 'se navodi', 'je saopšteno', 'se ističe'],
    passiveSourceMarkers: ['iz', 'u saopštenju'],
    feminineRoleNouns: ['ministarka', 'direktorka', 'profesorka', 'poslanica', 'penzionerka', 'predsednica', 'portparolka'],
    labelDeterminers: ['tzv', 'takozvani', 'takozvana', 'ovaj', 'ova', 'ovo', 'taj', 'ta', 'to', 'njegov', 'njen', 'njihov'],
    headlineLabels: ['foto', 'video', 'izvor', 'procitajte', 'procitajte jos', 'intervju', 'komentar', 'analiza', 'kolumna', 'uvodnik', 'foto/video', 'galerija', 'audio', 'ekskluzivno'],
    answerLabels: ['O', 'Odgovor'],
    questionLabels: ['P', 'Pitanje'],
    interviewCues: ['razgovarao je sa nama', 'razgovarala je sa nama', 'razgovarao sa nama', 'razgovarala sa nama', 'govori za naš', 'u intervjuu za', 'u razgovoru za', 'u intervjuu sa', 'u razgovoru sa'],
    frontedLeads: ['posle', 'nakon', 'upitan', 'upitana', 'kada'],
    anonymityCues: ['anonimn', 'nije želeo da mu se navede ime', 'nije želela', 'želeo da ostane', 'neimenovan'],
    nameIntroducers: ['samo ime', 'samo ime,', 'zove se', 'po imenu'],
    modifierStarts: ['koji', 'koja', 'koje', 'kojeg', 'koju', 'čiji', 'iz', 'sa'],
    relativeWords: [],
    relativeStems: ['koja', 'koje', 'koji', 'koju', 'čij'],
    relativePrepositions: ['sa', 's', 'od'],
    asides: ['sa svoje strane', 's druge strane', 'sa druge strane', 'medjutim', 'ipak', 'pak'],
    leadingConjunctions: ['i', 'a', 'ali', 'kao što'],
    coordinators: ['i', 'ali'],
    subjectOpeners: ['on', 'ona', 'iz', 'od', 'ovaj', 'ova', 'jedan', 'jedna'],
    appositionIndefinites: ['jedan', 'jedna'],
    placePrepositions: ['u', 'iz', 'na'],
    demonstratives: ['ovaj', 'ova', 'ovo', 'taj', 'ta'],
    genitiveSourcePrepositions: ['iz', 'od'],
    reportNouns: {
      nouns: ['tvrdnja', 'tvrdnje', 'tvrdnji', 'tvrdnju', 'izjava', 'izjave', 'izjavi', 'izjavu'],
      sources: ['od', 'iz'],
      complementisers: ['da'],
    },
  },
};

/**
 * Serbian auxiliary clitics (forms of `biti`, Latin view) that take second place in a clause: the subject
 * stands before them and adjuncts (`za naš list`, `u odgovoru na pitanje`) between them and the participle.
 * Used by `clitic-subject.ts`. Source: Serbian grammar (enclitic forms of the perfect's auxiliary).
 */
export const srAuxiliaryClitics: readonly string[] = ['je', 'su', 'sam', 'smo', 'ste', 'si'];

/**
 * Serbian dative pronoun clitics (`Rekao mi je`, `Rekla nam je`, `rekao joj je`): the person spoken to, never
 * the subject, which the verb's ending alone gives. Used by `attribution-cues.ts`. Source: Serbian grammar
 * (enclitic forms of the personal pronouns).
 */
export const srDativeClitics: readonly string[] = ['mi', 'ti', 'mu', 'joj', 'nam', 'vam', 'im'];

/**
 * Serbian nouns for an unnamed source (folded, Latin view), every case form a subject takes: a subject
 * phrase headed by one (`Izvori u ministarstvu`, `Izvor upoznat sa pregovorima`) names nobody. Used by
 * `anonymous-source.ts`.
 */
export const srSourceNouns: readonly string[] = ['izvor', 'izvori', 'sagovornik', 'sagovornici', 'sagovornica'];

/**
 * Serbian adjectives that stand before an unnamed-source noun and leave it unnamed (folded, Latin view,
 * nominative masculine/feminine singular and plural): `Neimenovani izvor iz Vlade`, `Anonimni sagovornik`,
 * `Dobro obavešteni izvori`. Used by `anonymous-source.ts`. Source: Serbian press usage.
 */
export const srSourceAdjectives: readonly string[] = [
  'jedan',
  'jedna',
  'neimenovani',
  'neimenovana',
  'anonimni',
  'anonimna',
  'pouzdani',
  'pouzdana',
  'upuceni',
  'upucena',
  'dobro',
  'obavesteni',
  'obavestena',
  'visoki',
  'visoka',
  'diplomatski',
  'diplomatska',
  'vladin',
  'vladini',
];

/**
 * Serbian kinship and neighbour nouns (folded, Latin view, nominative singular and plural): a subject
 * phrase headed by one with no name after it (`Otac osumnjičenog`, `Majka jednog od uhapšenih`) is an
 * unnamed relative, never a person called `Otac`; with a name after it (`Otac Sava`) it is a title.
 * Used by `anonymous-source.ts`. Source: Serbian kinship vocabulary.
 */
export const srKinshipNouns: readonly string[] = [
  'otac', 'majka', 'roditelji', 'sin', 'sinovi', 'cerka', 'kcerka', 'kci', 'brat', 'sestra',
  'braca', 'sestre', 'suprug', 'supruga', 'muz', 'zena', 'deda', 'baka', 'unuk', 'unuka', 'stric',
  'ujak', 'tetka', 'strina', 'ujna', 'zet', 'snaja', 'rodjak', 'rodjaka', 'rodjaci', 'komsija',
  'komsinica', 'komsije', 'sused', 'susetka', 'susedi', 'porodica', 'rodbina', 'baba', 'tata', 'mama',
];

/**
 * Serbian possessive determiners (folded, Latin view, nominative): one before a kinship noun (`Moja baba`,
 * `Njegov otac`) still leaves the relative unnamed, and is no name however it is capitalised. Used by
 * `anonymous-source.ts`. Source: Serbian grammar (possessive pronouns).
 */
export const srPossessiveDeterminers: readonly string[] = [
  'moj', 'moja', 'moje', 'moji', 'tvoj', 'tvoja', 'njegov', 'njegova', 'njen', 'njena', 'nas', 'nasa', 'nase', 'nasi',
  'vas', 'vasa', 'vase', 'vasi', 'njihov', 'njihova', 'svoj', 'svoja',
];
