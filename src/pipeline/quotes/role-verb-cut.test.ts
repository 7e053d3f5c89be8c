import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { cleanRole } from './role-text.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}

describe('a role phrase never spans a finite verb (lexicon/role-verbs.ts)', () => {
  it('cleanRole keeps what follows the verb', () => {
    expect(cleanRole('Croatian Foreign Minister Ana Horvat on Tuesday praised Slovenian Prime Minister')).toBe('Slovenian Prime Minister');
    expect(cleanRole("answered Montenegro's deputy prime minister")).toBe("Montenegro's deputy prime minister");
  });

  it("en: the person criticised in the lead keeps his own role, not the critic's sentence", () => {
    const qs = quotes(
      'Title',
      'ZAGREB – Croatian Foreign Minister Ana Horvat on Tuesday praised Slovenian Prime Minister Marko Novak, who said last month that the border "must stay open at all times".',
    );
    const q = qs.find((x) => x.text.includes('must stay open'));
    expect(q?.speaker).toBe('Marko Novak');
    expect(q?.speakerRole).toBe('Slovenian Prime Minister');
  });

  it("en: `replied X's deputy prime minister Y` gives the role without the verb", () => {
    const qs = quotes('Title', 'The talks ended on Friday.', "“Nothing has changed on the ground,” answered Montenegro's deputy prime minister Petar Vuković.");
    expect(qs.find((x) => x.text.includes('Nothing has changed'))?.speakerRole).toBe("Montenegro's deputy prime minister");
  });
});
