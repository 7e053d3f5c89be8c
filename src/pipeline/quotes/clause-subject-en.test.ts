import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { isClauseSubject } from './clause-subject-en.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));
const subj = (s: string, name: string) => isClauseSubject(s, s.indexOf(name), s.indexOf(name) + name.length, 0);

describe('isClauseSubject (en, ADR 0134)', () => {
  it('a name at the sentence start, after a linker or a fronted adverbial, followed by its verb', () => {
    expect(subj('Nora Vance opened the fair.', 'Nora Vance')).toBe(true);
    expect(subj('But Gov. Nora Vance opened the fair.', 'Nora Vance')).toBe(true);
    expect(subj('On Friday morning, Vance opened the fair.', 'Vance')).toBe(true);
    expect(subj('When Olsen left the hall, Vance opened the fair.', 'Vance')).toBe(true);
    expect(subj('Vance, a farmer from Leeds, opened the fair.', 'Vance')).toBe(true);
    expect(subj('Union chairman Nora Vance of the county branch opened the fair.', 'Nora Vance')).toBe(true);
    expect(subj('On Friday, Vance, 61, of Hull, Yorks., opened the fair.', 'Vance')).toBe(true);
  });

  it('not after a subordinator, not before a preposition or conjunction, not an object', () => {
    expect(subj('When Olsen left the hall, Vance opened the fair.', 'Olsen')).toBe(false);
    expect(subj('On Friday, the crowd of Vance and Olsen opened the fair.', 'Vance')).toBe(false);
    expect(subj('On Friday, Vance and Olsen opened the fair.', 'Vance')).toBe(false);
    expect(subj('The crowd cheered Vance loudly.', 'Vance')).toBe(false);
  });
});

describe('isClauseSubject: noun-phrase prefixes, asides and non-subjects (en, ADR 0137)', () => {
  it('occupation words and ages before a name, and a dash aside after it', () => {
    expect(subj('Local radio host Nora Vance opened the fair.', 'Nora Vance')).toBe(true);
    expect(subj('The Harbour Gazette columnist Nora Vance opened the fair.', 'Nora Vance')).toBe(true);
    expect(subj('At the fair, 62-year-old Nora Vance opened the show.', 'Nora Vance')).toBe(true);
    expect(subj('Asked on Friday, Vance — who farms near Hull — opened the fair.', 'Vance')).toBe(true);
  });

  it('a clause before an occupation noun, a name after a determiner, a name after a named fronted part', () => {
    expect(subj('Olsen said county clerk Nora Vance opened the fair.', 'Nora Vance')).toBe(false);
    expect(subj('Critics asked attorney Nora Vance that question.', 'Nora Vance')).toBe(false);
    expect(subj('The Vance campaign opened the fair.', 'Vance')).toBe(false);
    expect(subj('Nora Vance and Ann Olsen, two of the farmers in Hull, Yorkshire, last year, opened the fair.', 'Yorkshire')).toBe(false);
  });
});

describe('pronouns take the most recent main-clause subject (en)', () => {
  it('a subject after a fronted adverbial beats an earlier subject', () => {
    const qs = quotes(
      'Council row',
      'Peter Olsen has long criticised the mayor, whose budget he calls reckless.',
      'On Monday, Daniel Reyes attacked the council during a meeting in Hull. "They were asleep when the river rose," he said.',
    );
    expect(find(qs, 'asleep when the river rose')?.speaker).toBe('Daniel Reyes');
  });

  it('a name after a title abbreviation is not a sentence start (`… or Sen. Nora Vance.`)', () => {
    const qs = quotes(
      'Council row',
      'Daniel Reyes, 49, a retired pilot, said the vote was close. He is still torn between Ken Park or Sen. Tom Vance.',
      '"I will decide on the day," he said.',
    );
    expect(find(qs, 'decide on the day')?.speaker).toBe('Daniel Reyes');
  });

  it('the subject of a subordinate clause does not take the pronoun', () => {
    const qs = quotes('Council row', 'Daniel Reyes spoke first.', 'When Peter Olsen stood up, Reyes left the room. "I have heard enough," he said.');
    expect(find(qs, 'heard enough')?.speaker).toBe('Daniel Reyes');
  });
});

describe('an office before a name opening a sentence is its pre-modifier (new user, session 10)', () => {
  it('`Norland’s prime minister Jon Berg rejected …` has Jon Berg as its subject', () => {
    expect(subj('Norland’s prime minister Jon Berg rejected the plan.', 'Jon Berg')).toBe(true);
    expect(subj('The deputy mayor Ada Holm left early.', 'Ada Holm')).toBe(true);
    // A clause, not a noun phrase, before the office: the name is its object.
    expect(subj('Critics asked minister Jon Berg to resign.', 'Jon Berg')).toBe(false);
  });

  it('so `he said` after that sentence is him, not the minister who spoke a paragraph before', () => {
    const qs = quotes(
      'Border talks',
      'Foreign minister Tom Aldred said on Monday that the talks were over.',
      'Norland’s prime minister Jon Berg rejected the remarks. “We will keep talking,” he said.',
    );
    expect(find(qs, 'keep talking')?.speaker).toBe('Jon Berg');
  });
});

describe('a typed dash pair (`--`) is an aside after a subject (session 10)', () => {
  it('`Pollster Ada Holm -- who ran the 2012 count, which … -- is wary` has Ada Holm as its subject', () => {
    const s = 'Veteran pollster Ada Holm -- who ran the count in 2012, which the party later used to redraw its map -- is wary of the plan.';
    expect(subj(s, 'Ada Holm')).toBe(true);
    expect(subj('Veteran pollster Ada Holm — who ran the count — is wary.', 'Ada Holm')).toBe(true);
  });
});
