import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('direct quotes and attribution', () => {
  it('en: speaker after the quote, role and pronoun references to one person', () => {
    const qs = quotes(
      'Envoy speaks',
      'The Russian ambassador to Serbia, Alexander Botsan-Kharchenko, met students on Monday.',
      '„We have influence and we use it in the Council,“ the ambassador said.',
      '„Everything he said was said in the best possible way,“ he added.',
      '„This diplomat does not comment on rumours of any kind,“ this diplomat said.',
    );
    for (const w of ['We have influence', 'Everything he said', 'does not comment']) {
      expect(find(qs, w)).toMatchObject({ kind: 'direct', speaker: 'Alexander Botsan-Kharchenko' });
    }
    expect(find(qs, 'We have influence')?.speakerRole).toMatch(/ambassador/i);
  });

  it('en: a differently qualified ambassador is someone else', () => {
    const qs = quotes(
      'Two ambassadors',
      'The Russian ambassador to Serbia, Alexander Botsan-Kharchenko, spoke on Monday.',
      '„The resolution remains fully in force today,“ the Russian ambassador in Washington said.',
    );
    expect(find(qs, 'remains fully')?.speaker).toBeNull();
  });

  it('en: a colon hands the next paragraphs to the speaker and the quote runs over two paragraphs', () => {
    const qs = quotes(
      'Talks',
      'After the meeting, Tomas Lindqvist said:',
      '“Today we had a frank and difficult discussion.',
      '“There are no shortcuts, and there is no alternative.”',
    );
    expect(qs.filter((q) => q.kind === 'direct')).toHaveLength(1);
    expect(qs[0]).toMatchObject({
      text: 'Today we had a frank and difficult discussion. There are no shortcuts, and there is no alternative.',
      speaker: 'Tomas Lindqvist',
      paragraph: 2,
    });
  });

  it('en: a quote paragraph with no attribution continues the previous speaker', () => {
    const qs = quotes('H', '"We asked for help on Wednesday," Dejan Milosavljević said.', '"The aircraft was in the air twelve hours later."');
    expect(find(qs, 'aircraft')?.speaker).toBe('Dejan Milosavljević');
  });

  it('en: dash attribution and unnamed sources stay null', () => {
    const qs = quotes('H', 'A Russian diplomat who asked not to be named was more blunt. “They want the mission to disappear quietly,” he said.');
    expect(find(qs, 'disappear')).toMatchObject({ kind: 'direct', speaker: null });
  });

  it('en: a party named after "according to" speaks later as "the party"; an audience is not a report', () => {
    const qs = quotes(
      'H',
      'According to the Serbian List, the police entered Zvečan again on Monday night.',
      '„This is terror against the Serbian people,“ the party said in a statement.',
      '„There will be no mono-ethnic association,“ Albin Kurti told a press conference in Pristina.',
    );
    expect(find(qs, 'police entered')?.speaker).toBe('Serbian List');
    expect(find(qs, 'terror')?.speaker).toBe('Serbian List');
    expect(find(qs, 'press conference')).toBeUndefined();
  });

  it('sr: a coordinated predicate takes the clause subject (`X obišla je … i najavila da …`)', () => {
    const qs = quotes(
      'Naslov',
      'GRAČANICA – Ministarka za ljudska prava Tijana Simonović obišla je danas sela oko Gračanice i najavila da će Vlada obezbediti sredstva za obnovu kuća.',
    );
    expect(find(qs, 'Vlada obezbediti')).toMatchObject({ kind: 'indirect', speaker: 'Tijana Simonović' });
  });

  it('en: a participle with its own subject after the verb speaks (`recalls a Serbian official telling a colleague:`)', () => {
    const qs = quotes(
      'H',
      'In her memoir, Albulena Kryeziu recalls a Serbian official telling a colleague in a corridor: ‘They will sign anything, as long as nothing changes.’',
    );
    expect(find(qs, 'sign anything')).toMatchObject({ kind: 'direct', speaker: null });
  });

  it('sr: a former ambassador is not the current one', () => {
    const qs = quotes(
      'Naslov',
      'Ambasador Srbije pri UN Aleksandar Mirković i bivši ambasador Petar Vujošević govorili su na tribini.',
      '„Svaki put kada neko pokuša da skine Kosovo sa dnevnog reda, ne uspe“, rekao je Mirković.',
      'Bivši ambasador je na to odgovorio: „Nije reč o tome ko je uspeo, nego koliko dugo držimo liniju.“',
    );
    expect(find(qs, 'Nije reč')?.speaker).toBe('Petar Vujošević');
  });

  it('en: coordinated predicates after "said" give two reported clauses', () => {
    const qs = quotes(
      'H',
      'KFOR spokesperson Marco Benedetti said the soldiers were acting under UNSCR 1244 and would stay on the bridge as long as necessary.',
    );
    expect(find(qs, 'soldiers were acting')?.text).toBe('the soldiers were acting under UNSCR 1244');
    expect(find(qs, 'stay on the bridge')?.speaker).toBe('Marco Benedetti');
  });

  it('sr: a passive report names its institution in the nominative', () => {
    const qs = quotes('Naslov', '– Ovo je teror nad srpskim narodom – navodi se u saopštenju Srpske liste.');
    expect(qs[0]).toMatchObject({ kind: 'direct', speaker: 'Srpska lista' });
  });

  it('en: "he" skips a woman named just before (gender from first names; English "on" is no pronoun)', () => {
    const qs = quotes(
      'H',
      'Kosovo President Vjosa Osmani said on Friday that Russia was using Serbia to destabilise the region.',
      'Serbian President Aleksandar Vučić dismissed her remarks as "nonsense".',
      '"She says the same thing every year, and every year she is wrong," he told reporters.',
    );
    expect(find(qs, 'same thing')?.speaker).toBe('Aleksandar Vučić');
  });

  it('sr-Cyrl: an institution after "Из" is named in the nominative', () => {
    const qs = quotes('Наслов', 'Из Министарства спољних послова Косова одговорили су да је реч о старој реторици.');
    expect(qs[0]).toMatchObject({ kind: 'indirect', speaker: 'Министарство спољних послова Косова' });
  });

  it('en: organisations speak', () => {
    const qs = quotes(
      'H',
      'The Serbian Ministry of Foreign Affairs protested on Monday.',
      '"Arming the KSF undermines regional stability," the ministry wrote on X.',
    );
    expect(find(qs, 'Arming')?.speaker).toBe('Serbian Ministry of Foreign Affairs');
  });

  it('sr-Latn: „…“, rekao je X and the gender of a subject-less verb', () => {
    const qs = quotes(
      'Naslov',
      'Ministar Dragan Lazović i profesorka Jelena Marinković govorili su u Beogradu.',
      '„Ta rezolucija usvojena je bez ijednog glasa protiv“, rekao je Lazović.',
      '„Istina je da rezolucija konačni status ostavlja otvorenim”, rekla je.',
    );
    expect(find(qs, 'Ta rezolucija')).toMatchObject({ kind: 'direct', speaker: 'Dragan Lazović' });
    expect(find(qs, 'Istina je')?.speaker).toBe('Jelena Marinković');
  });

  it('sr-Latn: dash-led speech is direct', () => {
    const qs = quotes(
      'Naslov',
      'Ministar spoljnih poslova Dragan Lazović izjavio je danas da je sve u redu.',
      '- Nama niko ne može da kaže da je Kosovo završena priča - rekao je ministar.',
    );
    expect(find(qs, 'Nama niko')).toMatchObject({ kind: 'direct', speaker: 'Dragan Lazović' });
  });

  it('sr: a medium between the verb and the subject (`izjavio je za Tanjug ministar X`)', () => {
    const qs = quotes('Naslov', '„Vojska je spremna da odgovori na svaku pretnju“, izjavio je za Tanjug ministar odbrane Miloš Vučević.');
    expect(qs[0]).toMatchObject({ kind: 'direct', speaker: 'Miloš Vučević' });
  });

  it('en/sr: inverted attribution and a name written after its institution', () => {
    const qs = quotes(
      'H',
      '"The talks were useful and we will continue them," said Ana Brnabić, the speaker of parliament.',
      '„Ovo je dobar dan za sve nas“, kazala je predsednica Skupštine Ana Brnabić.',
    );
    expect(qs.filter((q) => q.kind === 'indirect')).toEqual([]);
    expect(qs.map((q) => q.speaker)).toEqual(['Ana Brnabić', 'Ana Brnabić']);
  });

  it('ru in Cyrillic: «…», — заявил X', () => {
    const qs = quotes('Заголовок', '«Мы не признаем независимость Косова», — заявил Лавров.');
    expect(qs[0]).toMatchObject({ kind: 'direct', speaker: 'Лавров' });
  });

  it('sr-Cyrl: names come back in Cyrillic', () => {
    const qs = quotes('Наслов', '„Терен је био изузетно тежак, стрм и обрастао шибљем“, рекао је руски кодиректор центра Андреј Калињин.');
    expect(find(qs, 'Терен')).toMatchObject({ kind: 'direct', speaker: 'Андреј Калињин' });
  });

  it('sq: «…», tha X and ajo', () => {
    const qs = quotes(
      'Titull',
      'Ministrja e Jashtme, Arta Kelmendi, foli në OKB.',
      '«Kosova sot është shtet me institucione demokratike», tha Kelmendi.',
      '«Numri i shteteve rritet çdo vit», shtoi ajo.',
    );
    expect(find(qs, 'Kosova sot')?.speaker).toBe('Arta Kelmendi');
    expect(find(qs, 'Numri')?.speaker).toBe('Arta Kelmendi');
  });

  it('headline quotes take the speaker of the body quote that repeats them', () => {
    const qs = quotes(
      'Kodirektor: „Nisam došao da se bavim politikom“',
      '„Nisam došao da se bavim politikom, već da centar bude spreman“, rekao je Sergej Naumov.',
    );
    expect(qs.find((q) => q.paragraph === 0)?.speaker).toBe('Sergej Naumov');
  });
});

