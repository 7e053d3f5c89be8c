import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string, string][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.kind, q.text]);
}

describe('a newspaper or a programme named in quote marks is no quote', () => {
  it('Latin: `kako je pisao dnevnik „Večernji glasnik“` is a newspaper, not a partial', () => {
    const got = quotes('Plan', 'Ministar je rekao da je plan „dobro odmeren“, kako je u utorak pisao dnevnik „Večernji glasnik“.');
    expect(got.filter(([k]) => k === 'partial')).toEqual([['partial', 'dobro odmeren']]);
  });

  it('Cyrillic: `како је писао недељник „Нова реч“`', () => {
    const got = quotes('План', 'Министар је рекао да је план „добро одмерен“, како је у уторак писао недељник „Нова реч“.');
    expect(got.filter(([k]) => k === 'partial')).toEqual([['partial', 'добро одмерен']]);
  });

  it('English: `its “Hope for the children” programme` is the programme’s name, not a partial', () => {
    const got = quotes(
      'Fuel',
      'Petrol Group said in a statement that the grant was part of its “Hope for the children” programme, which also paid for new boilers.',
    );
    expect(got.filter(([k]) => k === 'partial')).toEqual([]);
  });
});
