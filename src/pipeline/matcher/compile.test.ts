import { describe, expect, it } from 'vitest';
import type { Article } from '../../model/article.js';
import type { Topic } from '../../model/watchlist.js';
import { compileWatchlist } from './compile.js';

function topic(id: string, terms: string[], exclude: string[] = []): Topic {
  return { id, name: id, terms, exclude, priority: 'digest', workspace: null };
}

/** Article from a headline and body paragraphs; `language` optional. */
function article(paragraphs: string[], language?: string): Article {
  return { paragraphs, language: language ?? null };
}

/** Surface forms of the topic's mentions (empty when the topic did not match). */
function forms(topics: Topic[], paragraphs: string[], language?: string, id = topics[0].id): string[] {
  const m = compileWatchlist(topics)
    .match(article(paragraphs, language))
    .find((x) => x.topicId === id);
  return m ? m.mentions.map((x) => x.text) : [];
}

const kosovo = [topic('kosovo', ['Kosovo', 'Kosova'])];
const resolution = [topic('resolution-1244', ['Resolution 1244', 'UNSCR 1244', 'Rezolucija 1244', 'Rezoluta 1244'])];
const nisCenter = [
  topic(
    'nis-center',
    [
      'Russian-Serbian Humanitarian Center',
      'Rusko-srpski humanitarni centar',
      'Qendra Humanitare Ruso-Serbe',
      'humanitarian center NEAR/4 Nis',
      'humanitarni centar NEAR/4 Niš',
    ],
    ['Red Cross', 'Crveni krst', 'Kryqi i Kuq'],
  ),
];
const nis = [topic('nis', ['Niš'])];

describe('phrases and normalisation', () => {
  it('matches case, diacritic and script variants (en, sr-Latn, sr-Cyrl)', () => {
    expect(forms(nis, ['Flights diverted to Nis and NIŠ airport'], 'en')).toEqual(['Nis']);
    expect(forms(kosovo, ['KOSOVO TODAY', 'Situation in kosovo is calm.'], 'en')).toEqual(['KOSOVO', 'kosovo']);
    expect(forms(resolution, ['Министар: Резолуција 1244 је на снази.'], 'sr-Cyrl')).toEqual(['Резолуција 1244']);
    expect(forms([topic('dj', ['Đorđe Petrović'])], ['Djordje Petrovic je rekao da je Ђорђе Петровић isti čovek.'])).toEqual([
      'Djordje Petrovic',
      'Ђорђе Петровић',
    ]);
  });
  it('transliterates Russian Cyrillic too', () => {
    expect(forms(kosovo, ['Россия и Косово: позиция Москвы не изменилась.'])).toEqual(['Косово']);
  });
  it('treats hyphen, dash, space and apostrophe variants alike', () => {
    const t = nisCenter;
    expect(forms(t, ['The Russian–Serbian Humanitarian Center said.'], 'en')).toEqual(['Russian–Serbian Humanitarian Center']);
    expect(forms(t, ['The Russian Serbian humanitarian center said.'], 'en')).toEqual(['Russian Serbian humanitarian center']);
    expect(forms([topic('o', ["O'Brien"])], ['Mary O’Brien said so.'], 'en')).toEqual(['O’Brien']);
  });
  it('respects word boundaries', () => {
    expect(forms(kosovo, ['Kosovoland is a theme park; Kosovars went there.'], 'en')).toEqual([]);
    expect(forms(resolution, ['UNSCR12440 is a code.'], 'en')).toEqual([]);
    expect(forms(resolution, ['Posts tagged #UNSCR1244 spread.'], 'en')).toEqual(['UNSCR1244']);
  });
  it('reports offsets into the original paragraph, also for decomposed input', () => {
    const p = 'U Nis\u030cu i u Kosovu, danas.';
    const m = compileWatchlist([...nis, ...kosovo]).match(article(['Naslov', p], 'sr-Latn'));
    const all = m.flatMap((x) => x.mentions);
    for (const x of all) expect(p.slice(x.start, x.end)).toBe(x.text);
    expect(all.map((x) => [x.topicId, x.paragraph, x.text])).toEqual([
      ['nis', 1, 'Nis\u030cu'],
      ['kosovo', 1, 'Kosovu'],
    ]);
  });
  it('needs every word of a multi-word term (an unrelated 1244 is not Resolution 1244)', () => {
    expect(forms(resolution, ['Flight 1244 from Zurich landed in Niš; the resolution was clear.'], 'en')).toEqual([]);
    expect(forms(resolution, ['Sud je odložio predmet P 1244/2025, a rezolucija nije spomenuta.'], 'sr-Latn')).toEqual([]);
    expect(forms(resolution, ['Петиција са 1.244 потписа и Резолуција о заштити обала.'], 'sr-Cyrl')).toEqual([]);
    expect(forms(resolution, ['Rezoluta e re dhe 1244 nënshkrime.'], 'sq')).toEqual([]);
  });
});

