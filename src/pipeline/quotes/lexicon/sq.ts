/** Albanian speech verbs and attribution words (aorist 3rd person singular, as news uses them). */
import type { QuoteLexicon } from './types.js';

const verbs = [
  'tha', 'thanë', 'thotë', 'thonë', 'deklaroi', 'deklaruan', 'shtoi', 'shtuan', 'theksoi', 'theksuan', 'u shpreh', 'u shprehën',
  'shkroi', 'shkruan', 'njoftoi', 'njoftuan', 'pohoi', 'nënvizoi', 'vlerësoi', 'paralajmëroi', 'kujtoi', 'sqaroi',
  'konfirmoi', 'mohoi', 'u tha', 'i tha', 'ka thënë', 'ka deklaruar', 'bëri të ditur', 'tregoi', 'kumtoi', 'pyeti',
  'u përgjigj', 'kërkoi', 'premtoi', 'argumentoi', 'pretendoi', 'thuhet', 'theksohet', 'shkruhet',
  'ranë dakord', 'ra dakord', 'u pajtuan', 'u pajtua', 'raportoi', 'raportuan',
  // Pluperfect (`«…», kishte thënë Berisha`): an earlier statement recalled; the subject after it speaks.
  'kishte thënë', 'kishin thënë', 'kishte deklaruar', 'kishte shtuar', 'kishte theksuar',
  // `X është cituar të ketë thënë se …` (X was quoted as saying): X is the speaker, not the outlet.
  'është cituar të ketë thënë', 'është cituar të ketë deklaruar', 'u citua të ketë thënë', 'u citua të ketë deklaruar',
];

export const sq: QuoteLexicon = {
  language: 'sq',
  speechVerbs: verbs,
  reportingVerbs: verbs.filter((v) => !/^(pyeti|kërkoi|thuhet|theksohet|shkruhet)$/.test(v)),
  complementisers: ['se', 'që'],
  // `tha X, përpara se Y …`: `se`/`që` after these opens a time or reason clause, not X's report.
  subordinatorHeads: ['përpara', 'para', 'përveç', 'në vend', 'ndërkohë', 'pasi'],
  contentNouns: ['raportimin', 'raportimet', 'raportim', 'pretendimin', 'pretendimet', 'akuzen', 'akuzat', 'spekulimet', 'spekulimin', 'thashethemet', 'lajmin', 'lajmet', 'informacionin', 'informacionet'],
  accordingTo: ['sipas', 'sipas fjalëve të', 'sipas deklaratës së'],
  inWords: ['sipas tij', 'sipas saj', 'sipas fjalëve të tij', 'sipas fjalëve të saj'],
  pronouns: { m: ['ai'], f: ['ajo'], plural: ['ata', 'ato'] },
  obliquePronouns: { m: ['tij'], f: ['saj'] },
  inscriptionNouns: [
    'transparent', 'transparenti', 'transparentin', 'transparentet', 'pankarte', 'pankarta', 'pankarten', 'pankartat', 'parulle',
    'parulla', 'parullat', 'mbishkrim', 'mbishkrimi', 'mbishkrimin', 'titull', 'titulli', 'mesazh', 'mesazhi', 'grafit', 'grafiti',
  ],
  indefinites: ['një', 'disa', 'njëri', 'njëra', 'shumë'],
  definites: ['ky', 'kjo', 'i njëjti'],
  clauseBreaks: [', ndërsa', ', por', ', edhe pse', '; ', ', kurse'],
  frontedAdverbials: {
    prepositions: ['në', 'pas', 'gjatë', 'para', 'përpara', 'me'],
    adverbs: ['më pas', 'pastaj', 'më vonë', 'më herët', 'sot', 'dje', 'ndërkaq', 'ndërkohë', 'gjithashtu', 'megjithatë', 'tutje', 'po ashtu', 'tani'],
  },
  coordinatedClause: { conjunctions: ['ndërsa', 'por', 'kurse', 'mirëpo', 'megjithatë', 'kur', 'ku', 'në të cilën', 'në të cilin', 'me ç’rast', "me ç'rast"], clitics: ['i', 'u', 'e', 'edhe', 'gjithashtu'] },
  secondComplement: ['por se', 'e që', 'dhe se', 'e se', 'si dhe se', 'dhe që'],
  titleCues: ['rrjetin social', 'rrjeti social', 'emisionin', 'filmin', 'dokumentarin', 'operacionin', 'fushatën', 'sloganin', 'quajtur', 'quajnë', 'emrin', 'portalin', 'gazetën', 'televizionin'],
  leadLabels: ['foto', 'video', 'burimi', 'lexo', 'lexo me shume', 'e fundit', 'ekskluzive', 'intervista', 'koment', 'analize', 'editorial', 'galeri', 'audio', 'perditesim', 'shenim', 'drejtperdrejt'],
  bylineMarkers: ['nga', 'shkruan', 'autor', 'autore'],
  functionWords: [
    'dhe', 'e', 'të', 'në', 'për', 'nga', 'me', 'se', 'që', 'si', 'por', 'ose', 'edhe', 'ai', 'ajo', 'ata',
    'ato', 'ne', 'ju', 'unë', 'ky', 'kjo', 'këta', 'këto', 'atë', 'tij', 'saj', 'tyre', 'pas', 'para', 'gjatë',
    'sipas', 'mbi', 'nën', 'pa', 'prej', 'deri', 'te', 'tek', 'kur', 'nëse', 'sepse', 'ndërsa', 'megjithatë',
    'gjithashtu', 'po', 'jo', 'është', 'janë', 'ishte', 'kishte', 'do', 'sot', 'dje', 'nesër', 'tani', 'atëherë',
    'kështu', 'vetëm', 'madje', 'pra', 'mirëpo', 'ndërkaq', 'i', 'u', 'nuk', 'mos',
  ],
  titles: [
    'z', 'znj', 'zoti', 'zonja', 'dr', 'prof',
  ],
  cues: {
    pluralSpeechVerbs: ['thanë', 'thonë'],
    passiveSpeechVerbs: ['thuhet', 'theksohet', 'shkruhet'],
    passiveSourceMarkers: ['e', 'të', 'i'],
    feminineRoleNouns: ['ministrja', 'zevendeskryeministrja', 'perfaqesuesja', 'analistja'],
    labelDeterminers: ['ky', 'kjo', 'këto', 'keto', 'te'],
    headlineLabels: ['foto', 'video', 'lajm', 'audio'],
    // Indefinite and definite forms (`Përgjigje:`, `Përgjigja:`).
    answerLabels: ['Përgjigje', 'Përgjigja'],
    questionLabels: ['P', 'Pyetje', 'Pyetja'],
    interviewCues: ['foli me ne', 'bisedoi me ne', 'në një intervistë për', 'në intervistë për', 'në një intervistë me', 'në intervistë me'],
    frontedLeads: ['pas'],
    anonymityCues: [],
    nameIntroducers: ['vetëm emrin', 'vetëm emrin,'],
    modifierStarts: ['që', 'i cili', 'e cila', 'nga', 'të cilët', 'në', 'pas', 'gjatë'],
    relativeWords: ['që', 'të cilët', 'të cilat', 'i cili', 'e cila'],
    relativeStems: [],
    relativePrepositions: ['me', 'nga', 'prej'],
    asides: ['nga ana e tij', 'nga ana e saj', 'nga ana e tyre', 'nderkaq', 'megjithate'],
    leadingConjunctions: ['dhe', 'por', 'siç'],
    coordinators: ['dhe'],
    subjectOpeners: ['ai', 'ajo'],
    appositionIndefinites: ['një'],
    placePrepositions: ['në', 'nga', 'për'],
    demonstratives: ['ky', 'kjo'],
    genitiveSourcePrepositions: [],
    reportNouns: {
      nouns: ['deklarata', 'deklaratë', 'deklarate', 'deklaratan', 'deklaratën', 'deklaraten'],
      sources: ['të', 'e'],
      complementisers: ['se'],
    },
  },
};

