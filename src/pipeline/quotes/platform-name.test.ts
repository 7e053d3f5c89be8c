import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}

describe('a one-letter word or a platform written as a place is never a speaker', () => {
  it('Serbian: `Na mreži X je napisao` does not make X the speaker', () => {
    const got = speakers('Most', 'Ministar Petar Kolić oglasio se na mreži X.', 'Na mreži X je napisao da će most „biti otvoren u maju“.');
    expect(got.length).toBeGreaterThan(0);
    expect(got).not.toContain('X');
  });

  it('English: `wrote on X that` does not make X the speaker', () => {
    const got = speakers('Bridge', 'The minister wrote on X that the bridge "will open in May".');
    expect(got).not.toContain('X');
  });

  it('a platform company that speaks itself (`Telegram said`) keeps its name', () => {
    const got = speakers('Outage', 'Telegram said in a statement that the outage "was caused by a power failure".');
    expect(got).toContain('Telegram');
  });
});
