import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string, string | null, string][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.kind, q.speaker, q.text]);
}

describe('regressions of issue #15 (found already right on this branch; kept so they stay right)', () => {
  it('a subordinate clause after the subject (`rejected reports that …`) does not hide her from `she said`', () => {
    const got = quotes('Budget', 'Finance minister Lena Hoxha on Tuesday dismissed reports that the budget had collapsed. "The numbers add up," she said.');
    expect(got.filter((q) => q[0] === 'direct')).toEqual([['direct', 'Lena Hoxha', 'The numbers add up']]);
  });

  it('a direct quote split by its attribution gives both halves to the same speaker', () => {
    const got = quotes('Roads', 'Mayor Tom Berisha opened the bridge on Friday.', '"The new road," Berisha told reporters, "will be finished by spring."');
    expect(got).toEqual([
      ['direct', 'Tom Berisha', 'The new road'],
      ['direct', 'Tom Berisha', 'will be finished by spring.'],
    ]);
  });
});
