/**
 * Role nouns, organisation heads, nationality stems and first-name gender exceptions, in folded form
 * (lower case, Latin, no diacritics — see `fold` in pipeline/text). Shared by all languages: a role is
 * recognised by its stem, so inflected Serbian and Albanian forms (`ambasadorom`, `ministrja`) match.
 */

/** Role stems → canonical head. Matched as the start of a folded token. Longest stem wins. */
export const ROLE_STEMS: [string, string][] = [
  ['ambassador', 'ambassador'], ['ambasador', 'ambassador'], ['ambasadori', 'ambassador'],
  ['envoy', 'envoy'], ['emisar', 'envoy'], ['izaslanik', 'envoy'], ['i derguar', 'envoy'],
  ['representative', 'representative'], ['predstavnik', 'representative'], ['predstavnica', 'representative'], ['perfaqesues', 'representative'],
  ['diplomat', 'diplomat'], ['diplomata', 'diplomat'],
  ['consul', 'consul'], ['konzul', 'consul'], ['consultant', 'consultant'], ['aide', 'aide'],
  ['prime minister', 'prime minister'], ['premier', 'prime minister'], ['pm', 'prime minister'], ['premijer', 'prime minister'],
  ['kryeminist', 'prime minister'], ['zevendeskryeminist', 'deputy prime minister'], ['zevendesminist', 'minister'], ['deputy prime minister', 'deputy prime minister'],
  ['minister', 'minister'], ['ministar', 'minister'], ['ministri', 'minister'],
  // Serbian `ministar` loses its fleeting `a` in every other case (`ministra`, `ministru`, `ministrom`).
  ['ministr', 'minister'], ['ministrja', 'minister'], ['ministre', 'minister'],
  ['co-director', 'co-director'], ['kodirektor', 'co-director'], ['director', 'director'], ['direktor', 'director'], ['drejtor', 'director'],
  ['spokesperson', 'spokesperson'], ['spokesman', 'spokesperson'], ['spokeswoman', 'spokesperson'], ['portparol', 'spokesperson'], ['zedhenes', 'spokesperson'],
  ['mayor', 'mayor'], ['gradonacelnik', 'mayor'], ['kryetar', 'mayor'],
  ['vice-president', 'vice-president'], ['potpredsednik', 'vice-president'], ['president', 'president'], ['predsednik', 'president'], ['predsednic', 'president'], ['presidenti', 'president'],
  ['commander', 'commander'], ['komandant', 'commander'], ['general', 'general'],
  ['negotiator', 'negotiator'], ['pregovarac', 'negotiator'], ['negociator', 'negotiator'],
  ['secretary', 'secretary'], ['sekretar', 'secretary'],
  ['analyst', 'analyst'], ['analiticar', 'analyst'], ['analist', 'analyst'],
  ['official', 'official'], ['zvanicnik', 'official'], ['zyrtar', 'official'],
  ['professor', 'professor'], ['profesor', 'professor'],
  ['head', 'head'], ['chief', 'chief'], ['speaker', 'speaker'], ['challenger', 'challenger'], ['incumbent', 'incumbent'],
  ['member', 'member'], ['mep', 'mep'], ['poslanik', 'mp'], ['poslanica', 'mp'], ['deputet', 'mp'],
  ['passenger', 'passenger'], ['resident', 'resident'], ['deminer', 'deminer'], ['expert', 'expert'], ['strucnjak', 'expert'],
  ['ombudsperson', 'ombudsperson'], ['ombudsman', 'ombudsperson'], ['ombudsman', 'ombudsperson'], ['zastitni', 'ombudsperson'],
  ['governor', 'governor'], ['guverner', 'governor'], ['judge', 'judge'], ['sudij', 'judge'], ['gjyqtar', 'judge'],
  ['prosecutor', 'prosecutor'], ['tuzilac', 'prosecutor'], ['tuzioc', 'prosecutor'], ['prokuror', 'prosecutor'], ['senator', 'senator'],
  ['abbot', 'abbot'], ['abbess', 'abbot'], ['iguman', 'abbot'], ['igumen', 'abbot'], ['kryeigumen', 'abbot'], ['priest', 'priest'], ['svestenik', 'priest'], ['prift', 'priest'],
  ['bishop', 'bishop'], ['episkop', 'bishop'], ['patriarch', 'patriarch'], ['patrijarh', 'patriarch'],
  ['coordinator', 'coordinator'], ['koordinator', 'coordinator'], ['adviser', 'adviser'], ['advisor', 'adviser'], ['savetnik', 'adviser'], ['keshilltar', 'adviser'],
  ['chairman', 'chair'], ['chairwoman', 'chair'], ['chairperson', 'chair'], ['manager', 'manager'], ['menadzer', 'manager'],
  ['activist', 'activist'], ['aktivist', 'activist'], ['journalist', 'journalist'], ['novinar', 'journalist'], ['gazetar', 'journalist'],
  ['editor', 'editor'], ['urednik', 'editor'], ['doctor', 'doctor'], ['lekar', 'doctor'],
  // Albanian `mjek` by its inflected forms only (`mjekësi` is medicine, `mjekësore` medical).
  ['mjeku', 'doctor'], ['mjekja', 'doctor'], ['mjekun', 'doctor'], ['mjekut', 'doctor'], ['mjeket', 'doctor'],
  ['actor', 'actor'], ['actress', 'actor'], ['glumac', 'actor'], ['glumic', 'actor'], ['glumca', 'actor'], ['aktor', 'actor'],
  ['epidemiolog', 'epidemiologist'], ['film director', 'film director'], ['reditelj', 'film director'], ['regjisor', 'film director'], ['volunteer', 'volunteer'], ['volonter', 'volunteer'],
  ['leader', 'leader'], ['lider', 'leader'], ['udheheq', 'leader'], ['founder', 'founder'], ['osnivac', 'founder'], ['owner', 'owner'], ['vlasnik', 'owner'],
  ['vecnik', 'councillor'], ['councillor', 'councillor'], ['sociolog', 'sociologist'], ['sociologist', 'sociologist'],
  // Professions that report on works and buildings (`According to the engineer, X, …`).
  ['engineer', 'engineer'], ['inzenjer', 'engineer'], ['inxhinier', 'engineer'], ['architect', 'architect'], ['arhitekt', 'architect'], ['arkitekt', 'architect'],
  ['taksista', 'driver'], ['penzioner', 'pensioner'], ['lawyer', 'lawyer'], ['advokat', 'lawyer'], ['avokat', 'lawyer'], ['branilac', 'lawyer'], ['branioc', 'lawyer'],
  // A counterpart holds the same office abroad (`his Hungarian counterpart X`, `sa mađarskim kolegom X`,
  // `me homologun hungarez X`): `rolesCompatible` lets a role of that nation refer to them.
  ['counterpart', 'counterpart'], ['koleg', 'counterpart'], ['homolog', 'counterpart'],
  // A deputy alone is a role (`Jovanović's deputy, Ana Roe`, `njegov zamenik`); before another role noun that
  // noun heads the phrase (`deputy minister` → minister, `zamenik ministra` → minister).
  ['deputy', 'deputy'], ['zamenik', 'deputy'], ['zamenic', 'deputy'],
];

