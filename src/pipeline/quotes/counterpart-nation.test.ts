import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}

describe('a nationality before a role is no name, and finds the counterpart of that nation', () => {
  it('English: `The Austrian minister` is the Austrian counterpart named before, and so is `he` after', () => {
    const got = speakers(
      'Visit',
      'Serbian Defence Minister Marko Ilic said in Vienna, after meeting his Austrian counterpart Franz Huber, that cooperation was "making progress".',
      'The Austrian minister told the news conference that Serbia was "an important partner".',
      '"Cooperation will continue next year," he said.',
    );
    expect(got).toEqual(['Marko Ilic', 'Marko Ilic', 'Franz Huber', 'Franz Huber', 'Franz Huber']);
  });

  it('Cyrillic: `Аустријски министар рекао је` is the `аустријски колега` named before, not "Аустријски"', () => {
    const got = speakers(
      'Посета',
      'Министар одбране Србије Марко Илић састао се данас у Бечу са аустријским колегом Петером Хорватом.',
      'Аустријски министар рекао је на конференцији да је Србија „важан партнер“.',
      '„Сарадња ће се наставити и следеће године“, рекао је он.',
    );
    expect(got).toEqual(['Петер Хорват', 'Петер Хорват', 'Петер Хорват']);
  });

  it('Albanian: `Ministri austriak tha` is the `homologun austriak` named before, not the minister with no nation', () => {
    const got = speakers(
      'Vizita',
      'Ministri i Mbrojtjes Arben Gashi u takua sot në Vjenë me homologun austriak Peter Huber.',
      'Ministri austriak tha në konferencë se Kosova është «partner i rëndësishëm».',
    );
    expect(got).toEqual(['Peter Huber', 'Peter Huber']);
  });

  it('Latin: with no counterpart named, `Mađarski ministar rekao je` is nobody, never "Mađarski" or the Serbian minister', () => {
    const got = speakers(
      'Sastanak',
      'Ministar spoljnih poslova Srbije Jovan Perić rekao je da je sastanak bio „veoma koristan“.',
      'Mađarski ministar rekao je da Budimpešta „podržava proširenje“.',
    );
    expect(got).toEqual(['Jovan Perić', 'Jovan Perić', null, null]);
  });
});
