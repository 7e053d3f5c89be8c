import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';
import { albanianRoleNominative } from './sq-role-case.js';

function roles(...paragraphs: string[]): [string | null, string | null][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.speaker, q.speakerRole]);
}

describe('Albanian roles are shown in the nominative, never the case they were read in', () => {
  it('masculine and feminine definite oblique endings, with the linking article', () => {
    expect(albanianRoleNominative('presidentes')).toBe('presidentja');
    expect(albanianRoleNominative('ministres')).toBe('ministrja');
    expect(albanianRoleNominative('kryeministrit')).toBe('kryeministri');
    expect(albanianRoleNominative('ministrit të Jashtëm')).toBe('ministri i Jashtëm');
    expect(albanianRoleNominative('kryetares së komunës')).toBe('kryetarja e komunës');
    expect(albanianRoleNominative('ambasadorin amerikan')).toBe('ambasadori amerikan');
  });

  it('a nominative role is left as it is', () => {
    expect(albanianRoleNominative('presidentja')).toBe('presidentja');
    expect(albanianRoleNominative('ministri i Jashtëm')).toBe('ministri i Jashtëm');
  });

  it('`Sipas presidentes, …` shows the role as `presidentja`', () => {
    expect(roles('Ura', 'Presidentja Vesa Kelmendi tha se ura do të hapet në prill.', 'Sipas presidentes, ura do të hapet vetëm me marrëveshje.')).toEqual([
      ['Vesa Kelmendi', 'Presidentja'],
      ['Vesa Kelmendi', 'presidentja'],
    ]);
  });

  it('`Sipas ministrit të Jashtëm X, …` shows `ministri i Jashtëm`', () => {
    expect(roles('Marrëveshja', 'Sipas ministrit të Jashtëm Ilir Dervishi, marrëveshja nuk është arritur ende.')).toEqual([
      ['Ilir Dervishi', 'ministri i Jashtëm'],
    ]);
  });
});
