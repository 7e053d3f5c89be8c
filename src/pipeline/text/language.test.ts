import { describe, expect, it } from 'vitest';
import { guessLanguage, stemLanguageOf } from './language.js';
import { tokenize } from './tokens.js';

const guess = (s: string) => guessLanguage(tokenize(s));

describe('guessLanguage', () => {
  it('tells the four corpus languages', () => {
    expect(guess('The minister said that the resolution is still in force and that it was binding.')).toBe('en');
    expect(guess('Ministar je rekao da je rezolucija i dalje na snazi i da se mora poštovati.')).toBe('sr');
    expect(guess('Министар је рекао да је резолуција и даље на снази.')).toBe('sr');
    expect(guess('Ministrja tha se rezoluta nuk është më e vlefshme dhe se Kosova është shtet.')).toBe('sq');
  });
  it('returns null when a text is too short to tell', () => {
    expect(guess('Kosovo')).toBeNull();
    expect(guess('')).toBeNull();
  });
});

describe('stemLanguageOf', () => {
  it('maps BCP 47 tags to an inflection model', () => {
    expect(stemLanguageOf('sr-Cyrl')).toBe('sr');
    expect(stemLanguageOf('hr')).toBe('sr');
    expect(stemLanguageOf('bs-Latn')).toBe('sr');
    expect(stemLanguageOf('sq')).toBe('sq');
    expect(stemLanguageOf('en-GB')).toBe('en');
    expect(stemLanguageOf('ru')).toBeNull();
    expect(stemLanguageOf(null)).toBeNull();
  });
});
