import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { feminineNominative } from './name-forms.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('a bare role finds the person given that role or a synonym of it (lexicon/role-synonyms.ts)', () => {
  it('sr-Cyrl: `закључила је премијерка` after `Председница владе X` and another named woman', () => {
    const qs = quotes(
      'Наслов',
      'НОВИ САД – Председница владе Ивана Марковић обишла је фабрику у уторак са амбасадорком Аустрије Хелге Мајер.',
      '„Инвестиција ће донети нова радна места“, рекла је Мајер.',
      '„Ово је добар дан за град“, закључила је премијерка.',
    );
    expect(find(qs, 'добар дан за град')?.speaker).toBe('Ивана Марковић');
    // The role in the instrumental is not printed as a title, and the foreign first name keeps its form.
    const q = find(qs, 'нова радна места');
    expect(q?.speaker).toBe('Хелге Мајер');
    expect(q?.speakerRole).toBeNull();
  });

  it('sr: `šef diplomatije X` is the one `rekao je ministar` refers to', () => {
    const qs = quotes(
      'Naslov',
      'Šef diplomatije Nenad Lukić sastao se u sredu sa gradonačelnikom Petrom Ilićem.',
      '„Saradnja će se nastaviti“, rekao je ministar.',
    );
    expect(find(qs, 'Saradnja će se nastaviti')?.speaker).toBe('Nenad Lukić');
  });

  it('en: `the PM` after `head of government X`', () => {
    const qs = quotes(
      'Title',
      'Head of government Lena Dahl met the visiting Swedish trade envoy Erik Holm on Tuesday.',
      '“We expect results this year,” said the prime minister.',
    );
    expect(find(qs, 'We expect results')?.speaker).toBe('Lena Dahl');
  });

  it('a Serbian `-e`/`-i` first name is a case only before a Slavic surname', () => {
    expect(feminineNominative('Helge Majer')).toBe('Helge Majer');
    expect(feminineNominative('Milene Ristić')).toBe('Milena Ristić');
  });
});
