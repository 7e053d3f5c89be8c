import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}

describe('a bare role is the holder who most recently spoke, not one merely mentioned since', () => {
  it('en: `The mayor said …` after the second mayor spoke about the first one', () => {
    const qs = quotes(
      'Title',
      'Two mayors met on Monday: Split Mayor Ivo Barić and Mostar Mayor Zoran Kraljević.',
      'Barić said the ferry line was too expensive for the city.',
      'Kraljević disagreed. He said: “The line pays for itself every summer.”',
      "“Those numbers are wrong,” he said, pointing to Barić's own report.",
      'The mayor said his city would keep the line open until autumn.',
    );
    expect(qs.find((q) => q.text.includes('keep the line open'))?.speaker).toBe('Zoran Kraljević');
  });
});
