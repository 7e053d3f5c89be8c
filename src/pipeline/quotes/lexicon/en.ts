/** English speech verbs and attribution words (news register: AP/Reuters/Guardian usage). */
import type { QuoteLexicon } from './types.js';
import { PROGRESSIVE_COMMITMENTS, PROGRESSIVE_REPORTS, PROGRESSIVE_ZERO_THAT } from './participle-en.js';
import { presentReport } from './present-report-en.js';

const bases = [
  ['say', 'said', 'says', 'saying'], ['tell', 'told', 'tells', 'telling'], ['add', 'added', 'adds', 'adding'],
  ['state', 'stated', 'states', 'stating'], ['emphasize', 'emphasized', 'emphasizes', 'emphasizing'],
  ['emphasise', 'emphasised', 'emphasises', 'emphasising'], ['underline', 'underlined', 'underlines', 'underlining'],
  ['stress', 'stressed', 'stresses', 'stressing'], ['note', 'noted', 'notes', 'noting'], ['argue', 'argued', 'argues', 'arguing'],
  ['claim', 'claimed', 'claims', 'claiming'], ['reply', 'replied', 'replies', 'replying'], ['remark', 'remarked', 'remarks'],
  ['explain', 'explained', 'explains', 'explaining'], ['warn', 'warned', 'warns', 'warning'], ['insist', 'insisted', 'insists', 'insisting'],
  ['write', 'wrote', 'writes', 'writing'], ['post', 'posted', 'posts'], ['declare', 'declared', 'declares'],
  ['announce', 'announced', 'announces'], ['confirm', 'confirmed', 'confirms', 'confirming'], ['deny', 'denied', 'denies', 'denying'],
  ['admit', 'admitted', 'admits'], ['answer', 'answered', 'answers'], ['conclude', 'concluded', 'concludes'],
  ['observe', 'observed', 'observes'], ['highlight', 'highlighted', 'highlights'], ['reveal', 'revealed', 'reveals'],
  ['estimate', 'estimated', 'estimates'], ['assess', 'assessed', 'assesses', 'assessing'], ['urge', 'urged', 'urges'],
  ['recall', 'recalled', 'recalls'], ['comment', 'commented', 'comments'], 
  ['acknowledge', 'acknowledged', 'acknowledges'], ['respond', 'responded', 'responds'], ['reiterate', 'reiterated', 'reiterates'],
  ['assure', 'assured', 'assures'], ['complain', 'complained', 'complains'], 
  ['vow', 'vowed', 'vows'], ['predict', 'predicted', 'predicts'], ['suggest', 'suggested', 'suggests'],
  
  ['remind', 'reminded', 'reminds'], ['maintain', 'maintained', 'maintains'], ['point out', 'pointed out', 'points out'],
  ['go on', 'went on', 'goes on'], ['agree', 'agreed', 'agrees'],
  ['report', 'reported', 'reports'], ['tweet', 'tweeted', 'tweets'], ['assert', 'asserted', 'asserts', 'asserting'],
  ['contend', 'contended', 'contends', 'contending'], ['allege', 'alleged', 'alleges', 'alleging'],
  ['concede', 'conceded', 'concedes', 'conceding'], ['promise', 'promised', 'promises', 'promising'], ['pledge', 'pledged', 'pledges', 'pledging'], ['testify', 'testified', 'testifies'],
  // issue 15: verbs of saying with a manner (`Roe joked that …`, `…, Vos lamented.`); their -s forms double as nouns.
  ['joke', 'joked', 'jokes'], ['lament', 'lamented', 'laments'], ['boast', 'boasted', 'boasts'], ['caution', 'cautioned', 'cautions'],
];

/** Base forms and `-s` forms double as nouns (`a state`, `claims by officials`); only the unambiguous ones are kept. */
const PRESENT_OK = new Set(['says', 'tells', 'adds', 'declares', 'announces', 'warns', 'insists', 'believes', 'thinks', 'argues', 'explains', 'reveals', 'emphasizes', 'emphasises', 'underlines', 'recalls', 'replies', 'stresses', 'admits', 'denies', 'confirms', 'maintains', 'reminds', 'concludes', 'highlights', 'estimates', 'assesses', 'acknowledges', 'writes', 'suggests', 'predicts', 'alleges', 'agrees', 'asks', 'responds', 'reiterates', 'points out', 'goes on', 'continues', 'reports', 'tweets', 'asserts', 'contends', 'alleges', 'testifies', 'concedes']);
/**
 * Base forms that are verbs only (never a noun in news copy), read as a plural subject's present report
 * (`Critics argue that …`, `officials insist …`). `say`/`tell` are listed in `speechVerbs` already.
 */