describe('not quotes', () => {
  it('never reports titles, nicknames, operations or scare quotes as direct or partial quotes', () => {
    const qs = quotes(
      'H',
      'Some Western media have nicknamed the compound ‘the spy nest’, a label its managers reject.',
      'RTK aired the documentary „VIRUSSIA“ about „malignant influence“ in the region.',
      'Akcija je nosila naziv „Granit“, a deo medija govori o „leposavićkoj grupi“.',
      'Kryeministri shkroi në rrjetin social «Facebook» se Kosova është gati.',
      'The ambassador said Russia ignores the intensified „false news“ about it.',
    );
    const texts = qs.filter((q) => q.kind !== 'indirect').map((q) => q.text);
    for (const bad of ['the spy nest', 'VIRUSSIA', 'malignant influence', 'Granit', 'leposavićkoj grupi', 'Facebook', 'false news']) {
      expect(texts).not.toContain(bad);
    }
  });
});

describe('partial and indirect speech', () => {
  it('en: partial quotes inside reported speech, said that, according to, in his words', () => {
    const qs = quotes(
      'H',
      'Serbian Foreign Minister Dragan Lazović said the report “does not reflect the daily reality” and claimed that Pristina was pursuing a policy of pressure.',
      'According to the minister, the center currently employs 42 people.',
      'In his words, any attempt to reduce the number of debates would be a reward for unilateral moves.',
    );
    expect(qs.find((q) => q.kind === 'partial')).toMatchObject({ text: 'does not reflect the daily reality', speaker: 'Dragan Lazović' });
    expect(find(qs, 'Pristina was pursuing')).toMatchObject({ kind: 'indirect', speaker: 'Dragan Lazović' });
    expect(find(qs, 'employs 42')).toMatchObject({ kind: 'indirect', speaker: 'Dragan Lazović' });
    expect(find(qs, 'any attempt')).toMatchObject({ kind: 'indirect', speaker: 'Dragan Lazović' });
  });

  it('en: unmarked speech closed by ", X said." and "– X said."', () => {
    const qs = quotes(
      'H',
      "The center should finally receive the status promised years ago, Russia's ambassador to Serbia, Nikolai Rudakov, said on Wednesday.",
      'The crew would keep flying as long as there was daylight – the ambassador said.',
    );
    expect(find(qs, 'status promised')).toMatchObject({ kind: 'indirect', speaker: 'Nikolai Rudakov' });
    expect(find(qs, 'keep flying')).toMatchObject({ kind: 'indirect', speaker: 'Nikolai Rudakov' });
  });

  it('en: participle clauses and reports named by a noun', () => {
    const qs = quotes(
      'H',
      "France's Minister Delegate for Europe, Étienne Marchal, on Thursday urged both sides to talk, warning that the European perspective of both was at stake.",
      'The ambassador dismissed claims by some Western officials that the center could be used for intelligence purposes.',
    );
    expect(find(qs, 'European perspective')).toMatchObject({ kind: 'indirect', speaker: 'Étienne Marchal' });
    expect(find(qs, 'intelligence purposes')).toMatchObject({ kind: 'indirect', speaker: null });
  });

  it('labels before a colon are not speakers', () => {
    const qs = quotes('Analiza: Srbija i Kosovo pred novom rundom dijaloga', 'Foto: Reuters/John Smith Jones', 'Tekst bez citata.');
    expect(qs).toEqual([]);
  });

  it('en: the "Name: claim" headline form', () => {
    const qs = quotes('Rudakov: The center asks for nothing more than NATO staff have', "Russia's ambassador, Nikolai Rudakov, spoke on Wednesday.");
    expect(qs.find((q) => q.paragraph === 0)).toMatchObject({ kind: 'indirect', speaker: 'Nikolai Rudakov' });
  });

  it('sr: X je rekao da, prema rečima X, kako je naveo', () => {
    const qs = quotes(
      'Naslov',
      'Lazović je ocenio da Priština koristi svaku priliku da predstavi misiju kao nepotrebnu.',
      'Prema rečima Naumova, centar je ove godine dobio donaciju goriva za vozila.',
    );
    expect(find(qs, 'Priština koristi')).toMatchObject({ kind: 'indirect', speaker: 'Lazović' });
    expect(find(qs, 'centar je ove')).toMatchObject({ kind: 'indirect', speaker: 'Naumova' });
  });

  it('sr-Cyrl: X је навео да and a plural unnamed subject', () => {
    const qs = quotes(
      'Наслов',
      'Амбасадор Русије у Србији Николај Рудаков изјавио је да Москва неће дозволити промене.',
      'Станари тврде да о пројекту нису били обавештени на време.',
    );
    expect(find(qs, 'Москва')).toMatchObject({ kind: 'indirect', speaker: 'Николај Рудаков' });
    expect(find(qs, 'обавештени')).toMatchObject({ kind: 'indirect', speaker: null });
  });

  it('sq: X tha se, sipas tij', () => {
    const qs = quotes(
      'Titull',
      'Përfaqësuesi i Rusisë, Dmitri Lavrenov, tha se Rezoluta 1244 mbetet në fuqi.',
      'Sipas tij, çdo ndryshim i mandatit mund të bëhet vetëm në Këshill.',
    );
    expect(find(qs, 'Rezoluta 1244 mbetet')).toMatchObject({ kind: 'indirect', speaker: 'Dmitri Lavrenov' });
    expect(find(qs, 'çdo ndryshim')).toMatchObject({ kind: 'indirect', speaker: 'Dmitri Lavrenov' });
  });

  it("Q&A interviews: answers are the interviewee's, questions are not quotes", () => {
    const qs = quotes(
      'KFOR commander Valenti: We are not leaving',
      'Italian Major General Andrea Valenti spoke to the Pristina Herald.',
      'Q: How would you describe the situation?',
      'A: Calm, but I would not call it stable.',
      'Q: Will KFOR reduce its presence?',
      'A: There are no such plans this year.',
    );
    expect(qs.some((q) => q.text.includes('How would you'))).toBe(false);
    expect(find(qs, 'Calm, but')).toMatchObject({ kind: 'indirect', speaker: 'Andrea Valenti' });
    expect(find(qs, 'no such plans')).toMatchObject({ speaker: 'Andrea Valenti' });
  });
});

describe('output', () => {
  it('gives offsets into the original paragraph, confidence and salience in [0, 1]', () => {
    const art = articleFromText('H\n\nIntro.\n\n„Ovo je dugačak citat o rezoluciji 1244 i Kosovu“, rekao je Lazović.');
    const [q] = extractQuotes(art);
    expect(art.paragraphs[q.paragraph].slice(q.start, q.end)).toBe(q.text);
    expect(q.confidence).toBeGreaterThan(0);
    expect(q.confidence).toBeLessThanOrEqual(1);
    const withMention = extractQuotes(art, { mentions: [{ topicId: 't', term: 'Kosovo', text: 'Kosovu', paragraph: 2, start: 40, end: 46 }] })[0];
    expect(withMention.salience).toBeGreaterThan(q.salience - 1e-9);
  });

  it('never throws on empty or odd input', () => {
    expect(extractQuotes({ paragraphs: [''] })).toEqual([]);
    expect(() => extractQuotes({ paragraphs: ['„', '“”"«»', "''", '– – –'] })).not.toThrow();
  });
});
