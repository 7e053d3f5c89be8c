import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { parseRole } from './roles.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('role words resolve to the last compatible named person (holdout2 kinds D, C4)', () => {
  it('sr-Cyrl: `рекао је игуман за Радио X` is the abbot named before, not the medium; `Игуман Николић:` drops the role word', () => {
    const qs = quotes(
      'Игуман Николић: Пресуда је мртво слово на папиру',
      'ДЕЧАНИ – Игуман манастира Високи Дечани Јован Николић изјавио је да је пресуда Уставног суда и после десет година мртво слово на папиру.',
      '„Ми не тражимо ништа што нам не припада. Тражимо да се поштује одлука највишег суда“, рекао је игуман за Радио Гораждевац.',
    );
    expect(find(qs, 'Ми не тражимо')?.speaker).toBe('Јован Николић');
    expect(qs.find((q) => q.paragraph === 0)?.speaker).toBe('Јован Николић');
  });

  it('sr: the same in Latin script', () => {
    const qs = quotes(
      'Manastir',
      'DEČANI – Iguman manastira Visoki Dečani Jovan Nikolić izjavio je da je presuda Ustavnog suda i posle deset godina mrtvo slovo na papiru.',
      '„Mi ne tražimo ništa što nam ne pripada. Tražimo da se poštuje odluka najvišeg suda“, rekao je iguman za Radio Goraždevac.',
    );
    expect(find(qs, 'Mi ne tražimo')?.speaker).toBe('Jovan Nikolić');
  });

  it('en: `The Kosovo deputy minister, for his part, said` is Kosovo’s minister, not Serbia’s minister for Kosovo', () => {
    const qs = quotes(
      'Water',
      "Kosovo's Deputy Minister for Communities and Returns, Dalibor Janković, said the ministry would cover part of the debt.",
      "Serbia's deputy minister for Kosovo and Metohija, Nikola Marjanović, said the cut was part of a campaign against Serbs.",
      'The Kosovo deputy minister, for his part, said he had asked both sides to meet on Tuesday.',
    );
    expect(find(qs, 'asked both sides')?.speaker).toBe('Dalibor Janković');
  });

  it('sq: an aside `nga ana e tij` is not part of the subject', () => {
    const qs = quotes(
      'Uji',
      'Zëvendësministri kosovar Dalibor Jankoviq tha se ministria do të mbulojë një pjesë të borxhit.',
      'Zëvendësministri, nga ana e tij, tha se u kishte kërkuar të dyja palëve të takohen të martën.',
    );
    expect(find(qs, 'të dyja palëve')?.speaker).toBe('Dalibor Jankoviq');
  });

  it('a portfolio after `for`/`za` is not the holder’s nationality', () => {
    expect(parseRole("Serbia's deputy minister for Kosovo and Metohija")?.nations).toEqual(['RS']);
    expect(parseRole('ministar Srbije za Kosovo i Metohiju')?.nations).toEqual(['RS']);
    expect(parseRole('abbot of Visoki Dečani')?.head).toBe('abbot');
  });
});