/**
 * English role stems that are English words only: a longer word that starts with one is a role only by an
 * English inflection (`mayors`, `mayor's`), never a name or another word (`Mayorkas`, `Priestley`,
 * `Doctorow`, `headed`, `membership`). A stem that is its own head is English unless listed in
 * `SHARED_ROLE_SPELLINGS`; these are the English stems whose canonical head differs.
 */
export const ENGLISH_ROLE_VARIANTS = new Set(['spokesman', 'spokeswoman', 'advisor', 'chairman', 'chairwoman', 'chairperson', 'actress', 'abbess']);
/** Role stems spelt alike in English and Serbian/Albanian, so their case endings still follow (`presidentja`, `senatora`, `generala`, `ombudsmanom`). */
export const SHARED_ROLE_SPELLINGS = new Set(['president', 'senator', 'general', 'ombudsman', 'ombudsperson', 'diplomat', 'deminer', 'mep', 'pm']);
/** English inflections after a role stem (folded): plural and possessive. */
export const ENGLISH_ROLE_INFLECTION = /^(?:s|es|['’]s|s['’]|es['’])?$/;

/**
 * Heads whose holder also holds another (`co-director` → `director`): a mention of the wider role (`the
 * director`, `Centre director:`) may refer to the holder of the narrower one, not the other way round. A
 * deputy is not the office's holder, so `deputy director` is no director.
 */
export const ROLE_KIND_OF = new Map<string, string>([['co-director', 'director']]);

/**
 * Words (folded) that make a role a deputy's (`deputy director`, `vice chairman`, `zamenik direktora`).
 * Stems: a word starting with one counts (`zamenika`).
 */
export const DEPUTY_WORDS: readonly string[] = ['deputy', 'vice', 'assistant', 'zamenik', 'zamenic'];

/**
 * Heads of a single office, whose deputy is someone else than its holder (`deputy director` is no
 * `director`, `zamenik ministra` no `ministar`). Not the others: a deputy prosecutor prosecutes and a
 * deputy representative is a diplomat, so `the prosecutor` and `Moscow's envoy` may be them.
 */
export const DEPUTY_DISTINCT_HEADS: ReadonlySet<string> = new Set([
  'director', 'co-director', 'minister', 'prime minister', 'mayor', 'president', 'chair', 'head', 'chief', 'governor', 'commander', 'manager', 'leader', 'ombudsperson',
]);

/** Heads in the diplomat family: a mention of `diplomat`, `envoy` or `representative` may refer to any of them. */
export const DIPLOMAT_HEADS = new Set(['ambassador', 'envoy', 'representative', 'diplomat', 'consul']);
/** Roles whose `in <place>` qualifier names a posting, so a different place is a different person. */
export const POSTED_HEADS = DIPLOMAT_HEADS;

/** Organisation head stems (folded). */
export const ORG_STEMS = [
  'ministry', 'embassy', 'commission', 'council', 'service', 'delegation', 'organization', 'organisation', 'office',
  'agency', 'company', 'government', 'police', 'mission', 'center', 'centre', 'city', 'municipality', 'assembly',
  'parliament', 'sector', 'management', 'forum', 'media', 'canton', 'association', 'directorate', 'administration',
  'committee', 'board', 'department', 'university', 'airport', 'panel', 'league', 'press', 'radio', 'portal', 'ledger', 'today', 'news',
  'list', 'lista', 'liste', 'listë', 'listes', 'red cross', 'airline', 'bank', 'court', 'army', 'force', 'union', 'party', 'institute', 'fund', 'authority',
  'ministarstv', 'ambasada', 'ambasadi', 'ambasadu', 'ambasade', 'ambasades', 'ambasadë', 'komisij', 'savet', 'sluzb', 'delegacij', 'organizacij', 'kancelarij', 'agencij', 'kompanij',
  'vlad', 'policij', 'misij', 'centar', 'centr', 'grad', 'opstin', 'skupstin', 'sud', 'crveni krst', 'industrij', 'uprav',
  'institut', 'zavod', 'bolnic', 'klinik', 'spital', 'sindikat', 'federat', 'federacij',
  'prokuroria', 'prokurorise', 'prokurorine', 'tuzilastv', 'ministri', 'qeveri', 'komision', 'zyr', 'zyra', 'zyre', 'agjenci', 'kompani', 'polici', 'misioni', 'qendr', 'bashki', 'kuvend', 'gjykat',
];

/** Nationality/place stems (folded) → canonical country, for role qualifiers (`Russian`, `Rusije`, `Moscow's`). */
export const NATION_STEMS: [string, string][] = [
  ['russia', 'RU'], ['moscow', 'RU'], ['rus', 'RU'], ['moskv', 'RU'], ['rusi', 'RU'],
  ['serbia', 'RS'], ['serb', 'RS'], ['serbs', 'RS'], ['serbian', 'RS'], ['belgrad', 'RS'], ['srbij', 'RS'], ['srpsk', 'RS'], ['beograd', 'RS'], ['serbi', 'RS'], ['beogradi', 'RS'],
  ['kosov', 'XK'], ['pristin', 'XK'], ['prishtin', 'XK'], ['kosova', 'XK'],
  ['eu', 'EU'], ['european union', 'EU'], ['europe', 'EU'], ['brussels', 'EU'], ['brisel', 'EU'], ['evrops', 'EU'], ['be-', 'EU'],
  ['us', 'US'], ['u.s', 'US'], ['american', 'US'], ['united states', 'US'], ['washington', 'US'], ['vasington', 'US'], ['sad', 'US'], ['shba', 'US'], ['amerik', 'US'], ['uashington', 'US'],
  ['china', 'CN'], ['chinese', 'CN'], ['beijing', 'CN'], ['kin', 'CN'], ['kines', 'CN'], ['peking', 'CN'],
  ['france', 'FR'], ['french', 'FR'], ['paris', 'FR'], ['francusk', 'FR'], ['francez', 'FR'], ['francuz', 'FR'],
  ['german', 'DE'], ['berlin', 'DE'], ['nemack', 'DE'], ['britain', 'GB'], ['british', 'GB'], ['london', 'GB'], ['britansk', 'GB'],
  ['albania', 'AL'], ['albanian', 'AL'], ['tirana', 'AL'], ['albansk', 'AL'], ['albanij', 'AL'], ['shqiperi', 'AL'], ['western', 'WEST'], ['zapadn', 'WEST'], ['perendimor', 'WEST'],
  ['nato', 'NATO'], ['un', 'UN'], ['united nations', 'UN'], ['okb', 'UN'], ['ujedinjen', 'UN'], ['dutch', 'NL'], ['italian', 'IT'],
  // Neighbours and partners named in the region's news, in English, Serbian (both scripts fold to Latin) and
  // Albanian; stems long enough not to begin a surname (`Bugarski`, `Turković` are names, so no `bugar`, `turk`).
  ['gjerman', 'DE'], ['hungar', 'HU'], ['madjarsk', 'HU'], ['austri', 'AT'],
  ['hrvatsk', 'HR'], ['croatia', 'HR'], ['kroaci', 'HR'], ['crnogorsk', 'ME'], ['montenegr', 'ME'], ['bugarsk', 'BG'],
  ['bulgaria', 'BG'], ['bullgari', 'BG'], ['rumunsk', 'RO'], ['rumunij', 'RO'], ['romania', 'RO'], ['rumani', 'RO'],
  ['grck', 'GR'], ['greek', 'GR'], ['greece', 'GR'], ['greqi', 'GR'], ['tursk', 'TR'], ['turkish', 'TR'], ['turkey', 'TR'],
  ['turqi', 'TR'], ['italij', 'IT'], ['itali', 'IT'], ['slovenack', 'SI'], ['slovenij', 'SI'], ['slovenia', 'SI'],
  ['makedonsk', 'MK'], ['makedonij', 'MK'], ['macedonia', 'MK'], ['maqedoni', 'MK'], ['ukrajin', 'UA'], ['ukrain', 'UA'],
  ['poljsk', 'PL'], ['poland', 'PL'], ['polish', 'PL'], ['spansk', 'ES'], ['spanij', 'ES'], ['spanish', 'ES'],
  ['svajcarsk', 'CH'], ['swiss', 'CH'], ['zvicer', 'CH'], ['norvesk', 'NO'], ['norweg', 'NO'], ['norway', 'NO'],
  ['holandsk', 'NL'], ['holandij', 'NL'], ['hollandez', 'NL'], ['japansk', 'JP'], ['japanese', 'JP'],
  // Serbian adjectives of the great powers, which do not share the noun's stem (`američki` ← Amerika,
  // `ruski` ← Rusija, `kineski` ← Kina; Albanian `britanik`); Cyrillic folds to the same Latin.
  ['americk', 'US'], ['rusk', 'RU'], ['kinesk', 'CN'], ['britanik', 'GB'],
];

/** Male first names that end in `-a`/`-e` (Slavic, Albanian, Italian, French usage). */
export const MALE_NAMES = new Set([
  'ivica', 'nikola', 'luka', 'andrea', 'dragisa', 'sasa', 'nebojsa', 'misa', 'mirza', 'ilija', 'kosta', 'jovica', 'perica',
  'pera', 'zika', 'joshua', 'etienne', 'pierre', 'george', 'mike', 'jose', 'andre', 'jean', 'luca', 'mattia', 'elia', 'kole',
  'bajramsha', 'nikita', 'sava', 'toma', 'jovica', 'bosko', 'dmitri', 'andrei', 'nikolai', 'alexei', 'sergei', 'avni', 'arianit',
]);
/** Female first names that do not end in `-a`. */
export const FEMALE_NAMES = new Set([
  'caroline', 'marieke', 'lirije', 'valdete', 'helen', 'anne', 'ingrid', 'carmen', 'alice', 'catherine', 'kathleen', 'charlotte',
  'sophie', 'claire', 'marie', 'nicole', 'michelle', 'rachel', 'elizabeth', 'margaret', 'ruth', 'sarah', 'mimoze', 'shqipe',
  'drite', 'blerte', 'flore', 'vjollce', 'teuta', 'jasmin', 'miriam', 'esther', 'karin', 'kristin', 'ursula', 'brigitte',
  'mirjam', 'ljubica', 'ines', 'natalie', 'emilie', 'edite', 'mimoza', 'suzan', 'hafije', 'vlore', 'donike', 'albulene', 'fatime',
]);

const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** English number words (`Twenty-four percent`, `Sixty-six`, `Six Roe supporters`): a sentence may open with one, it names nobody. */
const NUMBER_WORDS = [...UNITS.slice(1), ...TENS, ...TENS.flatMap((t) => UNITS.map((u) => `${t}-${u}`)), 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'hundred', 'thousand'];
/** English party words (`Democratic`, `Republicans`): a party or its members, never a person's name. */
const PARTY_WORDS = ['democrat', 'democrats', 'democratic', 'republican', 'republicans', 'gop', 'gopers'];

/** Capitalised words that are never part of a person's name (titles, calendar words, function words, numbers, parties). */
export const NOT_NAME_WORDS = new Set([
  ...NUMBER_WORDS, ...PARTY_WORDS,
  'the', 'a', 'an', 'mr', 'mrs', 'ms', 'dr', 'sir', 'general', 'major', 'colonel', 'ambassador', 'minister', 'president',
  'prime', 'deputy', 'foreign', 'interior', 'defence', 'defense', 'energy', 'mayor', 'chief', 'head', 'director', 'secretary',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'foto', 'photo', 'read', 'more', 'source', 'izvor',
  'q', 'a', 'when', 'after', 'asked', 'speaking', 'commenting', 'during', 'in', 'on', 'at', 'for', 'as', 'but', 'and', 'according',
  'serbian', 'russian', 'kosovo', "kosovo's", 'albanian', 'french', 'chinese', 'us', 'eu', 'un', 'american', 'british', 'dutch',
  'italian', 'european', 'western', 'special', 'representative', 'ministar', 'ministarka', 'ambasador', 'direktorka', 'direktor',
  'predsednik', 'potpredsednik', 'gradonacelnik', 'portparol', 'profesorka', 'profesor', 'narodna', 'narodni', 'poslanica',
  'penzionerka', 'ministrja', 'ministri', 'zevendeskryeministrja', 'kryeministri', 'analisti', 'perfaqesuesi', 'perfaqesuesja',
  'sociolog', 'dr.', 'mep', 'mp', 'pm', 'co-director', 'kodirektor', 'novi', 'ruski', 'srpski', 'upitan', 'iz', 'prema', 'sipas',
  'ovaj', 'ova', 'on', 'ona', 'ai', 'ajo', 'he', 'she', 'they', 'it', 'we', 'i', 'this', 'that', 'these', 'those', 'there',
  'bivsi', 'bivsa', 'bivse', 'former', 'current', 'acting', 'ish', 'sadasnji', 'sadasnja', 'nova', 'novi', 'aktuelni', 'then',
  'gradski', 'vecnik', 'zamenik', 'komandant', 'sekretar', 'sekretarka', 'glavni', 'analiticar', 'vice-president',
  // Albanian emphatic `vetë` (himself, herself) before a name opening a sentence (`Vetë Zeqiri nuk foli`).
  'vete',
]);

/**
 * English prepositions that join a role to its complement (`the mayor of East Riverton`, `the envoy to
 * the Balkans`, `the wife of John Roe`): a name right after one is what the role is of, never its holder.
 */
export const ROLE_COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'to', 'for', 'at', 'from']);
