import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function last(...paragraphs: string[]): [string | null, string | null] {
  const q = extractQuotes(articleFromText(paragraphs.join('\n\n'))).at(-1)!;
  return [q.speaker, q.speakerRole];
}

describe('an unnamed organisation as the subject of a frame (`the ministry wrote:`)', () => {
  it('is never an organisation of another type named elsewhere (a place such as `Town Hall`)', () => {
    expect(
      last('Port', 'Dockers marched past Town Hall on Monday.', 'In a letter, the ministry wrote: "The port will receive new cranes next spring."'),
    ).toEqual([null, 'the ministry']);
  });

  it('is the organisation of its type the article named earlier in full', () => {
    expect(
      last('Port', 'The Maritime Ministry ordered the inspection, dockers said outside Town Hall.', '"The cranes arrive next spring," the ministry said.'),
    ).toEqual(['Maritime Ministry', null]);
  });

  it('with nothing named, is unnamed: no speaker called `ministry`, the phrase as its role', () => {
    expect(last('Port', 'The ministry said: "The port will receive new cranes next spring."')).toEqual([null, 'the ministry']);
  });
});
