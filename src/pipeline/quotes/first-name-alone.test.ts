import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}

describe('a source named by first name alone has the gender the first-name lists give it', () => {
  it('Latin: `kaže Dragan` is a man, so `rekla je ona` after it is the woman named before', () => {
    const got = speakers(
      'Škole',
      'Ministarka prosvete Milica Jovanović obišla je danas školu u Kraljevu.',
      '„Ovde nema ni učitelja ni autobusa“, kaže Dragan.',
      '„Deca moraju da imaju knjige na vreme“, rekla je ona.',
    );
    expect(got).toEqual(['Dragan', 'Milica Jovanović']);
  });

  it('English: `said Robert, a father of three` is a man, so `she said` is the woman named before', () => {
    const got = speakers(
      'Schools',
      'Education Minister Mary Jones visited a school in Leeds on Monday.',
      '"There is no bus and no teacher here," said Robert, a father of three.',
      '"Children must have their books on time," she said.',
    );
    expect(got).toEqual(['Robert', 'Mary Jones']);
  });
});
