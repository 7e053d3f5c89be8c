import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const partial = (qs: Quote[], text: string) => qs.find((q) => q.kind === 'partial' && q.text === text);

describe('one- and two-word quotes inside English reported speech are partial quotes (issue 15)', () => {
  it('a quoted word in a reported clause is the reporting subject’s', () => {
    const qs = quotes('Harbour vote', 'Mara Olsen said she still hoped for a late “rescue,” because the harbour board had not voted yet.');
    expect(partial(qs, 'rescue')?.speaker).toBe('Mara Olsen');
  });

  it('a short quote before a closing attribution is the closing subject’s', () => {
    const qs = quotes('Harbour vote', 'Pieter Vos runs the ferry line.', 'The new timetable was a “small disaster” for commuters, Vos said.');
    expect(partial(qs, 'small disaster')?.speaker).toBe('Pieter Vos');
  });

  it('a quote closed by its own cue (`…,” he said`) takes that cue’s subject', () => {
    const qs = quotes('Harbour vote', 'Pieter Vos runs the ferry line.', 'The plan was “unworkable,” he said.');
    expect(partial(qs, 'unworkable')?.speaker).toBe('Pieter Vos');
  });

  it('a label after a definite determiner, or a word talked about, is no one’s quote', () => {
    const qs = quotes(
      'Harbour vote',
      'Mara Olsen said the board ignored the so-called “quiet plan” again.',
      'Olsen said that once the word “cut” or “saving” is used, people stop listening.',
      'Olsen said the board keeps the “closed door” policy.',
    );
    expect(qs.filter((q) => q.kind === 'partial').map((q) => q.text)).toEqual([]);
  });

  it('a determiner right before the mark leaves a quote inside a report the speaker’s', () => {
    const qs = quotes(
      'Harbour vote',
      'Mara Olsen said the ferry had dominated the “dockside gossip” in the town all week.',
      'Olsen said she would not take this “low road” again.',
    );
    expect(partial(qs, 'dockside gossip')?.speaker).toBe('Mara Olsen');
    expect(partial(qs, 'low road')?.speaker).toBe('Mara Olsen');
  });

  it('a short quote with a speech verb further on in the sentence is not closed by it', () => {
    const qs = quotes(
      'Harbour vote',
      'When asked about a “deal” in the form of new borders, as Mayor Roe once said that the town could grow, the council stayed silent.',
    );
    expect(partial(qs, 'deal')).toBeUndefined();
  });
});

describe('a relative pronoun subject is its antecedent (issue 15)', () => {
  it('`Name, who said …` reports for Name', () => {
    const qs = quotes('Harbour vote', 'The deal was reached with help from harbour master Lena Brandt, who said she expects it to be signed by Monday.');
    expect(qs.find((q) => q.kind === 'indirect' && q.text.startsWith('she expects'))?.speaker).toBe('Lena Brandt');
  });

  it('`…, said Name, who added that …` reports for Name', () => {
    const qs = quotes('Harbour vote', '“Traffic is up a little,” said Tomas Rehn, who added that the winter had been slow.');
    expect(qs.find((q) => q.kind === 'indirect' && q.text.includes('winter'))?.speaker).toBe('Tomas Rehn');
  });
});

describe('a lone surname is the person of that surname before anything named after them (issue 15)', () => {
  it('`Roe said` after `Roe Tower` is Jana Roe', () => {
    const qs = quotes(
      'Harbour vote',
      'Jana Roe said the harbour would reopen in May.',
      'The board met at Roe Tower on Friday, where Roe Logistics has its offices.',
      '“We are ready,” Roe said.',
    );
    expect(qs.find((q) => q.text === 'We are ready')?.speaker).toBe('Jana Roe');
  });
});

describe('party words, party tags and number words name nobody (issue 15)', () => {
  it('`The Democratic front-runner said` is not a person called Democratic', () => {
    const qs = quotes('Harbour vote', 'The Democratic front-runner said the harbour tax would go.', '“It goes in May,” she said.');
    expect(qs.map((q) => q.speaker)).not.toContain('Democratic');
  });

  it('`Sen. Jana Roe (D-Nev.)` and `Twenty-four percent` are no speakers', () => {
    const qs = quotes('Harbour vote', 'Twenty-four percent said the harbour tax was too high.', 'The harbour tax is too high, R-Iowa said.');
    expect(qs.map((q) => q.speaker)).toEqual(qs.map(() => null));
  });
});

describe('an age in commas does not hide the report (issue 15)', () => {
  it('`Name, 42, said she …` is a report of Name', () => {
    const qs = quotes('Town', 'Jana Roe, 42, said she would vote for the harbour plan next week.');
    expect(qs.find((q) => q.kind === 'indirect')?.speaker).toBe('Jana Roe');
  });
});