/**
 * Albanian nouns for an unnamed source (folded): a subject phrase headed by one (`Burime në qeveri`,
 * `Një burim i afërt me negociatat`) names nobody. Used by `anonymous-source.ts`.
 */
export const sqSourceNouns: readonly string[] = ['burim', 'burimi', 'burime', 'burimet'];

/**
 * Albanian head nouns of institutions in the definite nominative (folded), the form a bare common noun
 * takes as a subject (`Ministria tha se`, `Policia njoftoi se`): alone, one is no organisation's name but
 * the one of its kind the article named (`Ministria e Shëndetësisë`), else an unnamed one. Used by
 * `bare-org-noun.ts`. Source: Albanian definite declension of the usual heads of institution names.
 */
export const sqBareOrgHeads: readonly string[] = [
  'ministria', 'qeveria', 'policia', 'kompania', 'agjencia', 'gjykata', 'prokuroria', 'komuna', 'zyra',
  'komisioni', 'ambasada', 'misioni', 'instituti', 'drejtoria', 'federata', 'spitali', 'banka', 'partia',
  'kuvendi', 'shoqata', 'organizata', 'qendra', 'keshilli', 'bashkia', 'universiteti', 'fondi', 'autoriteti',
  'inspektorati', 'klinika', 'sindikata', 'korporata', 'ndermarrja',
];

/**
 * Albanian kinship and neighbour nouns (folded, definite and indefinite nominative): a subject phrase
 * headed by one with no name after it (`Babai i të dyshuarit`, `Nëna e tij`) is an unnamed relative;
 * with a name after it (`Nëna Tereze`) it is a title. Used by `anonymous-source.ts`. Source: Albanian
 * kinship vocabulary.
 */
export const sqKinshipNouns: readonly string[] = [
  'babai', 'baba', 'nena', 'nene', 'prinderit', 'djali', 'vajza', 'bija', 'vellai', 'motra', 'bashkeshorti',
  'bashkeshortja', 'gruaja', 'burri', 'gjyshi', 'gjyshja', 'nipi', 'mbesa', 'xhaxhai', 'daja', 'halla',
  'tezja', 'kusheriri', 'kusherira', 'fqinji', 'fqinja', 'fqinjet', 'familja',
];
