import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string, string | null][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.kind, q.speaker]);
}

describe('`X quoted/cited Y as saying …` is the words of Y, the object', () => {
  it('an unnamed object is nobody, never the medium or its sentence-initial adjective', () => {
    expect(quotes('Floods', 'Local media quoted an engineer as saying the dam was "under no threat", but residents left anyway.')).toEqual([
      ['partial', null],
      ['indirect', null],
    ]);
  });

  it('a named object is the speaker', () => {
    expect(quotes('Talks', 'Reuters quoted Trade Minister Ana Bell as saying the deal would be "signed within weeks".')).toEqual([
      ['partial', 'Ana Bell'],
      ['indirect', 'Ana Bell'],
    ]);
  });

  it('`cited … as saying` reports the clause and its quoted words', () => {
    expect(quotes('Crime', 'Regional media cited a court source as saying the witness had "changed her story".')).toEqual([
      ['partial', null],
      ['indirect', null],
    ]);
  });

  it('`as saying` with no quoting verb before it reports nothing of the subject', () => {
    expect(quotes('Profile', 'She is known as saying little in public.')).toEqual([]);
  });
});

describe('a capitalised adjective opening a sentence before lower-case nouns names no one', () => {
  it('`Local media reported that …` is an unnamed source; `Reuters news agency` stays a name', () => {
    expect(
      quotes(
        'Bridge',
        'Local media reported that the bridge was "closed until further notice".',
        'Reuters news agency reported that the road was "open again".',
      ),
    ).toEqual([
      ['partial', null],
      ['indirect', null],
      ['partial', 'Reuters news agency'],
      ['indirect', 'Reuters news agency'],
    ]);
  });

  it('Albanian: `Mediat lokale raportuan se …` is unnamed, never `Mediat`', () => {
    expect(quotes('Ura', 'Mediat lokale raportuan se ura është «e mbyllur deri në njoftim të ri».')).toEqual([
      ['partial', null],
      ['indirect', null],
    ]);
  });

  it('Serbian: `Lokalni mediji preneli su da …` is unnamed, and a subordinate clause keeps its own subject', () => {
    expect(quotes('Most', 'Lokalni mediji preneli su da je most „zatvoren do daljeg“.')).toEqual([
      ['partial', null],
      ['indirect', null],
    ]);
    expect(quotes('Fabrika', 'Ministar Petar Ilić oglasio se pošto je direktor Marko Pavić rekao da je fabrika „pred gašenjem“.')).toEqual([
      ['partial', 'Marko Pavić'],
      ['indirect', 'Marko Pavić'],
    ]);
  });
});