export const PLURAL_PRESENT = ['argue', 'insist', 'contend', 'warn', 'acknowledge', 'explain', 'maintain', 'predict', 'allege', 'assert', 'complain', 'concede', 'admit', 'emphasize', 'emphasise', 'stress', 'reiterate', 'testify'];
const forms = bases.flatMap(([, past, third]) => [past, ...(PRESENT_OK.has(third) ? [third] : [])]);
/** `-ing` forms that open a second reported clause (`, noting that …`). */
export const PARTICIPLES = bases.map((b) => b[3]).filter((x): x is string => Boolean(x) && x !== 'warning' && x !== 'writing');

export const en: QuoteLexicon = {
  language: 'en',
  speechVerbs: [...forms, ...PLURAL_PRESENT, ...PROGRESSIVE_REPORTS, 'say', 'tell', 'was quoted as saying', 'were quoted as saying', 'as saying', 'liked to say', 'likes to say', 'used to say'],
  quotingVerbs: ['quoted', 'quotes', 'cited', 'cites'],
  reportingVerbs: forms.filter((f) => !/^(ask|asked|asks|post|posted|posts|comment|commented|comments|continue|continued|continues|go on|went on|goes on|remark|remarked|remarks)$/.test(f)),
  complementisers: ['that'],
  contentNouns: ['report', 'reports', 'claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations', 'rumour', 'rumours', 'rumor', 'rumors', 'suggestion', 'suggestions', 'speculation', 'assertion', 'assertions', 'charge', 'charges', 'story', 'stories', 'idea', 'notion'],
  accordingTo: ['according to', 'in the words of'],
  inWords: ['in his words', 'in her words', 'in their words'],
  pronouns: { m: ['he'], f: ['she'], plural: ['they'] },
  obliquePronouns: { m: ['him', 'his'], f: ['her'] },
  inscriptionNouns: [
    'banner', 'banners', 'sign', 'signs', 'placard', 'placards', 'slogan', 'slogans', 'headline', 'headlines', 'message',
    'messages', 'poster', 'posters', 'billboard', 'billboards', 'graffiti', 'caption', 'inscription', 'plaque', 'sticker', 'stickers',
  ],
  indefinites: ['a', 'an', 'one', 'another', 'several', 'some', 'many', 'two', 'three', 'other', 'others', 'a second'],
  definites: ['the', 'this', 'that'],
  clauseBreaks: [', while', ', but', ', although', ', though', ', whereas', '; ', ', and with', ', as well as'],
  // `, but that` is no second complement in English: the contrast stays one claim (but-continuation-en.ts, ADR 0300).
  secondComplement: [', and that', 'and would', 'and will', 'and could', 'and should', 'and had', 'and was', 'and were', 'and that', 'and said that', 'and said', 'and claimed that', 'and claimed', 'and added that', 'and warned that'],
  titleCues: [
    'documentary', 'film', 'book', 'novel', 'exercise', 'operation', 'campaign', 'slogan', 'initiative', 'exhibition',
    'programme', 'program', 'series', 'song', 'album',
    'nicknamed', 'dubbed', 'called', 'named', 'known as', 'titled', 'entitled', 'the word', 'the term', 'the words',
    'so-called', 'airport', 'newspaper', 'magazine', 'channel', 'network',
  ],
  titleCuesAfter: [
    'programme', 'program', 'campaign', 'initiative', 'project', 'scheme', 'operation', 'exercise', 'festival',
    'movement', 'coalition', 'fund', 'award', 'prize', 'brand', 'show', 'series', 'documentary', 'newspaper', 'portal',
    'film', 'movie', 'book', 'novel', 'song', 'album', 'slogan',
  ],
  leadLabels: ['update', 'updated', 'breaking', 'breaking news', 'notice', 'note', 'editor s note', 'editors note', 'correction', 'clarification', 'photo', 'photos', 'video', 'watch', 'live', 'read more', 'related', 'source', 'exclusive', 'analysis', 'opinion', 'interview', 'editorial', 'gallery', 'audio', 'podcast', 'just in', 'developing'],
  bylineMarkers: ['by', 'written by', 'reporting by', 'words by'],
  functionWords: [
    'although', 'though', 'while', 'whereas', 'if', 'unless', 'because', 'since', 'until', 'after', 'before',
    'once', 'when', 'whenever', 'where', 'wherever', 'whether', 'as', 'so', 'yet', 'or', 'nor', 'neither',
    'either', 'both', 'but', 'and', 'than', 'then', 'in', 'on', 'about', 'above', 'across', 'against', 'along', 'amid',
    'among', 'around', 'at', 'behind', 'below', 'beneath', 'beside', 'besides', 'between', 'beyond', 'by',
    'despite', 'down', 'during', 'except', 'for', 'from', 'inside', 'into', 'like', 'near', 'of', 'off', 'on',
    'onto', 'out', 'outside', 'over', 'past', 'per', 'through', 'throughout', 'to', 'toward', 'towards', 'under',
    'underneath', 'unlike', 'up', 'upon', 'via', 'with', 'within', 'without', 'the', 'a', 'an', 'this', 'that',
    'these', 'those', 'some', 'any', 'each', 'every', 'all', 'no', 'many', 'much', 'most', 'more', 'few', 'several',
    'such', 'other', 'another', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'i', 'you', 'he', 'she',
    'it', 'we', 'they', 'me', 'him', 'us', 'them', 'who', 'whom', 'whose', 'which', 'what', 'whoever', 'everyone',
    'everybody', 'someone', 'somebody', 'nobody', 'anyone', 'nothing', 'something', 'is', 'are', 'was', 'were',
    'be', 'been', 'being', 'am', 'do', 'does', 'did', 'has', 'have', 'had', 'would', 'should', 'could', 'shall',
    'must', 'might', 'even', 'also', 'only', 'just', 'still', 'now', 'here', 'there', 'however', 'meanwhile',
    'moreover', 'instead', 'indeed', 'perhaps', 'maybe', 'yes', 'not', 'never', 'always', 'often', 'sometimes',
    'already', 'soon', 'later', 'earlier', 'today', 'yesterday', 'tomorrow', 'tonight', 'again', 'too', 'very',
    'really', 'actually', 'certainly', 'clearly', 'finally', 'ultimately', 'initially', 'currently', 'previously',
    'recently', 'overall', 'thus', 'hence', 'therefore', 'otherwise', 'rather', 'almost', 'nearly', 'especially',
    'particularly', 'apparently', 'obviously', 'how', 'why', 'oh', 'well', 'please', 'thanks', 'dear', 'hey',
    'okay',
    // issue 15: sentence openers capitalised only there (`Last week, …`, `Following the vote, …`, `People close to …`)
    'last', 'next', 'following', 'people',
  ],
  titles: [
    'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr',
    'adm', 'maj', 'prof', 'rev', 'fr', 'pres', 'sec', 'amb', 'atty', 'hon', 'sir', 'dame', 'lord', 'lady',
    'messrs',
  ],
  cues: {
    pluralSpeechVerbs: ['say', 'tell', ...PLURAL_PRESENT],
    passiveSpeechVerbs: [],
    passiveSourceMarkers: ['in a statement by', 'by'],
    feminineRoleNouns: [],
    labelDeterminers: ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'such', 'so', 'called'],
    headlineLabels: ['photo', 'photos', 'video', 'source', 'read more', 'update', 'breaking', 'live', 'watch', 'analysis', 'opinion', 'interview', 'editorial', 'gallery', 'audio', 'podcast', 'exclusive'],
    answerLabels: ['A'],
    interviewCues: ['spoke to us', 'speaks to us', 'talked to us', 'talks to us', 'told us', 'sat down with us', 'in an interview with', 'in an interview'],
    frontedLeads: ['when', 'after', 'before', 'while', 'asked', 'speaking', 'commenting', 'during'],
    anonymityCues: ['anonymous', 'not to be named', 'declined to give his name', 'declined to give her name', 'not authorized', 'not authorised', 'on condition of anonymity', 'on background', 'who spoke to', 'unnamed', 'familiar with'],
    nameIntroducers: ['name as', 'name only as', 'named', 'called', 'first name', 'first name,'],
    modifierStarts: ['from', 'of', 'who', 'which', 'whose', 'that', 'where', 'at', 'in'],
    relativeWords: ['who', 'whom', 'which', 'whose'],
    relativeStems: [],
    relativePrepositions: ['with', 'to', 'by'],
    asides: ['for his part', 'for her part', 'for its part', 'for their part', 'in turn', 'however', 'meanwhile', 'in contrast'],
    leadingConjunctions: ['as', 'and', 'but', 'so', 'while', 'when'],
    coordinators: ['and', 'but'],
    subjectOpeners: ['the', 'a', 'an', 'this', 'he', 'she', 'one', 'several', 'some', 'many'],
    appositionIndefinites: ['a', 'an', 'one'],
    placePrepositions: ['in', 'of', 'from', 'at'],
    demonstratives: ['the', 'this', 'that'],
    genitiveSourcePrepositions: [],
    reportNouns: {
      nouns: ['claim', 'claims', 'allegation', 'allegations', 'tweet', 'post', 'statement', 'warning', 'warnings', 'assessment', 'announcement', 'assurance', 'assurances'],
      sources: ['of', 'by', 'from'],
      complementisers: ['that'],
    },
  },
};