describe('inflection', () => {
  it('Serbian/Croatian/Bosnian case endings', () => {
    const text = ['Sever Kosova', 'Na Kosovu je mirno, a sa Kosovom se bave ambasade. U Nišu i iz Niša.'];
    expect(forms(kosovo, text, 'sr-Latn')).toEqual(['Kosova', 'Kosovu', 'Kosovom']);
    expect(forms(nis, text, 'sr-Latn')).toEqual(['Nišu', 'Niša']);
    expect(forms(resolution, ['Poštovanje Rezolucije 1244 i pozivanje na Rezoluciju 1244.'], 'sr-Latn')).toEqual(['Rezolucije 1244', 'Rezoluciju 1244']);
    expect(forms(resolution, ['Москва се позива на Резолуцији 1244.'], 'sr-Cyrl')).toEqual(['Резолуцији 1244']);
  });
  it('a base form the stemmer over-cuts still matches its case forms (Brisel / Briselu)', () => {
    const brussels = [topic('b', ['Brisel'])];
    expect(forms(brussels, ['Dijalog u Briselu', 'Iz Brisela je stigla poruka, a Brisel ćuti.'], 'sr-Latn')).toEqual(['Briselu', 'Brisela', 'Brisel']);
    expect(forms(brussels, ['Бриселом се бави министар.'], 'sr-Cyrl')).toEqual(['Бриселом']);
  });
  it('the fleeting a of centar (centra, centru) and adjective endings', () => {
    expect(forms(nisCenter, ['Spasioci iz Rusko-srpskog humanitarnog centra stigli su.'], 'sr-Latn')).toEqual(['Rusko-srpskog humanitarnog centra']);
    expect(forms(nisCenter, ['Zaposleni u humanitarnom centru u Nišu kažu da je mirno.'], 'sr-Latn')).toEqual(['humanitarnom centru u Nišu']);
    expect(forms(nisCenter, ['Стручњаци Руско-српског хуманитарног центра из Ниша.'], 'sr-Cyrl')).toEqual(['Руско-српског хуманитарног центра из Ниша']);
  });
  it('Albanian case and definiteness endings', () => {
    expect(forms(kosovo, ['E ardhmja e Kosovës', 'Seancat për Kosovën dhe Fushë Kosovë.'], 'sq')).toEqual(['Kosovës', 'Kosovën', 'Kosovë']);
    expect(forms(nisCenter, ['Roli i Qendrës Humanitare Ruso-Serbe në Nish.'], 'sq')).toEqual(['Qendrës Humanitare Ruso-Serbe']);
    expect(forms(resolution, ['Zbatimi i Rezolutës 1244 mbetet i detyrueshëm.'], 'sq')).toEqual(['Rezolutës 1244']);
  });
  it('English plurals and possessives', () => {
    expect(forms(kosovo, ["Kosovo's future and Kosovo’s army"], 'en')).toEqual(["Kosovo's", 'Kosovo’s']);
    expect(forms([topic('c', ['humanitarian center'])], ['Two humanitarian centers opened.'], 'en')).toEqual(['humanitarian centers']);
  });
  it('guesses the language when the article does not say', () => {
    expect(forms(kosovo, ['Hapšenja na Kosovu', 'Policija je saopštila da su osumnjičeni uhapšeni na Kosovu i da je istraga u toku.'])).toEqual([
      'Kosovu',
      'Kosovu',
    ]);
    // A paragraph that clearly reads as another language uses that language's model.
    expect(
      forms(
        kosovo,
        [
          'Protest in the north',
          'The minister said that the police and the prosecutors were in charge of it.',
          'Ministar je rekao da je situacija na Kosovu teška i da se mora rešiti.',
        ],
        'en',
      ),
    ).toEqual(['Kosovu']);
    // Serbian names do not take an English paragraph away from the English model.
    expect(forms(kosovo, ['Talks', 'Vučić, Dačić and Đurić discussed Kosovo’s future.'], 'en')).toEqual(['Kosovo’s']);
    // Too short to tell: every inflection model is tried.
    expect(forms(kosovo, ['Kosovës'])).toEqual(['Kosovës']);
  });
});

