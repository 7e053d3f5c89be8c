import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { butContinues } from './but-continuation-en.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const indirect = (qs: Quote[]) => qs.filter((q) => q.kind === 'indirect');

describe('en: a contrast inside one reported claim stays in the content (ADR 0300)', () => {
  it('`said A, but that B` is one item', () => {
    const qs = indirect(quotes('H', 'Mayor Lina Okafor said the bridge would reopen in May, but that the tolls would stay for another year.'));
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ speaker: 'Lina Okafor' });
    expect(qs[0].text).toContain('bridge would reopen');
    expect(qs[0].text).toContain('tolls would stay');
  });
  it('an elliptical remainder (`but not …`, `not only … but also …`) stays in the content', () => {
    const a = indirect(quotes('H', 'Councillor Ravi Mehta said the fund should pay for the roofs, but not for the new car park.'));
    expect(a[0].text).toContain('not for the new car park');
    const b = indirect(quotes('H', 'Director Ines Duarte said the plan was needed not only to cut costs but also to keep the clinic open.'));
    expect(b[0].text).toContain('keep the clinic open');
  });
  it('a new subject after `, but` is the narrator again', () => {
    const qs = indirect(quotes('H', 'Coach Anton Berg said the team was ready for the final, but the players looked tired in training.'));
    expect(qs[0].text).toContain('ready for the final');
    expect(qs[0].text).not.toContain('players looked tired');
  });
  it('a fronted negation with its own auxiliary opens a clause of its own', () => {
    expect(butContinues(' not only did the council approve it')).toBe(false);
    expect(butContinues(' never has the port been so busy')).toBe(false);
    expect(butContinues(' not the harbour')).toBe(true);
    expect(butContinues(' that the fee stays')).toBe(true);
    expect(butContinues(' the fee stays')).toBe(false);
  });
  it('a pair of dashes sets off an interpolation inside the content; a report after the pair stays its own', () => {
    const a = indirect(quotes('H', 'Councillor Ravi Mehta said the toll — about four euros a car — would pay for the repairs.'));
    expect(a[0].text).toContain('would pay for the repairs');
    const b = indirect(quotes('H', 'Councillor Ravi Mehta said the toll would pay for the repairs — and more.'));
    expect(b[0].text).not.toContain('and more');
  });
});