/**
 * English clause words the attribution rules of issue 15 read (ADR 0134): data, not code. Kept beside
 * the lexicon object so that the shared `AttributionWords` shape (read by every language) stays as it is.
 */
export const enClauseWords = {
  /** Endings of a participle that opens an aside inside a subject phrase (`Jane Roe, wearing a cap, said`; `Roe, asked about it, said`). */
  participleEndings: ['ing', 'ed'],
  /** Words that open a lower-case apposition after a name (`Jane Roe, a delegate from Austin, Texas, said`). */
  /**
   * Forms of verbs of saying whose object is the one spoken to (`…, Roe told the Ledger.`): the noun phrase
   * after them is never their subject, unlike `…, said the mayor.`
   */
  addresseeVerbs: ['tell', 'tells', 'told', 'telling'],
  /** Kinship nouns that put a first name in apposition (`his wife, Jane,`), by the gender they tell. */
  kinNouns: {
    m: ['husband', 'son', 'father', 'brother', 'grandson', 'grandfather', 'nephew', 'uncle', 'stepson', 'stepfather', 'widower', 'fiance'],
    f: ['wife', 'daughter', 'mother', 'sister', 'granddaughter', 'grandmother', 'niece', 'aunt', 'stepdaughter', 'stepmother', 'widow', 'fiancee'],
  },
  /** Sentence-opening linkers that are no part of the subject after them (`But Roe said`, `Still, Roe …`). */
  clauseLinkers: ['and', 'but', 'yet', 'so', 'still', 'meanwhile', 'now', 'then', 'instead', 'also', 'later', 'earlier', 'again', 'indeed', 'however', 'nevertheless'],
  /** Subordinators: a name right after one is the subject of a subordinate clause, not of the sentence (`When Roe left, Doe said`). */
  subordinators: ['when', 'while', 'whilst', 'although', 'though', 'because', 'if', 'unless', 'after', 'before', 'since', 'as', 'until', 'once', 'whether', 'unlike', 'like', 'whereas'],
  /**
   * Plural nouns of people that a name before them only qualifies (`New York Times reporters asked`,
   * `Acme employees said`, `Roe supporters chanted`): the group is the subject, never the name.
   */
  peoplePlurals: [
    'reporters', 'journalists', 'correspondents', 'editors', 'officials', 'lawmakers', 'legislators', 'employees',
    'workers', 'staff', 'staffers', 'aides', 'advisers', 'advisors', 'supporters', 'voters', 'residents', 'members',
    'leaders', 'executives', 'spokesmen', 'spokespeople', 'representatives', 'negotiators', 'diplomats', 'investigators',
    'prosecutors', 'lawyers', 'attorneys', 'analysts', 'researchers', 'scientists', 'doctors', 'nurses', 'teachers',
    'students', 'fans', 'volunteers', 'protesters', 'demonstrators', 'activists', 'campaigners', 'donors', 'allies',
    'loyalists', 'critics', 'opponents', 'delegates', 'senators', 'ministers', 'soldiers', 'troops', 'police', 'agents',
  ],
  /** Words that follow a name without making it a clause subject (`Roe of Acme`, `Roe and Doe`, `Roe in 2010`). */
  notAfterSubject: ['of', 'and', 'or', 'nor', 'in', 'at', 'on', 'for', 'to', 'with', 'from', 'by', 'as', 'than', 'about', 'against', 'into', 'over', 'under', 'after', 'before', 'during', 'since', 'via', 'per', 'versus', 'vs'],
  /** Honorifics and role nouns written right before a name that tell the person's gender (folded). */
  genderedTitles: {
    m: ['mr', 'mister', 'sir', 'lord', 'king', 'prince', 'father', 'brother', 'spokesman', 'chairman', 'congressman', 'businessman', 'councilman', 'assemblyman', 'anchorman', 'frontman', 'husband', 'son', 'uncle', 'grandfather'],
    f: ['mrs', 'ms', 'miss', 'madam', 'madame', 'dame', 'lady', 'queen', 'princess', 'mother', 'sister', 'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'councilwoman', 'assemblywoman', 'anchorwoman', 'actress', 'wife', 'daughter', 'aunt', 'grandmother'],
  },
  /**
   * Determiners after which a short quote inside reported speech is still the speaker's own words: the
   * indefinite article and the possessives (`called it a “disgrace”`, `hoped with all his “heart”`); after
   * `the`/`this` a quoted word is a label put on something (`the “quiet plan”`).
   */
  ownWordsDeterminers: ['a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your'],
  /**
   * Verbs whose report may drop `that` (`Roe said the plan failed`): after these, any content that does not
   * open with a preposition or an adverbial of time is the report.
   */
  zeroThatVerbs: ['said', 'says', 'say', 'told', 'added', 'denied', 'noted', 'claimed', 'warned', 'argued', 'insisted', 'stressed', 'admitted', 'confirmed', 'estimated', 'as saying', 'argue', 'argues', 'insist', 'insists', 'contend', 'contends', 'contended', 'asserted', 'asserts', 'maintains', 'maintained', 'conceded', 'concedes', 'concede', 'complained', 'complain', 'complains', ...PROGRESSIVE_ZERO_THAT],
  /**
   * Verbs that drop `that` but also take a plain object (`announced the deal`, `reported earnings`): their
   * report needs a clause, a subject pronoun first or an auxiliary within the first words (`announced it
   * would close`, `acknowledged the plan had failed`).
   */
  zeroThatClauseVerbs: ['announced', 'announces', 'reported', 'reports', 'acknowledged', 'acknowledges', 'acknowledge', 'explained', 'explains', 'explain', 'predicted', 'predicts', 'predict', 'revealed', 'reveals', 'wrote', 'writes', 'tweeted', 'tweets', 'declared', 'declares', 'suggested', 'suggests', 'recalled', 'recalls', 'testified', 'promised', 'promises', 'vowed', 'vows', 'pledged', 'pledges', 'warn', 'warns', 'agreed', 'agrees', 'emphasized', 'emphasised', 'reiterated', 'posted', 'alleged', 'alleges', 'joked', 'lamented', 'boasted', 'cautioned'],
  /** Verbs of saying no adjective shares: a count or `some` before one is its subject (`About three in 10 said …`, `Some say …`). */
  countSubjectVerbs: ['said', 'say', 'says', 'told', 'tell', 'tells', ...PLURAL_PRESENT],
  /** Verbs of commitment whose report is an infinitive (`vowed to keep the pier open`, `promised not to raise fares`). */
  commitmentVerbs: ['vowed', 'vows', 'promised', 'pledged', ...PROGRESSIVE_COMMITMENTS, ...presentReport.infinitive],
  /** Finite auxiliaries and modals: one of them after a verb of saying opens a clause, not a postposed subject. */
  finiteAuxiliaries: ['is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'has', 'have', 'had', 'did', 'does', 'do', 'am', 'shall'],
  /** Words that close a postposed subject and open an adjunct (`, said Jane Roe on Tuesday`, `… in a statement`). */
  postposedSubjectEnders: ['on', 'in', 'at', 'during', 'after', 'before', 'last', 'this', 'yesterday', 'today', 'earlier', 'later', 'late', 'when', 'while', 'as'],
  /** Conjunctions that join a second report with its own subject (`…, and Vos said …`, `… but Roe argued …`). */
  reportJoiners: ['and', 'but', 'while', 'whereas'],
  /** Words that join two quoted phrases of one speaker (`“reckless” and “late”`, `“late,” “costly” or “unfair”`). */
  quoteJoiners: ['and', 'or', 'but', 'and even', 'and also', 'if not'],
  /** Documents a source phrase can name before its author (`according to a report by X`, `a tally from X`). */
  sourceDocuments: ['report', 'reports', 'study', 'survey', 'poll', 'analysis', 'tally', 'count', 'memo', 'post', 'statement', 'review', 'estimate', 'estimates', 'data', 'figures', 'filing', 'filings', 'records', 'transcript', 'release', 'account', 'letter', 'article', 'story', 'investigation', 'audit', 'projection', 'projections', 'research', 'tweet', 'blog post', 'press release', 'news release'],
  /** Last words of newspaper and broadcaster names (`the Harbour Gazette`, `the Times`, `the Daily Mail`). */
  mastheadWords: ['Times', 'Post', 'Journal', 'Gazette', 'Herald', 'Tribune', 'Guardian', 'Telegraph', 'Mail', 'News', 'Chronicle', 'Observer', 'Independent', 'Sun', 'Star', 'Globe', 'Examiner', 'Inquirer', 'Register', 'Standard', 'Express', 'Mirror', 'Economist', 'Atlantic', 'Hill', 'Review', 'Bulletin', 'Dispatch', 'Courier', 'Press', 'Monitor', 'Report', 'Magazine', 'Radio', 'Television', 'TV', 'Network'],
  /**
   * Occupation nouns written right before a name that opens a sentence (`Radio host Jane Roe said`, `The
   * county clerk Jane Roe said`): with the lower-case words before them they are the name's pre-modifiers.
   */
  occupationNouns: ['host', 'anchor', 'columnist', 'commentator', 'pundit', 'reporter', 'journalist', 'correspondent', 'editor', 'writer', 'author', 'blogger', 'officer', 'pollster', 'strategist', 'consultant', 'operative', 'adviser', 'advisor', 'aide', 'lawyer', 'attorney', 'economist', 'historian', 'scientist', 'researcher', 'scholar', 'activist', 'organizer', 'donor', 'fundraiser', 'businessman', 'businesswoman', 'executive', 'entrepreneur', 'investor', 'developer', 'pastor', 'preacher', 'bishop', 'rabbi', 'imam', 'priest', 'teacher', 'student', 'nurse', 'doctor', 'physician', 'veteran', 'voter', 'resident', 'supporter', 'delegate', 'candidate', 'nominee', 'hopeful', 'challenger', 'incumbent', 'lawmaker', 'legislator', 'clerk', 'sheriff', 'judge', 'prosecutor', 'detective', 'actor', 'actress', 'comedian', 'singer', 'musician', 'rapper', 'star', 'billionaire', 'mogul', 'farmer', 'owner', 'worker', 'chef'],
  /** Determiners after which a name followed by a lower-case word modifies a noun (`the Roe campaign`, `a Roe victory`). */
  attributiveDeterminers: ['the', 'a', 'an', 'this', 'that', 'every', 'any', 'no'],
  /** Words that coordinate subjects (`Roe, Doe and the mayor`): a segment holding one is no apposition. */
  appositionCoordinators: ['and', 'or', 'nor', '&'],
  appositionOpeners: ['a', 'an', 'the', 'one', 'who', 'whose', 'along', 'together', 'like', 'also', 'now', 'then', 'once', 'himself', 'herself', 'both', 'each', 'chairman', 'chairwoman', 'chair', 'president', 'director', 'spokesman', 'spokeswoman', 'spokesperson'],
};