describe('false friends', () => {
  it('nisu / nisam / nisi are not Niš', () => {
    const text = ['„Nisam došao da se bavim politikom“', 'Porodice nisu dobile informaciju, a ti nisi kriv. Nismo mi krivi.'];
    expect(forms(nis, text, 'sr-Latn')).toEqual([]);
    expect(forms(nis, ['„Нисам очекивао толико муниције“, рекао је.'], 'sr-Cyrl')).toEqual([]);
    expect(forms(nis, ['Debati për statusin e qendrës nisi në vitin 2014.'], 'sq')).toEqual([]);
  });
  it('the Nišava river is not Niš', () => {
    expect(forms(nis, ['The Nišava burst its banks; the Nisava valley flooded.'], 'en')).toEqual([]);
    expect(forms(nis, ['На кеју Нишаве, поред Нишаве.'], 'sr-Cyrl')).toEqual([]);
    expect(forms(nis, ['Na keju Nišave gradi se pumpa.'], 'sr-Latn')).toEqual([]);
  });
});

describe('case rules', () => {
  const company = [topic('company', ['=NIS'])];
  it('`=WORD` in capitals matches only capitals: the city Nis is not the company =NIS', () => {
    expect(forms(company, ['NIS raises fuel prices in Nis.'], 'en')).toEqual(['NIS']);
    expect(forms(company, ['НИС гради нову пумпу у Нишу.'], 'sr-Cyrl')).toEqual(['НИС']);
    expect(forms(company, ["NIS's profits rose; they are not in Nis."], 'en')).toEqual(["NIS's"]);
    expect(forms(company, ['Oni nisu došli. Nisu došli u Niš.'], 'sr-Latn')).toEqual([]);
  });
  it('an acronym term in capitals also takes the title-case house style, never lower case', () => {
    const alliances = [topic('nato', ['NATO', 'KFOR', 'UNMIK'])];
    expect(forms(alliances, ["The Nato summit and NATO's chief; Kfor troops and Unmik police, not the nato cafe."], 'en')).toEqual([
      'Nato',
      "NATO's",
      'Kfor',
      'Unmik',
    ]);
    expect(forms(alliances, ['Trupe Kfora i NATO-a, policija Unmika.'], 'sr-Latn')).toEqual(['Kfora', 'NATO', 'Unmika']);
    expect(forms([topic('okb', ['OKB'])], ['Kelmendi në OKB, jo në okb.'], 'sq')).toEqual(['OKB']);
  });
  it('the house style needs four letters or more: a short acronym is not the ordinary word', () => {
    const short = [topic('who', ['WHO']), topic('us', ['US'])];
    const found = compileWatchlist(short).match(article(['Who pays?', 'Us first, said the mayor; then the WHO and the US agreed.'], 'en'));
    expect(found.map((x) => [x.topicId, x.mentions.map((y) => y.text)])).toEqual([
      ['who', ['WHO']],
      ['us', ['US']],
    ]);
  });
  it('an acronym term keeps its letters: the dateline NIŠ is not NIS, whatever the inflection', () => {
    expect(forms([topic('company', ['NIS'])], ['NIŠ – The NIS depot and the NIS’s tanks.'], 'en')).toEqual(['NIS', 'NIS’s']);
    expect(forms([topic('company', ['=NIS'])], ['NIŠ – Radnici NIS-a kod НИШ-а.'], 'sr-Latn')).toEqual(['NIS']);
    expect(forms([topic('nato', ['NATO'])], ['Prema Natu i sa Natom, rekao je ambasador.'], 'sr-Latn')).toEqual(['Natu', 'Natom']);
  });
  it('possessives with either apostrophe, in capitals or in the house style', () => {
    const alliances = [topic('nato', ['NATO', 'KFOR', 'UNMIK'])];
    expect(forms(alliances, ['Nato’s envoy met KFOR’s commander and Unmik’s chief at NATO’s office.'], 'en')).toEqual([
      'Nato’s',
      'KFOR’s',
      'Unmik’s',
      'NATO’s',
    ]);
  });
  it('`=` needs a word in capitals', () => {
    expect(() => compileWatchlist([topic('x', ['=Nis'])])).toThrow(/=Nis/);
  });
  it('a mixed-case term never matches an all-capitals token of four letters or fewer', () => {
    const nisEn = [topic('nis', ['Nis'])];
    expect(forms(nisEn, ['NIS secures a licence; drivers in Nis queue.'], 'en')).toEqual(['Nis']);
    expect(forms(nis, ['Naftna industrija Srbije (NIS) i NIŠ – grad.'], 'sr-Latn')).toEqual([]);
    expect(forms(nis, ['Нафтна индустрија Србије (НИС) у Нишу.'], 'sr-Cyrl')).toEqual(['Нишу']);
    // Longer all-capitals words (headlines) still match.
    expect(forms(kosovo, ['KOSOVA SOT'], 'sq')).toEqual(['KOSOVA']);
  });
});

