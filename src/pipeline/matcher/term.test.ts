import { describe, expect, it } from 'vitest';
import { WirewatchError } from '../../model/errors.js';
import { parseTerm, validateTerm } from './term.js';

function errorOf(term: string): WirewatchError {
  try {
    validateTerm(term);
  } catch (e) {
    return e as WirewatchError;
  }
  throw new Error(`expected ${term} to be rejected`);
}

describe('parseTerm', () => {
  it('parses a phrase into words with case flags', () => {
    const t = parseTerm('UNSCR 1244');
    expect(t.kind).toBe('phrase');
    if (t.kind !== 'phrase') return;
    expect(t.phrase.map((w) => [w.surface, w.capitalsOnly])).toEqual([
      ['UNSCR', true],
      ['1244', false],
    ]);
    expect(t.negated).toBe(false);
  });
  it('parses A NEAR/n B with phrases on both sides', () => {
    const t = parseTerm('humanitarni centar NEAR/4 Niš');
    expect(t.kind).toBe('near');
    if (t.kind !== 'near') return;
    expect(t.left.map((w) => w.folded)).toEqual(['humanitarni', 'centar']);
    expect(t.right.map((w) => w.latin)).toEqual(['niš']);
    expect(t.distance).toBe(4);
  });
  it('reads -term as an exclude term and strips double quotes', () => {
    const t = parseTerm('-"Red Cross"');
    expect(t.negated).toBe(true);
    expect(t.kind === 'phrase' && t.phrase.map((w) => w.surface)).toEqual(['Red', 'Cross']);
    expect(parseTerm('-5 degrees').negated).toBe(false);
  });
});

describe('validateTerm', () => {
  it('accepts the corpus watchlist terms', () => {
    for (const t of ['Kosovo', 'Resolution 1244', 'Qendra Humanitare Ruso-Serbe', 'humanitarian center NEAR/4 Nis', 'Руско-српски центар']) {
      expect(() => validateTerm(t)).not.toThrow();
    }
  });
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['NEAR/3 Niš', 'left'],
    ['centar NEAR/3', 'right'],
    ['a NEAR/x b', 'whole number'],
    ['a NEAR/51 b', 'whole number'],
    ['a NEAR/2 b NEAR/2 c', 'only one NEAR'],
    ['a NEAR b', 'NEAR/n'],
    ['„…“', 'no words'],
    ['x'.repeat(201), 'longer than'],
  ])('rejects %j naming the term', (term, reason) => {
    const e = errorOf(term);
    expect(e).toBeInstanceOf(WirewatchError);
    expect(e.code).toBe('invalid_term');
    expect(e.message).toContain(JSON.stringify(term));
    expect(e.message).toContain(reason);
    expect(e.message.startsWith('matcher: ')).toBe(true);
  });
});
