import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('`Prema rečima <genitive institution>` names it in the nominative (holdout2 kind F)', () => {
  it('sr-Cyrl: Према речима Управе за ванредне ситуације → Управа за ванредне ситуације', () => {
    const qs = quotes('Пожар', 'Ватрогасци су угасили пожар после четири сата. Према речима Управе за ванредне ситуације, у пожару нико није повређен.');
    expect(find(qs, 'нико није повређен')).toMatchObject({ kind: 'indirect', speaker: 'Управа за ванредне ситуације' });
  });

  it('sr: Prema rečima Uprave … → Uprava …', () => {
    const qs = quotes('Požar', 'Vatrogasci su ugasili požar posle četiri sata. Prema rečima Uprave za vanredne situacije, u požaru niko nije povređen.');
    expect(find(qs, 'niko nije povređen')?.speaker).toBe('Uprava za vanredne situacije');
  });
});