describe('inflected surnames', () => {
  it('sr: the instrumental after a soft consonant (-ićem) is the surname', () => {
    const vucic = [topic('vucic', ['Vučić', 'Lazović'])];
    expect(forms(vucic, ['Razgovarao je sa Vučićem, a zatim sa Lazovićem i Vučićevom strankom.'], 'sr-Latn')).toEqual(['Vučićem', 'Lazovićem']);
    expect(forms(vucic, ['Састанак са Вучићем.'], 'sr-Cyrl')).toEqual(['Вучићем']);
  });
  it('sr: other -ićem surnames, in both scripts, and the other cases beside them', () => {
    const people = [topic('people', ['Vučić', 'Lazović', 'Đurić'])];
    expect(forms(people, ['Ručak sa Đurićem i Lazovićem, pa pismo Vučiću.'], 'sr-Latn')).toEqual(['Đurićem', 'Lazovićem', 'Vučiću']);
    expect(forms(people, ['Разговор са Лазовићем и Ђурићем о Вучићу.'], 'sr-Cyrl')).toEqual(['Лазовићем', 'Ђурићем', 'Вучићу']);
    // the lexeme trap still holds: `nisu` is never the city, not even next to a -em surname
    expect(forms([topic('nis', ['Niš'])], ['Sa Vučićem nisu razgovarali u Nišem.'], 'sr-Latn')).toEqual(['Nišem']);
  });
});

describe('relational adjectives (sr)', () => {
  it('a place name takes its -ski adjective in every case and gender, in both scripts', () => {
    expect(forms(kosovo, ['Sud u Kosovskoj Mitrovici odlučuje o kosovskim imanjima.'], 'sr-Latn')).toEqual(['Kosovskoj', 'kosovskim']);
    expect(forms(kosovo, ['Адвокат из Косовске Митровице о косовском правосуђу.'], 'sr-Cyrl')).toEqual(['Косовске', 'косовском']);
  });
  it('only for a name: not an acronym, not a neighbouring word, not in English', () => {
    expect(forms(nis, ['Nišavski okrug i Nišava.'], 'sr-Latn')).toEqual([]);
    expect(forms([topic('nato', ['NATO'])], ['Natoski? Ne postoji.'], 'sr-Latn')).toEqual([]);
    expect(forms(kosovo, ['The kosovski dialect.'], 'en')).toEqual([]);
  });
});

describe('NEAR', () => {
  const near = [topic('nc', ['humanitarian center NEAR/4 Nis'])];
  it('matches either order within n words, in one sentence', () => {
    expect(forms(near, ['The humanitarian center in Niš opened.'], 'en')).toEqual(['humanitarian center in Niš']);
    expect(forms(near, ['In Nis, the new Russian humanitarian center opened.'], 'en')).toEqual(['Nis, the new Russian humanitarian center']);
    // five words between is one too many; four is the limit
    expect(forms(near, ['The humanitarian center, based at the airport of Nis, opened.'], 'en')).toEqual([]);
    expect(forms(near, ['The humanitarian center, based at airport in Nis, opened.'], 'en')).toEqual(['humanitarian center, based at airport in Nis']);
  });
  it('does not match beyond n words or across sentences', () => {
    expect(forms(near, ['The humanitarian center was set up in 2012 near the city of Nis.'], 'en')).toEqual([]);
    expect(forms(near, ['They opened a humanitarian center. Nis was far.'], 'en')).toEqual([]);
    expect(forms(near, ['humanitarian center', 'in Nis'], 'en')).toEqual([]);
  });
  it('works with inflected sides (sr) and NEAR/0', () => {
    expect(forms(nisCenter, ['Centar je humanitarni centar u Nišu.'], 'sr-Latn')).toEqual(['humanitarni centar u Nišu']);
    const zero = [topic('z', ['Kosovo NEAR/0 Polje'])];
    expect(forms(zero, ['Kosovo Polje and Polje Kosovo'], 'en')).toEqual(['Kosovo Polje', 'Polje Kosovo']);
    expect(forms(zero, ['Kosovo, the Polje'], 'en')).toEqual([]);
  });
});

