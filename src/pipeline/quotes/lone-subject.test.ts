import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string, string | null, string][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.kind, q.speaker, q.text]);
}

const last = (qs: [string, string | null, string][]) => qs[qs.length - 1];

describe('a person first named by surname alone as a clause subject is the antecedent of the next pronoun (issue surname)', () => {
  it('English: `Draxler, who …, called …. "…," he added.` is Draxler, not the man fully named before', () => {
    const qs = quotes(
      'Harbour talks stall',
      'Port director Miriam Oakes said on Monday that the terminal would close. She later met union envoy Tomas Wren.',
      '"We will not sign," Oakes said, before Wren told reporters: "Talks continue."',
      'Draxler, who arrived after both of them, called the plan "late". "Nobody asked the dockers," he added.',
    );
    expect(last(qs)).toEqual(['direct', 'Draxler', 'Nobody asked the dockers']);
  });

  it('English: a thing in a `which` clause names nobody, so `he` stays with the man named before', () => {
    const qs = quotes(
      'Harbour talks stall',
      'Union envoy Tomas Wren met the port board on Monday.',
      'Ferrydock, which reopened last spring, lost money again. "We warned them twice," he said.',
    );
    expect(last(qs)).toEqual(['direct', 'Tomas Wren', 'We warned them twice']);
  });

  it('Serbian: `Tomašek, koji je govorio …, nazvao je …. „…“, dodao je on.` is Tomašek', () => {
    const qs = quotes(
      'Most ostaje zatvoren',
      'Predsednik opštine Goran Vidak rekao je u utorak da će most biti zatvoren. Kasnije se sastao sa inženjerom Markom Ilićem.',
      '„Nemamo drugog izbora“, rekao je Vidak, pre nego što je Ilić novinarima rekao: „Radovi kreću sutra.“',
      'Tomašek, koji je govorio posle njih dvojice, nazvao je odluku „ishitrenom“. „Niko nas nije pitao“, dodao je on.',
    );
    expect(last(qs)).toEqual(['direct', 'Tomašek', 'Niko nas nije pitao']);
  });

  it('Serbian: `Tomašek je novinarima rekao da …` makes Tomašek the subject `on` refers to', () => {
    const qs = quotes(
      'Most ostaje zatvoren',
      'Predsednik opštine Goran Vidak obišao je most u utorak.',
      'Tomašek je novinarima rekao da radovi kasne. „Niko nas nije pitao“, dodao je on.',
    );
    expect(last(qs)).toEqual(['direct', 'Tomašek', 'Niko nas nije pitao']);
  });

  it('Albanian: `Dervishaj, i cili foli …, e quajti …. «…», shtoi ai.` is Dervishaj', () => {
    const qs = quotes(
      'Ura mbetet e mbyllur',
      'Kryetari i komunës, Besnik Gashi, tha të hënën se ura do të mbyllet. Më vonë ai u takua me inxhinierin Arben Morina.',
      "«Nuk kemi zgjidhje tjetër», tha Gashi, përpara se Morina t'u thoshte gazetarëve: «Punimet nisin nesër.»",
      'Dervishaj, i cili foli pas tyre të dyve, e quajti vendimin «të nxituar». «Askush nuk na pyeti», shtoi ai.',
    );
    expect(last(qs)).toEqual(['direct', 'Dervishaj', 'Askush nuk na pyeti']);
  });
});

describe('a pronoun after a lone capitalised subject that nothing shows a person or not is nobody’s, never an earlier person’s', () => {
  it('English: `Draxler met the board. "…," he said.` is not the envoy named before', () => {
    const qs = quotes('Harbour talks', 'Union envoy Tomas Wren met the port board on Monday.', 'Draxler met the board later. "We warned them twice," he said.');
    expect(last(qs)).toEqual(['direct', null, 'We warned them twice']);
  });

  it('English: the same word named as a speaker later is that person (`… Draxler said.`)', () => {
    const qs = quotes(
      'Harbour talks',
      'Union envoy Tomas Wren met the port board on Monday.',
      'Draxler met the board later. "We warned them twice," he said.',
      '"Nobody listens," Draxler said.',
    );
    expect(qs.map((q) => q[1])).not.toContain('Tomas Wren');
  });

  it('English: a place qualifying an office (`Harbin County Commissioner …`) is no such subject', () => {
    const qs = quotes(
      'Harbour talks',
      'Harbin County Commissioner Tomas Wren met the port board on Monday.',
      'Harbin was only doing what the law asks, he told the board. "We warned them twice," he said.',
    );
    expect(last(qs)).toEqual(['direct', 'Tomas Wren', 'We warned them twice']);
  });

  it('Serbian: `Tomašek je posetio gradilište. „…“, dodao je on.` is not the man named before', () => {
    const qs = quotes('Most', 'Predsednik opštine Goran Vidak obišao je most u utorak.', 'Tomašek je posetio gradilište. „Niko nas nije pitao“, dodao je on.');
    expect(last(qs)).toEqual(['direct', null, 'Niko nas nije pitao']);
  });

  it('Albanian: `Dervishaj u takua me banorët. «…», shtoi ai.` is not the man named before', () => {
    const qs = quotes('Ura', 'Kryetari i komunës, Besnik Gashi, vizitoi urën të hënën.', 'Dervishaj u takua me banorët. «Askush nuk na pyeti», shtoi ai.');
    expect(last(qs)).toEqual(['direct', null, 'Askush nuk na pyeti']);
  });
});
