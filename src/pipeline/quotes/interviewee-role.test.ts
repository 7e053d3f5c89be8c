import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const answers = (qs: Quote[]) => qs.filter((q) => q.form === 'answer').map((q) => q.speaker);
const said = (qs: Quote[], start: string) => qs.find((q) => q.text.startsWith(start));

describe('interviews: the interviewee is the person who speaks to the outlet, never an organisation', () => {
  it('en: `Its co-director, X, … spoke to us` under a `Centre director:` headline; the centre is not the interviewee', () => {
    const qs = quotes(
      'Centre director: ‘The paintings stay in the city’',
      'By Anna Kerr',
      'For two years the Harbour Arts Centre has been told to sell part of its collection. Its new co-director, Lena Varga, who arrived in March, spoke to us about the budget.',
      'Q: Why not sell one painting to save the others?',
      'A: A museum that sells its collection stops being a museum. We have other ways to raise money.',
      'Q: Will the city help?',
      'A: The council has promised a grant. I trust it will come before winter.',
    );
    expect(said(qs, 'The paintings stay')?.speaker).toBe('Lena Varga');
    expect(answers(qs)).toEqual(['Lena Varga', 'Lena Varga']);
  });

  it('en: `X told us in an interview` names the interviewee, not the first person the introduction names', () => {
    const qs = quotes(
      'The painting stays',
      'Mayor Tom Brandt wants the museum to sell its oldest painting. Its curator, Lena Varga, told us in an interview why she refuses.',
      'Q: Why do you refuse?',
      'A: Because it was a gift to the city. A gift is not for sale.',
      'Q: What will you do instead?',
      'A: We will ask the visitors for help. Many have offered already.',
    );
    expect(answers(qs)).toEqual(['Lena Varga', 'Lena Varga']);
  });

  it('sr: `u intervjuu za` names the interviewee after the mayor the introduction names first', () => {
    const qs = quotes(
      'Slika ostaje u muzeju',
      'Gradonačelnik Petar Ilić traži da muzej proda najstariju sliku. Kustoskinja Jelena Marić u intervjuu za naš list objašnjava zašto to odbija.',
      'Pitanje: Zašto odbijate?',
      'Odgovor: Zato što je slika poklon gradu. Poklon se ne prodaje.',
      'Pitanje: Šta ćete uraditi umesto toga?',
      'Odgovor: Zamolićemo posetioce za pomoć. Mnogi su je već ponudili.',
    );
    expect(answers(qs)).toEqual(['Jelena Marić', 'Jelena Marić']);
  });
});

describe('a role with a qualifier is never a holder whose qualifier differs', () => {
  it('en: `When the German consul came, he told …` is the unnamed German consul, not the British consul named before', () => {
    const qs = quotes(
      'Museum wins praise',
      'British Consul Mark Hale said on Monday that the museum was a jewel.',
      'The museum had many guests this year. When the German consul came in May he told the guards: “This is the finest room in the city.”',
      'After the British consul toured the new wing, he said: “The city should be proud of this.”',
    );
    expect(said(qs, 'This is the finest room')?.speaker).toBeNull();
    expect(said(qs, 'The city should be proud')?.speaker).toBe('Mark Hale');
  });

  it('en: a co-director is the `director` of a role headline; a deputy director is not', () => {
    const co = quotes('Clinic director: ‘We need more nurses’', 'The clinic’s co-director, Ana Lukić, said on Monday that two wards would close.');
    expect(said(co, 'We need more nurses')?.speaker).toBe('Ana Lukić');
    const deputy = quotes(
      'Clinic director: ‘We need more nurses’',
      'The clinic’s deputy director, Ana Lukić, said on Monday that two wards would close.',
      '“We need more nurses,” the director told the council.',
    );
    expect(deputy.filter((q) => q.text.startsWith('We need more nurses')).map((q) => q.speaker)).toEqual([null, null]);
  });

  it('sr: `ruski ambasador` is not the American ambassador named before', () => {
    const qs = quotes('Luka', 'Američki ambasador Džon Dojl rekao je u ponedeljak da je plan dobar.', '„Mi smo uz vas“, rekao je ruski ambasador.');
    expect(said(qs, 'Mi smo uz vas')?.speaker).toBeNull();
  });
});

describe('an office named after its holder’s role speaks as the office', () => {
  it('en: `The Chief Prosecutor’s Office said` is the office, not the prosecutor named before', () => {
    const qs = quotes(
      'Two more cases',
      'Prosecutor Mara Kovač told reporters that she would appeal.',
      'The Chief Prosecutor’s Office said in a statement that two more cases had been opened.',
    );
    expect(said(qs, 'two more cases had been opened')?.speaker).toBe('Chief Prosecutor’s Office');
  });
});