describe('exclude', () => {
  it('drops a mention when an exclude term is in the same sentence', () => {
    const p = 'The Red Cross opened a humanitarian center near Nis. The humanitarian center in Nis is Russian-run.';
    expect(forms(nisCenter, [p], 'en')).toEqual(['humanitarian center in Nis']);
    expect(forms(nisCenter, ['Crveni krst je otvorio humanitarni centar u Nišu.'], 'sr-Latn')).toEqual([]);
    expect(forms(nisCenter, ['Kryqi i Kuq dhe Qendra Humanitare Ruso-Serbe.'], 'sq')).toEqual([]);
    expect(forms(nisCenter, ['Кризни штаб и Црвени крст отворили су хуманитарни центар у Нишу.'], 'sr-Cyrl')).toEqual([]);
  });
  it('treats -term inside terms as an exclude term', () => {
    const t = [topic('k', ['Kosovo', '-Kosovo Polje'])];
    expect(forms(t, ['Kosovo Polje voted. Kosovo waits.'], 'en')).toEqual(['Kosovo']);
  });
  it('an exclude term of one topic does not affect another', () => {
    const two = [topic('a', ['Niš'], ['NIS']), topic('b', ['Niš'])];
    const m = compileWatchlist(two).match(article(['NIS raises prices in Niš.'], 'en'));
    expect(m.map((x) => x.topicId)).toEqual(['b']);
  });
});

describe('results', () => {
  it('returns only topics with mentions, in watchlist order, with merged overlapping mentions', () => {
    const all = [...kosovo, ...resolution, ...nisCenter];
    const m = compileWatchlist(all).match(
      article(['Russian-Serbian Humanitarian Center in Niš', 'Nothing about the other topics here, said the mayor of the city.'], 'en'),
    );
    expect(m.map((x) => x.topicId)).toEqual(['nis-center']);
    expect(m[0].mentions).toEqual([
      {
        topicId: 'nis-center',
        term: 'Russian-Serbian Humanitarian Center',
        text: 'Russian-Serbian Humanitarian Center in Niš',
        paragraph: 0,
        start: 0,
        end: 42,
      },
    ]);
  });
  it('scores title over lead over body, and more mentions higher', () => {
    const score = (paragraphs: string[]) => compileWatchlist(kosovo).match(article(paragraphs, 'en'))[0].relevance;
    const filler = 'Nothing to see.';
    const title = score(['Kosovo votes', filler, filler, filler, filler]);
    const lead = score(['Votes', 'Kosovo votes today.', filler, filler, filler]);
    const body = score(['Votes', filler, filler, filler, 'Kosovo votes today.']);
    const many = score(['Votes', filler, 'Kosovo votes.', 'Kosovo counts.', 'Kosovo waits.']);
    expect(title).toBeGreaterThan(lead);
    expect(lead).toBeGreaterThan(body);
    expect(many).toBeGreaterThan(body);
    for (const s of [title, lead, body, many]) {
      expect(s).toBeGreaterThan(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });
  it('returns [] for an article without mentions or paragraphs', () => {
    const m = compileWatchlist(kosovo);
    expect(m.match(article([''], 'en'))).toEqual([]);
    expect(m.match(article(['Serbia and Montenegro'], 'en'))).toEqual([]);
  });
  it('rejects an invalid term at compile time', () => {
    expect(() => compileWatchlist([topic('x', ['a NEAR/'])])).toThrow(/invalid term "a NEAR\/"/);
  });
});

describe('an English possessive in text read as another language', () => {
  it("matches Kosovo's in a paragraph that reads as Serbian or Albanian", () => {
    const sr = ["Vesti dana: Đurić i Brnabić o tome šta Kosovo's perspective znači", 'Telo članka bez pomena.'];
    expect(forms(kosovo, sr)).toEqual(["Kosovo's"]);
    expect(forms(kosovo, sr, 'sr-Latn')).toEqual(["Kosovo's"]);
    expect(forms(kosovo, ['Lajmet: Kosovo’s future në Bruksel, tha ministrja e jashtme.'], 'sq')).toEqual(['Kosovo’s']);
  });

  it('keeps the traps: an apostrophe does not turn a Serbian function word into a name', () => {
    expect(forms(nis, ["Oni nisu's tim, rekao je Đorđević u Čačku."], 'sr-Latn')).toEqual([]);
  });
});
